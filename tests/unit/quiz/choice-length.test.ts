import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Question, TOPICS } from '@/lib/quiz/topics';

/**
 * Guards against answer cues a test-wise user can learn without knowing the material: the right
 * choice being the longest one, or sitting at the same position most of the time. With four choices
 * chance is 0.25 for both, so the bounds leave room for honest variation but catch a drift back.
 */
const MAX_LONGEST_IS_CORRECT = 0.35;
const MIN_SHARE_PER_INDEX = 0.1;
const MAX_SHARE_PER_INDEX = 0.45;

type ChoiceQuestion = Extract<Question, { type: 'choice' }>;

const BANK_DIR = join(import.meta.dirname, '../../../lib/quiz/bank');

function choiceQuestions(topic: string): ChoiceQuestion[] {
  const items = JSON.parse(readFileSync(join(BANK_DIR, `${topic}.json`), 'utf8')) as Question[];
  return items.filter((item): item is ChoiceQuestion => item.type === 'choice');
}

function correctIsStrictlyLongest(question: ChoiceQuestion): boolean {
  const correctLength = question.choices[question.answer]?.length ?? 0;
  return question.choices.every(
    (choice, index) => index === question.answer || choice.length < correctLength,
  );
}

describe.each(TOPICS)('the %s bank', (topic) => {
  const questions = choiceQuestions(topic);

  it('has choice questions to measure', () => {
    expect(questions.length).toBeGreaterThan(0);
  });

  it(`has the right answer as the strictly longest choice in at most ${MAX_LONGEST_IS_CORRECT} of its questions`, () => {
    const longest = questions.filter(correctIsStrictlyLongest).map((question) => question.id);
    expect(
      longest.length / questions.length,
      `${longest.length} of ${questions.length}: ${longest.join(', ')}`,
    ).toBeLessThanOrEqual(MAX_LONGEST_IS_CORRECT);
  });

  it.each([0, 1, 2, 3])(
    `puts the right answer at index %i in between ${MIN_SHARE_PER_INDEX} and ${MAX_SHARE_PER_INDEX} of its questions`,
    (index) => {
      const share = questions.filter((question) => question.answer === index).length / questions.length;
      expect(share).toBeGreaterThanOrEqual(MIN_SHARE_PER_INDEX);
      expect(share).toBeLessThanOrEqual(MAX_SHARE_PER_INDEX);
    },
  );
});

describe('the strictly-longest check', () => {
  const question = (choices: string[], answer: number): ChoiceQuestion => ({
    id: 'x-001',
    topic: 'algorithms',
    type: 'choice',
    prompt: 'Which?',
    choices,
    answer,
    explanation: 'Because.',
    difficulty: 1,
    tags: [],
  });

  it('counts an answer longer than every other choice', () => {
    expect(correctIsStrictlyLongest(question(['a', 'bbb', 'cc', 'd'], 1))).toBe(true);
  });

  it('does not count an answer tied with a distractor, or shorter than one', () => {
    expect(correctIsStrictlyLongest(question(['aaa', 'bbb', 'cc', 'd'], 1))).toBe(false);
    expect(correctIsStrictlyLongest(question(['aaaa', 'bbb', 'cc', 'd'], 1))).toBe(false);
  });
});
