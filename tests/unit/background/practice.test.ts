import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  recordPageMove,
  recordTabClosed,
  recordVerdict,
  recordVisibility,
} from '@/entrypoints/background/practice';
import type { PageContext, ProblemContext } from '@/lib/extract/context';
import { isUnscheduled } from '@/lib/practice/attempt';
import { timerElapsed } from '@/lib/practice/record';
import { settleReview } from '@/lib/practice/review';
import { loadHistory, practiceItem } from '@/lib/storage/history';

const MIN = 60_000;
const T0 = new Date(2025, 0, 6, 9).getTime();

function problem(site: ProblemContext['site'], id: string, title = id): ProblemContext {
  return {
    kind: 'problem',
    site,
    url: `https://example.test/${id}`,
    id,
    title,
    difficulty: 'Medium',
    statement: 'Find the pair.',
    examples: [],
    constraints: [],
    tags: [],
    hints: [],
    source: 'dom',
  };
}
const NONE: PageContext = {
  kind: 'none',
  url: 'https://leetcode.com/problems/two-sum/submissions/1/',
  title: '',
};

async function startTimer(key: string, at: number) {
  const record = await practiceItem(key).getValue();
  if (!record) throw new Error(`no record ${key}`);
  await practiceItem(key).setValue({ ...record, attempt: { ...record.attempt, runningSince: at } });
}

describe('the background keeping the history', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ now: T0, toFake: ['Date'] });
  });
  afterEach(() => vi.useRealTimers());

  it('records every problem a judge’s page shows, never pasted or generic pages', async () => {
    await recordPageMove(null, problem('leetcode', 'two-sum', 'Two Sum'));
    await recordPageMove(null, problem('codeforces', '1520D'));
    await recordPageMove(null, problem('generic', 'pasted'));
    await recordPageMove(null, NONE);
    const history = await loadHistory();
    expect(history.map((record) => `${record.site}:${record.id}`).sort()).toEqual([
      'codeforces:1520D',
      'leetcode:two-sum',
    ]);
    expect(history.find((record) => record.id === 'two-sum')).toMatchObject({
      title: 'Two Sum',
      firstSeen: T0,
    });
  });

  it('writes a problem seen again only when something changed or a while has passed', async () => {
    await recordPageMove(null, problem('leetcode', 'two-sum'));
    vi.setSystemTime(T0 + MIN);
    await recordPageMove(null, problem('leetcode', 'two-sum'));
    expect((await practiceItem('leetcode:two-sum').getValue())?.lastSeen).toBe(T0);
    await recordPageMove(null, problem('leetcode', 'two-sum', 'Two Sum!'));
    expect((await practiceItem('leetcode:two-sum').getValue())?.lastSeen).toBe(T0 + MIN);
  });

  it('pauses a running timer when its tab moves to another problem or closes, not to a view without one', async () => {
    const twoSum = problem('leetcode', 'two-sum');
    await recordPageMove(null, twoSum);
    await startTimer('leetcode:two-sum', T0);
    vi.setSystemTime(T0 + 5 * MIN);
    await recordPageMove(twoSum, NONE);
    expect((await practiceItem('leetcode:two-sum').getValue())?.attempt.runningSince).toBe(T0);
    await recordPageMove(twoSum, problem('leetcode', 'three-sum'));
    const paused = await practiceItem('leetcode:two-sum').getValue();
    expect(paused?.attempt).toMatchObject({ runningSince: null, elapsedMs: 5 * MIN });

    await startTimer('leetcode:three-sum', T0 + 5 * MIN);
    vi.setSystemTime(T0 + 7 * MIN);
    await recordTabClosed(problem('leetcode', 'three-sum'));
    expect((await practiceItem('leetcode:three-sum').getValue())?.attempt.elapsedMs).toBe(2 * MIN);
  });

  it('pauses the timer while the tab is hidden and runs it again when shown', async () => {
    const twoSum = problem('leetcode', 'two-sum');
    await recordPageMove(null, twoSum);
    await startTimer('leetcode:two-sum', T0);
    vi.setSystemTime(T0 + 3 * MIN);
    await recordVisibility(twoSum, true);
    vi.setSystemTime(T0 + 30 * MIN);
    await recordVisibility(twoSum, false);
    const record = await practiceItem('leetcode:two-sum').getValue();
    expect(record && timerElapsed(record.attempt, T0 + 31 * MIN)).toBe(4 * MIN);
  });

  it('ends the attempt on an accepted verdict for a known problem, and ignores unknown ones', async () => {
    await recordPageMove(null, problem('codeforces', '1520D'));
    await recordVerdict('codeforces', '1520D', { accepted: false, submission: '1' });
    await recordVerdict('codeforces', '1520D', { accepted: true, submission: '2' });
    await recordVerdict('codeforces', '1520E', { accepted: true, submission: '3' });
    const record = await practiceItem('codeforces:1520D').getValue();
    expect(record?.attempt).toMatchObject({ outcome: 'solved', outcomeBy: 'page', failedSubmissions: 1 });
    // The worker grades the attempt; the views schedule it (the worker has no room for FSRS).
    expect(record?.attempt.grade).not.toBeNull();
    expect(record && isUnscheduled(record)).toBe(true);
    expect(record && settleReview(record).review).not.toBeNull();
    await expect(practiceItem('codeforces:1520E').getValue()).resolves.toBeNull();
  });
});
