import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadBank } from '@/lib/quiz/bank';
import { FIRST_COUNT, firstQuestions } from '@/lib/quiz/first-questions';
import { type LoadedTopic, withPart } from '@/lib/quiz/loaded-bank';
import { DEFAULT_QUIZ_PREFS, type QuizPrefs } from '@/lib/quiz/prefs';
import { emptyProgress, type Progress, recordAnswer } from '@/lib/quiz/progress';
import {
  type BankPart,
  dueQuestions,
  newQuestions,
  nextBankToLoad,
  nextQuestion,
  partKey,
  type QueueInput,
} from '@/lib/quiz/queue';
import { Rating, review } from '@/lib/quiz/scheduler';
import { SHARD_COUNT, shardOf } from '@/lib/quiz/shards';
import type { TargetRole } from '@/lib/quiz/target-role';
import { type Question, TOPICS, type Topic } from '@/lib/quiz/topics';
import { card, choice } from './sample';

const START = new Date(2025, 2, 10, 9, 0, 0);
const DAY = 86_400_000;

/** Eight questions a topic, of mixed difficulty, some tagged with skills a role may name. */
const BANKS: Question[] = TOPICS.flatMap((topic, t) =>
  [1, 2, 3, 4, 5, 6, 7, 8].map((n) =>
    n === 8
      ? card(topic, n)
      : choice(topic, n, {
          difficulty: (((n + t) % 3) + 1) as 1 | 2 | 3,
          tags: n % 3 === t % 3 ? ['kafka'] : ['sql'],
        }),
  ),
);

/** Two questions a model wrote per topic, an easy one and a hard one. */
const GENERATED: Question[] = TOPICS.flatMap((topic) => [
  choice(topic, 90, { difficulty: 1, generated: true }),
  choice(topic, 91, { difficulty: 3, generated: true, tags: ['kafka'] }),
]);

/** Everything the quiz could ask. */
const BANK: Question[] = [...BANKS, ...GENERATED];

/** Fewer than the build's FIRST_COUNT, so that the first questions run out often here. */
const FIRST = 3;

const ofTopic = (questions: readonly Question[], topic: Topic) =>
  questions.filter((question) => question.topic === topic);

/** The questions of one part of a topic's bank, as the build serves them (vite-bank-parts.ts). */
function partOf(topic: Topic, part: BankPart): Question[] {
  const bank = ofTopic(BANKS, topic);
  if (part === 'all') return bank;
  if (part === 'first') return firstQuestions(bank, FIRST);
  return bank.filter((question) => shardOf(question.id) === part.shard);
}

/**
 * What the popup has fetched so far, as it loads it: part by part, on demand, each topic's bank
 * parts merged as the store merges them (`withPart`), followed by its generated questions.
 */
