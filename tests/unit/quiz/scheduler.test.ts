import { describe, expect, it } from 'vitest';
import { DEFAULT_QUIZ_PREFS, type QuizPrefs } from '@/lib/quiz/prefs';
import { emptyProgress, type Progress, recordAnswer } from '@/lib/quiz/progress';
import { nextQuestion, type QueueInput } from '@/lib/quiz/queue';
import { FAST_ANSWER_MS, type Grade, gradeChoice, gradeFromKey, Rating, review } from '@/lib/quiz/scheduler';
import type { TargetRole } from '@/lib/quiz/target-role';
import type { Question } from '@/lib/quiz/topics';
import { choice, SAMPLE_BANK } from './sample';

const START = new Date(2025, 2, 10, 9, 0, 0);
const minutes = (n: number) => n * 60_000;
const days = (n: number) => n * 86_400_000;
const at = (offset: number) => new Date(START.getTime() + offset);

/** Answer a question in the popup's way: grade it, reschedule it, tally the day. */
function answer(progress: Progress, question: Question, grade: Grade, now: Date) {
  return recordAnswer(
    progress,
    question.id,
    review(progress.cards[question.id], question.topic, grade, now),
    now,
  );
}

function input(progress: Progress, now: Date, extra: Partial<QueueInput> = {}): QueueInput {
  return { bank: SAMPLE_BANK, progress, prefs: DEFAULT_QUIZ_PREFS, role: null, now, ...extra };
}

/** Play the popup forward: answer every question it offers with `grade` until it offers none. */
function drain(progress: Progress, now: Date, prefs: QuizPrefs, grade: Grade = Rating.Good) {
  const asked: Question[] = [];
  let next = nextQuestion(input(progress, now, { prefs }));
  while (next && asked.length < 1000) {
    asked.push(next.question);
    progress = answer(progress, next.question, grade, now);
    next = nextQuestion(input(progress, now, { prefs }));
  }
  return { asked, progress };
}

describe('grading', () => {
  it('grades a wrong answer Again, a slow right one Good and a fast right one Easy', () => {
    expect(gradeChoice(false, 1_000)).toBe(Rating.Again);
    expect(gradeChoice(true, FAST_ANSWER_MS + 1)).toBe(Rating.Good);
    expect(gradeChoice(true, FAST_ANSWER_MS - 1)).toBe(Rating.Easy);
  });

  it('maps the self-grading keys 1–4 to Again, Hard, Good, Easy', () => {
    expect([1, 2, 3, 4, 5].map(gradeFromKey)).toEqual([
      Rating.Again,
      Rating.Hard,
      Rating.Good,
      Rating.Easy,
      null,
    ]);
  });

  it('schedules a fast right answer further out than a slow right one', () => {
    const question = SAMPLE_BANK[0] as Question;
    const fast = review(undefined, question.topic, gradeChoice(true, 2_000), START);
    const slow = review(undefined, question.topic, gradeChoice(true, 20_000), START);
    const wrong = review(undefined, question.topic, gradeChoice(false, 2_000), START);
    expect(fast.due).toBeGreaterThan(slow.due);
    expect(slow.due).toBeGreaterThan(wrong.due);
  });
});

describe('what comes next', () => {
  it('brings a missed question back before a known one', () => {
    const [missed, known] = SAMPLE_BANK as [Question, Question];
    let progress = answer(emptyProgress(), known, Rating.Good, START);
    progress = answer(progress, missed, Rating.Again, at(1_000));
    // Later the same day, and days later once both are due: the missed one is asked first.
    for (const later of [at(minutes(30)), at(days(30))]) {
      const next = nextQuestion(input(progress, later));
      expect(next).toEqual({ question: missed, reason: 'due' });
    }
  });

  it('asks due reviews before new questions', () => {
    const first = SAMPLE_BANK[7] as Question;
    const progress = answer(emptyProgress(), first, Rating.Good, START);
    expect(nextQuestion(input(progress, at(days(5))))).toEqual({ question: first, reason: 'due' });
  });

  it('introduces no more new questions a day than the limit, and resumes the next day', () => {
    const prefs = { ...DEFAULT_QUIZ_PREFS, newPerDay: 4 };
    const today = drain(emptyProgress(), START, prefs);
    expect(new Set(today.asked.map((question) => question.id)).size).toBe(4);
    expect(nextQuestion(input(today.progress, at(minutes(1)), { prefs }))?.reason).not.toBe('new');
    const tomorrow = nextQuestion(input(today.progress, at(days(1)), { prefs: { ...prefs, newPerDay: 5 } }));
    expect(tomorrow).not.toBeNull();
  });

  it('offers nothing once the new limit is reached and nothing is due', () => {
    const prefs = { ...DEFAULT_QUIZ_PREFS, newPerDay: 2 };
    const { progress } = drain(emptyProgress(), START, prefs, Rating.Easy);
    expect(nextQuestion(input(progress, at(1_000), { prefs }))).toBeNull();
  });

  it('asks only the chosen topics', () => {
    const prefs: QuizPrefs = { topics: ['databases', 'behavioral'], newPerDay: 50 };
    const { asked } = drain(emptyProgress(), START, prefs);
    expect(new Set(asked.map((question) => question.topic))).toEqual(new Set(['databases', 'behavioral']));
    expect(asked).toHaveLength(10);
  });

  it('interleaves topics when no target role is saved', () => {
    const { asked } = drain(emptyProgress(), START, { ...DEFAULT_QUIZ_PREFS, newPerDay: 6 });
    expect(new Set(asked.map((question) => question.topic)).size).toBe(6);
  });
});

describe('target role', () => {
  const role: TargetRole = {
    rounds: [
      { kind: 'system-design', weight: 3 },
      { kind: 'coding', weight: 1 },
    ],
    skills: [],
  };

  it('weighs new questions toward the topics of the role’s rounds', () => {
    const prefs = { ...DEFAULT_QUIZ_PREFS, newPerDay: 10 };
    const count = (asked: Question[], topic: string) =>
      asked.filter((question) => question.topic === topic).length;
    let progress = emptyProgress();
    const asked: Question[] = [];
    for (let i = 0; i < 10; i += 1) {
      const next = nextQuestion(input(progress, START, { prefs, role }));
      if (!next) break;
      asked.push(next.question);
      progress = answer(progress, next.question, Rating.Easy, START);
    }
    expect(asked[0]?.topic).toBe('system-design');
    expect(count(asked, 'system-design')).toBeGreaterThan(count(asked, 'algorithms'));
    expect(count(asked, 'algorithms')).toBeGreaterThan(count(asked, 'behavioral'));
  });

  it('prefers questions tagged with the role’s skills, whatever their case or spacing', () => {
    const kafka = choice('api-design', 9, { tags: ['kafka', 'message-queues'], difficulty: 3 });
    const bank = [...SAMPLE_BANK, kafka];
    const next = nextQuestion(
      input(emptyProgress(), START, { bank, role: { rounds: [], skills: ['Kafka'] } }),
    );
    expect(next?.question).toEqual(kafka);
    const queues = nextQuestion(
      input(emptyProgress(), START, { bank, role: { rounds: [], skills: ['Message Queues'] } }),
    );
    expect(queues?.question).toEqual(kafka);
  });
});
