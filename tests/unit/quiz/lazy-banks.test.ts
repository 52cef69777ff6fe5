import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_QUIZ_PREFS, type QuizPrefs } from '@/lib/quiz/prefs';
import { emptyProgress, type Progress, recordAnswer } from '@/lib/quiz/progress';
import { nextQuestion, nextTopicToLoad, type QueueInput } from '@/lib/quiz/queue';
import { Rating, review } from '@/lib/quiz/scheduler';
import type { TargetRole } from '@/lib/quiz/target-role';
import { type Question, TOPICS, type Topic } from '@/lib/quiz/topics';
import { card, choice } from './sample';

const START = new Date(2025, 2, 10, 9, 0, 0);
const DAY = 86_400_000;

/** Eight questions a topic, of mixed difficulty, some tagged with skills a role may name. */
const BANK: Question[] = TOPICS.flatMap((topic, t) =>
  [1, 2, 3, 4, 5, 6, 7, 8].map((n) =>
    n === 8
      ? card(topic, n)
      : choice(topic, n, {
          difficulty: (((n + t) % 3) + 1) as 1 | 2 | 3,
          tags: n % 3 === t % 3 ? ['kafka'] : ['sql'],
        }),
  ),
);

/** The banks the popup has fetched so far, as the popup loads them: topic by topic, on demand. */
function loadAsNeeded(input: Omit<QueueInput, 'bank'>, skipId?: string) {
  const loaded = new Set<Topic>();
  let bank: Question[] = [];
  for (;;) {
    const topic = nextTopicToLoad({ ...input, bank }, loaded, skipId);
    if (topic === null) return { loaded, bank };
    expect(loaded.has(topic)).toBe(false);
    loaded.add(topic);
    bank = [...bank, ...BANK.filter((question) => question.topic === topic)];
  }
}

const history = fc.array(
  fc.record({
    question: fc.integer({ min: 0, max: BANK.length - 1 }),
    grade: fc.constantFrom(Rating.Again, Rating.Hard, Rating.Good, Rating.Easy),
    day: fc.integer({ min: 0, max: 20 }),
  }),
  { maxLength: 40 },
);

function play(steps: { question: number; grade: Rating; day: number }[]): Progress {
  let progress = emptyProgress();
  for (const { question: index, grade, day } of [...steps].sort((a, b) => a.day - b.day)) {
    const question = BANK[index] as Question;
    const now = new Date(START.getTime() + day * DAY);
    progress = recordAnswer(
      progress,
      question.id,
      review(progress.cards[question.id], question.topic, grade as Exclude<Rating, Rating.Manual>, now),
      now,
    );
  }
  return progress;
}

const roles = fc.option(
  fc.record({
    rounds: fc.array(
      fc.record({
        kind: fc.constantFrom('coding', 'system-design', 'api-design', 'behavioral', 'domain' as const),
        weight: fc.integer({ min: 0, max: 3 }),
      }),
      { maxLength: 3 },
    ),
    skills: fc.subarray(['Kafka', 'SQL', 'Rust']),
  }),
);

describe('topic banks loaded on demand', () => {
  it('pick exactly the question the whole bank would', () => {
    fc.assert(
      fc.property(
        history,
        fc.subarray([...TOPICS], { minLength: 1 }),
        fc.integer({ min: 0, max: 12 }),
        roles,
        fc.integer({ min: 0, max: 30 }),
        fc.option(fc.integer({ min: 0, max: BANK.length - 1 })),
        (steps, topics, newPerDay, role, day, skip) => {
          const prefs: QuizPrefs = { topics, newPerDay };
          const input = {
            progress: play(steps),
            prefs,
            role: role as TargetRole | null,
            now: new Date(START.getTime() + day * DAY),
          };
          const skipId = skip === null ? undefined : BANK[skip]?.id;
          const { bank } = loadAsNeeded(input, skipId);
          expect(nextQuestion({ ...input, bank }, skipId)).toEqual(
            nextQuestion({ ...input, bank: BANK }, skipId),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('fetch one bank for a new user, and only the overdue topic for a returning one', () => {
    const fresh = { progress: emptyProgress(), prefs: DEFAULT_QUIZ_PREFS, role: null, now: START };
    expect([...loadAsNeeded(fresh).loaded]).toEqual(['algorithms']);

    let progress = emptyProgress();
    for (const question of BANK.filter((q) => q.topic === 'databases')) {
      progress = recordAnswer(
        progress,
        question.id,
        review(undefined, 'databases', Rating.Good, START),
        START,
      );
    }
    const later = { ...fresh, progress, now: new Date(START.getTime() + 30 * DAY) };
    expect([...loadAsNeeded(later).loaded]).toEqual(['databases']);
  });
});
