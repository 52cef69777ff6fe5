import { describe, expect, it } from 'vitest';
import { type LibraryProblem, nextProblems } from '@/lib/practice/next';
import { readiness } from '@/lib/practice/readiness';
import { countHint, openRecord, type PracticeRecord, startAgain, startTimer } from '@/lib/practice/record';
import { finishAttempt } from '@/lib/practice/review';
import {
  calendarWeeks,
  currentStreak,
  practiceDays,
  reviewForecast,
  solvedPerWeek,
  techniqueStandings,
} from '@/lib/practice/stats';
import { emptyProgress } from '@/lib/quiz/progress';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const T0 = new Date(2025, 0, 6, 9).getTime(); // a Monday

interface Try {
  at: number;
  minutes?: number;
  hints?: number;
  outcome?: 'solved' | 'solved-with-help' | 'gave-up';
}

function practised(id: string, techniques: string[], tries: Try[]): PracticeRecord {
  let record: PracticeRecord = {
    ...openRecord(
      null,
      { site: 'leetcode', id, url: `https://leetcode.com/problems/${id}/`, title: id, difficulty: 'Medium' },
      tries[0]?.at ?? T0,
    ),
    techniques,
  };
  tries.forEach((attempt, index) => {
    if (index > 0) record = startAgain(record, attempt.at);
    record = startTimer(record, attempt.at);
    for (let level = 1; level <= (attempt.hints ?? 0); level += 1)
      record = countHint(record, 'offline', level);
    record = finishAttempt(
      record,
      attempt.outcome ?? 'solved',
      'you',
      attempt.at + (attempt.minutes ?? 20) * MIN,
    );
  });
  return record;
}

describe('weak techniques', () => {
  it('ranks a technique that needed hints, ran slow and failed its review above one solved cleanly', () => {
    const records = [
      practised(
        'a',
        ['dynamic-programming'],
        [
          { at: T0, hints: 2 },
          { at: T0 + 3 * DAY, outcome: 'gave-up' },
        ],
      ),
      practised('b', ['dynamic-programming'], [{ at: T0, minutes: 80 }]),
      practised('c', ['hash-table'], [{ at: T0 }, { at: T0 + 8 * DAY }, { at: T0 + 30 * DAY }]),
    ];
    const [weakest, strongest] = techniqueStandings(records);
    expect(weakest).toMatchObject({
      technique: 'dynamic-programming',
      attempts: 3,
      helped: 1,
      slow: 1,
      unsolved: 1,
      failedReviews: 1,
    });
    expect(strongest).toMatchObject({ technique: 'hash-table', attempts: 3, weakness: 0 });
    expect(weakest?.weakness).toBeGreaterThan(0.5);
  });

  it('does not call a technique weak on one bad attempt as firmly as on three', () => {
    const once = techniqueStandings([practised('a', ['greedy'], [{ at: T0, outcome: 'gave-up' }])]);
    const thrice = techniqueStandings(
      ['a', 'b', 'c'].map((id) => practised(id, ['greedy'], [{ at: T0, outcome: 'gave-up' }])),
    );
    expect(once[0]?.weakness).toBeCloseTo(1 / 3);
    expect(thrice[0]?.weakness).toBe(1);
  });
});

