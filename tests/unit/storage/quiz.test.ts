import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isQuestion } from '@/lib/quiz/question-guard';
import { repairTargetRole } from '@/lib/quiz/target-role';
import { TOPICS } from '@/lib/quiz/topics';
import { generatedItem, loadTargetRole } from '@/lib/storage/quiz';
import { QuestionSchema } from '../../support/quiz-schema';
import { card, choice } from '../quiz/sample';

const kebab = fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}$/);
const text = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('  ', 'Why?', ''));
const odd = fc.oneof(fc.anything(), fc.constantFrom(-1, 0.5, 4, '2', null, undefined, [], {}));

/** Mostly a valid field, sometimes an odd one, so questions near the valid ones come up. */
const field = <T>(valid: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 12, arbitrary: valid }, { weight: 1, arbitrary: odd });

const nearlyQuestion = fc.record(
  {
    id: field(kebab),
    topic: field(fc.constantFrom(...TOPICS)),
    type: field(fc.constantFrom('choice', 'card')),
    prompt: field(text),
    explanation: field(text),
    difficulty: field(fc.constantFrom(1, 2, 3)),
    tags: field(fc.array(field(kebab), { maxLength: 2 })),
    choices: field(fc.uniqueArray(field(text), { minLength: 1, maxLength: 5 })),
    answer: fc.oneof(fc.nat({ max: 5 }), text, odd),
    generated: field(fc.boolean()),
    source: field(fc.string({ maxLength: 5 })),
  },
  { requiredKeys: ['id', 'topic', 'type', 'prompt', 'explanation', 'difficulty', 'tags', 'answer'] },
);

describe('the popup’s question guard', () => {
  it('accepts every question the bank schema accepts, and only questions the quiz can show and grade', () => {
    let valid = 0;
    fc.assert(
      fc.property(nearlyQuestion, (value) => {
        const accepted = isQuestion(value);
        if (QuestionSchema.safeParse(value).success) {
          valid += 1;
          expect(accepted).toBe(true);
        }
        if (!accepted) return;
        expect(value.prompt.trim()).not.toBe('');
        if (value.type === 'choice') {
          expect(value.choices.every((choiceText) => typeof choiceText === 'string')).toBe(true);
          expect(value.answer).toBeLessThan(value.choices.length);
        } else {
          expect(typeof value.answer).toBe('string');
        }
      }),
      { numRuns: 3_000 },
    );
    // Both sides came up often enough for the agreement to mean something.
    expect(valid).toBeGreaterThan(30);
  });
});

describe('quiz items', () => {
  beforeEach(() => fakeBrowser.reset());

  it('drops malformed generated questions and keeps the good ones', async () => {
    const good = { ...choice('databases', 90), generated: true };
    const goodCard = card('databases', 91);
    await fakeBrowser.storage.local.set({
      quizGenerated: [
        good,
        { ...choice('databases', 92), choices: 'not a list' },
        { ...choice('databases', 93), answer: 7 },
        null,
        'a question?',
        { topic: 'databases', prompt: 'Only a prompt', id: 'x' },
        goodCard,
      ],
    });
    await expect(generatedItem.getValue()).resolves.toEqual([good, goodCard]);
    await fakeBrowser.storage.local.set({ quizGenerated: { not: 'a list' } });
    await expect(generatedItem.getValue()).resolves.toEqual([]);
  });

  it('keeps the usable rounds and skills of a damaged target role', async () => {
    await fakeBrowser.storage.local.set({
      targetRole: {
        rounds: [{ kind: 'coding', weight: 2, note: 'extra' }, { kind: 'astrology', weight: 1 }, 'x'],
        skills: ['Go', 4, null],
        extra: true,
      },
    });
    await expect(loadTargetRole()).resolves.toEqual({
      rounds: [{ kind: 'coding', weight: 2 }],
      skills: ['Go'],
    });
  });

  it('repairs any target role to a valid one or none, and a repaired one stays as it is', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const repaired = repairTargetRole(raw);
        expect(repairTargetRole(repaired)).toEqual(repaired);
      }),
    );
  });
});
