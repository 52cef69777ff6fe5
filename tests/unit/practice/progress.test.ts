import { describe, expect, it } from 'vitest';
import type { LibraryPracticeItem } from '@/lib/coach/problem/library/lookup';
import { filterHistory, NO_FILTER, nextInterviewDate, progressView } from '@/lib/practice/progress';
import { countHint, openRecord, type PracticeRecord, startTimer } from '@/lib/practice/record';
import { finishAttempt } from '@/lib/practice/review';
import { emptyProgress } from '@/lib/quiz/progress';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const T0 = new Date(2025, 0, 6, 9).getTime();

function problem(site: string, id: string, title: string): PracticeRecord {
  return openRecord(null, { site, id, url: `https://example.test/${id}`, title, difficulty: 'Medium' }, T0);
}

const coinChange: PracticeRecord = {
  ...finishAttempt(
    countHint(problem('leetcode', 'coin-change', 'Coin Change'), 'offline', 2),
    'gave-up',
    'you',
    T0 + 40 * MIN,
  ),
  techniques: ['dynamic-programming'],
};
const watermelon: PracticeRecord = {
  ...finishAttempt(
    startTimer(problem('codeforces', '4A', 'A. Watermelon'), T0),
    'solved',
    'page',
    T0 + 5 * MIN,
  ),
  techniques: ['math'],
};
const open = problem('codeforces', '1520D', 'D. Same Differences');

describe('the history table filters', () => {
  const records = [coinChange, watermelon, open];
  const ids = (filter: Partial<typeof NO_FILTER>, now = T0 + 10 * DAY) =>
    filterHistory(records, { ...NO_FILTER, ...filter }, now).map((record) => record.id);

  it('keeps every row with no filter, and narrows by site, outcome, technique, title words and due', () => {
    expect(ids({})).toEqual(['coin-change', '4A', '1520D']);
    expect(ids({ site: 'codeforces' })).toEqual(['4A', '1520D']);
    expect(ids({ outcome: 'gave-up' })).toEqual(['coin-change']);
    expect(ids({ outcome: 'open' })).toEqual(['1520D']);
    expect(ids({ technique: 'math' })).toEqual(['4A']);
    expect(ids({ text: 'same DIFF' })).toEqual(['1520D']);
    // Gave up: back tomorrow; solved quickly: back in about a week.
    expect(ids({ dueOnly: true }, T0 + DAY)).toEqual(['coin-change']);
  });
});

describe('the progress figures', () => {
  const library: LibraryPracticeItem[] = [
    {
      slug: 'coin-change',
      title: 'Coin Change',
      aliases: [],
      difficulty: 'Medium',
      techniques: ['dynamic-programming'],
      related: [{ slug: 'word-break', why: 'The same reachability table over a string.' }],
    },
    {
      slug: 'word-break',
      title: 'Word Break',
      aliases: [],
      difficulty: 'Medium',
      techniques: ['dynamic-programming'],
      related: [{ slug: 'coin-change', why: 'The same table.' }],
    },
  ];

  it('counts what is due, the streak and the weeks, and suggests the related problem after a struggle', () => {
    const view = progressView({
      records: [coinChange, watermelon, open],
      quiz: emptyProgress(),
      role: null,
      interviewDate: null,
      library,
      now: T0 + DAY,
    });
    expect(view.due).toBe(1);
    expect(view.streak).toBe(1);
    expect(view.weak[0]?.technique).toBe('dynamic-programming');
    expect(view.next.map((suggestion) => suggestion.problem.slug)).toEqual(['word-break']);
    expect(view.solvedPerWeek.at(-1)?.solved).toBe(1);
    expect(view.forecast[0]?.due).toBe(1);
    expect(view.readiness).toBeNull();
  });

  it('counts down to the nearest interview date still ahead', () => {
    expect(nextInterviewDate(['2025-01-01', null, '2025-02-10', '2025-01-20'], T0)).toBe('2025-01-20');
    expect(nextInterviewDate(['2025-01-06'], T0)).toBe('2025-01-06');
    expect(nextInterviewDate(['2024-12-01', null], T0)).toBeNull();
  });
});