describe('calendar, weeks and forecast', () => {
  it('counts days with an ended attempt or quiz answers, and the streak up to today', () => {
    const records = [practised('a', [], [{ at: T0 }, { at: T0 + DAY }])];
    const days = practiceDays(records, ['2025-01-08']);
    expect([...days].sort()).toEqual(['2025-01-06', '2025-01-07', '2025-01-08']);
    expect(currentStreak(days, T0 + 2 * DAY)).toBe(3);
    expect(currentStreak(days, T0 + 3 * DAY)).toBe(3);
    expect(currentStreak(days, T0 + 4 * DAY)).toBe(0);
    const weeks = calendarWeeks(days, T0 + 2 * DAY, 2);
    expect(weeks).toHaveLength(2);
    expect(weeks[1]?.slice(0, 4).map((cell) => [cell.day, cell.active, cell.future])).toEqual([
      ['2025-01-06', true, false],
      ['2025-01-07', true, false],
      ['2025-01-08', true, false],
      ['2025-01-09', false, true],
    ]);
  });

  it('counts solves per week by Monday, and reviews due per day with overdue ones today', () => {
    const records = [
      practised('a', [], [{ at: T0 }]),
      practised('b', [], [{ at: T0 - 7 * DAY }, { at: T0 - 6 * DAY, outcome: 'gave-up' }]),
      practised('c', [], [{ at: T0 - 20 * DAY, outcome: 'gave-up' }]),
    ];
    expect(solvedPerWeek(records, T0 + DAY, 3)).toEqual([
      { week: '2024-12-23', solved: 0 },
      { week: '2024-12-30', solved: 1 },
      { week: '2025-01-06', solved: 1 },
    ]);
    const forecast = reviewForecast(records, T0 + DAY, 10);
    expect(forecast[0]).toEqual({ day: '2025-01-07', due: 2 }); // b and c, both overdue
    expect(forecast.reduce((sum, day) => sum + day.due, 0)).toBe(3);
  });
});

describe('readiness and what to practise next', () => {
  it('measures coding rounds by clean solves and the others by quiz questions known well', () => {
    const records = ['a', 'b'].map((id) => practised(id, ['graph'], [{ at: T0 }]));
    const progress = emptyProgress();
    progress.cards.q1 = {
      topic: 'system-design',
      due: T0 + 9 * DAY,
      stability: 10,
      difficulty: 5,
      elapsed_days: 3,
      scheduled_days: 9,
      learning_steps: 0,
      reps: 3,
      lapses: 0,
      state: 2,
    };
    const result = readiness(
      {
        rounds: [
          { kind: 'coding', weight: 2 },
          { kind: 'system-design', weight: 1 },
        ],
        skills: [],
      },
      '2025-01-20',
      records,
      progress,
      T0 + DAY,
    );
    expect(result.daysLeft).toBe(13);
    expect(result.rounds[0]).toMatchObject({ title: 'Coding', score: 2 / 40, weight: 2 / 3 });
    expect(result.rounds[1]?.score).toBeCloseTo(0.6 * (1 / 20));
    expect(result.overall).toBeCloseTo((2 / 3) * (2 / 40) + (1 / 3) * 0.6 * (1 / 20));
  });

  it('suggests unseen library problems for weak techniques, related ones first, main technique next', () => {
    const library: LibraryProblem[] = [
      {
        slug: 'house-robber',
        title: 'House Robber',
        aliases: [],
        difficulty: 'Medium',
        techniques: ['dynamic-programming'],
      },
      {
        slug: 'climbing-stairs',
        title: 'Climbing Stairs',
        aliases: [],
        difficulty: 'Easy',
        techniques: ['dynamic-programming', 'math'],
      },
      {
        slug: 'coin-change',
        title: 'Coin Change',
        aliases: [],
        difficulty: 'Medium',
        techniques: ['dynamic-programming'],
      },
      {
        slug: 'word-break',
        title: 'Word Break',
        aliases: [],
        difficulty: 'Medium',
        techniques: ['dynamic-programming', 'trie'],
      },
      { slug: 'two-sum', title: 'Two Sum', aliases: [], difficulty: 'Easy', techniques: ['hash-table'] },
    ];
    const records = [
      practised('coin-change', ['dynamic-programming'], [{ at: T0, outcome: 'gave-up' }]),
      practised('two-sum', ['hash-table'], [{ at: T0 }]),
    ];
    const related = new Map([
      ['coin-change', [{ slug: 'word-break', why: 'The same reachability table over a string.' }]],
    ]);
    const next = nextProblems(techniqueStandings(records), records, library, related);
    expect(next.map((s) => s.problem.slug)).toEqual(['word-break', 'climbing-stairs', 'house-robber']);
    expect(next[0]?.why).toMatch(/reachability table.*after Coin Change/);
    expect(next.every((s) => s.technique === 'dynamic-programming')).toBe(true);
  });
});