function loadAsNeeded(input: Omit<QueueInput, 'bank'>, skipId?: string, already: Topic[] = []) {
  const loaded = new Map<Topic, LoadedTopic>(
    already.map((topic) => [topic, withPart(undefined, 'first', partOf(topic, 'first'), input.progress)]),
  );
  const fetched: { topic: Topic; part: BankPart }[] = [];
  const loadedBank = () =>
    [...loaded].flatMap(([topic, { questions }]) => [...questions, ...ofTopic(GENERATED, topic)]);
  for (;;) {
    const parts = new Map([...loaded].map(([topic, { parts }]) => [topic, parts]));
    const next = nextBankToLoad({ ...input, bank: loadedBank() }, parts, skipId);
    if (next === null) return { loaded, fetched, bank: loadedBank() };
    expect(parts.get(next.topic)?.has('all')).not.toBe(true);
    expect(parts.get(next.topic)?.has(partKey(next.part))).not.toBe(true);
    loaded.set(
      next.topic,
      withPart(loaded.get(next.topic), next.part, partOf(next.topic, next.part), input.progress),
    );
    fetched.push(next);
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
        // First questions a popup may already hold (an earlier pick, before the role mattered).
        fc.subarray([...TOPICS]),
        (steps, topics, newPerDay, role, day, skip, already) => {
          const prefs: QuizPrefs = { topics, newPerDay };
          const input = {
            progress: play(steps),
            prefs,
            role: role as TargetRole | null,
            now: new Date(START.getTime() + day * DAY),
          };
          const skipId = skip === null ? undefined : BANK[skip]?.id;
          const { bank } = loadAsNeeded(input, skipId, already);
          expect(nextQuestion({ ...input, bank }, skipId)).toEqual(
            nextQuestion({ ...input, bank: BANK }, skipId),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it("fetch a new user's first questions of one topic, and a returning one's overdue topic's bank", () => {
    const fresh = { progress: emptyProgress(), prefs: DEFAULT_QUIZ_PREFS, role: null, now: START };
    expect(loadAsNeeded(fresh).fetched).toEqual([{ topic: 'algorithms', part: 'first' }]);

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
    // The most overdue review's shard: its question is there, and a shard is about an eighth of a bank.
    const [mostOverdue] = dueQuestions({ ...later, bank: BANK });
    const { fetched, bank } = loadAsNeeded(later);
    expect(fetched).toEqual([{ topic: 'databases', part: { shard: shardOf(mostOverdue?.id ?? '') } }]);
    expect(bank).toContainEqual(mostOverdue);
    expect(nextQuestion({ ...later, bank })).toEqual({ question: mostOverdue, reason: 'due' });
  });

  it("load a shard's reviews only: its unseen questions wait for the first questions or the whole bank", () => {
    const seen = BANKS.find((question) => question.topic === 'concurrency') as Question;
    const progress = recordAnswer(
      emptyProgress(),
      seen.id,
      review(undefined, 'concurrency', Rating.Good, START),
      START,
    );
    const shard = { shard: shardOf(seen.id) };
    const loaded = withPart(undefined, shard, partOf('concurrency', shard), progress);
    expect(loaded.questions).toEqual([seen]);
    const first = withPart(loaded, 'first', partOf('concurrency', 'first'), progress);
    expect(first.questions.slice(0, FIRST)).toEqual(partOf('concurrency', 'first'));
    expect(new Set(first.questions)).toEqual(new Set([...partOf('concurrency', 'first'), seen]));
    expect(withPart(first, 'all', BANKS, progress).questions).toEqual(BANKS);
    expect(withPart(withPart(first, 'all', BANKS, progress), shard, [], progress).questions).toEqual(BANKS);
  });

  it("fetch the whole bank when a role's skills may lift any of its questions first", () => {
    const role: TargetRole = { rounds: [], skills: ['Kafka'] };
    const input = { progress: emptyProgress(), prefs: DEFAULT_QUIZ_PREFS, role, now: START };
    expect(loadAsNeeded(input).fetched).toEqual([{ topic: 'algorithms', part: 'all' }]);
  });

  it('ask every question, in the order the whole bank gives, opening the popup afresh each time', () => {
    const prefs: QuizPrefs = { topics: [...TOPICS], newPerDay: BANK.length };
    let progress = emptyProgress();
    const asked: string[] = [];
    for (;;) {
      const input = { progress, prefs, role: null, now: START };
      const { bank, fetched } = loadAsNeeded(input);
      const pick = nextQuestion({ ...input, bank });
      expect(pick).toEqual(nextQuestion({ ...input, bank: BANK }));
      if (!pick) break;
      // Until a topic's first questions run out, its whole bank is never needed.
      const { question } = pick;
      const seenInTopic = asked.filter((id) => id.startsWith(`${question.topic}-`)).length;
      if (seenInTopic < FIRST) expect(fetched).not.toContainEqual({ topic: question.topic, part: 'all' });
      asked.push(question.id);
      progress = recordAnswer(
        progress,
        question.id,
        review(undefined, question.topic, Rating.Good, START),
        START,
      );
    }
    expect(asked.sort()).toEqual(BANK.map((question) => question.id).sort());
  });
});

describe('first questions', () => {
  it("are the first a new user meets in each real bank, in the bank's order", async () => {
    for (const topic of TOPICS) {
      const bank = JSON.parse(
        readFileSync(join(import.meta.dirname, `../../../lib/quiz/bank/${topic}.json`), 'utf8'),
      ) as Question[];
      const first = firstQuestions(bank);
      expect(first).toHaveLength(FIRST_COUNT);
      // A subsequence of the bank...
      const positions = first.map((question) => bank.indexOf(question));
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
      // ...and the questions the queue introduces first, for a user with no role.
      const input = {
        bank,
        progress: emptyProgress(),
        prefs: { topics: [topic], newPerDay: 10 },
        role: null,
        now: START,
      };
      expect(new Set(newQuestions(input).slice(0, FIRST_COUNT))).toEqual(new Set(first));
      // The build serves exactly these (lib/quiz/vite-bank-parts.ts), and the whole bank.
      await expect(loadBank(topic, 'first')).resolves.toEqual(first);
      await expect(loadBank(topic, 'all')).resolves.toEqual(bank);
    }
  });
});

describe('shards', () => {
  it('cut each real bank into parts by id, which together hold it once, none over twice its share', async () => {
    for (const topic of TOPICS) {
      const bank = JSON.parse(
        readFileSync(join(import.meta.dirname, `../../../lib/quiz/bank/${topic}.json`), 'utf8'),
      ) as Question[];
      const shards = await Promise.all(
        Array.from({ length: SHARD_COUNT }, (_, shard) => loadBank(topic, { shard })),
      );
      shards.forEach((questions, shard) => {
        expect(questions).toEqual(bank.filter((question) => shardOf(question.id) === shard));
        expect(questions.length).toBeLessThanOrEqual((2 * bank.length) / SHARD_COUNT);
      });
      expect(shards.flat()).toHaveLength(bank.length);
    }
  });
});
