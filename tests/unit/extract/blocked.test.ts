import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractPage } from '@/lib/extract';
import { blockedContext } from '@/lib/extract/blocked';
import { atcoder } from '@/lib/extract/sites/atcoder';
import { codechef } from '@/lib/extract/sites/codechef';

describe('live contests and assessments are refused', () => {
  it.each([
    ['https://leetcode.com/contest/weekly-contest-400/problems/two-sum/', 'leetcode'],
    ['https://leetcode.cn/contest/biweekly-contest-1/problems/x/', 'leetcode'],
    ['https://www.hackerrank.com/test/abc/questions/def', 'hackerrank'],
    ['https://www.hackerrank.com/tests/abc', 'hackerrank'],
    ['https://app.codesignal.com/test/xyz', 'codesignal'],
    ['https://app.codility.com/c/run/ABC/', 'codility'],
    ['https://app.coderpad.io/ABCDEF', 'coderpad'],
    ['https://assessment.hackerearth.com/challenges/x', 'hackerearth'],
    ['https://interview.karat.io/interview/123', 'karat'],
  ])('%s', (url, site) => {
    expect(blockedContext(new URL(url))).toMatchObject({ kind: 'blocked', site, url });
  });

  it.each([
    'https://leetcode.com/problems/two-sum/',
    'https://leetcode.com/contest/',
    'https://www.hackerrank.com/challenges/solve-me-first/problem',
    'https://app.codesignal.com/arcade',
    'https://app.codility.com/programmers/lessons/1-iterations/',
    'https://www.hackerearth.com/practice/algorithms/',
  ])('practice page %s is not refused', (url) => {
    expect(blockedContext(new URL(url))).toBeNull();
  });

  it('refuses before reading anything, whatever the page holds', () => {
    const { document } = parseHTML(
      '<html><body><a href="/problems/two-sum/">1. Two Sum</a><div data-track-load="description_content"><p>x</p></div></body></html>',
    );
    const context = extractPage(document, 'https://leetcode.com/contest/weekly-contest-1/problems/two-sum/');
    expect(context.kind).toBe('blocked');
    expect(context.kind === 'blocked' && context.reason.length).toBeGreaterThan(20);
  });
});

describe('a LeetCode contest problem points to its practice page', () => {
  it.each([
    [
      'https://leetcode.com/contest/weekly-contest-400/problems/minimum-number-of-chairs-in-a-waiting-room/',
      'https://leetcode.com/problems/minimum-number-of-chairs-in-a-waiting-room/',
    ],
    [
      'https://leetcode.cn/contest/biweekly-contest-1/problems/two-sum/description/',
      'https://leetcode.cn/problems/two-sum/',
    ],
  ])('%s', (url, practice) => {
    expect(blockedContext(new URL(url))).toMatchObject({ practiceUrl: practice });
  });

  it('and an assessment names none', () => {
    expect(
      blockedContext(new URL('https://www.hackerrank.com/test/abc/questions/def'))?.practiceUrl,
    ).toBeUndefined();
  });
});

describe('live rounds are read from the page', () => {
  const window = (start: string, end: string) =>
    `<div id="contest-nav-tabs"><small class="contest-duration">Contest Duration: <a><time class="fixtime fixtime-full">${start}</time></a> ~ <a><time class="fixtime fixtime-full">${end}</time></a></small></div>`;
  const task = 'https://atcoder.jp/contests/practice2/tasks/practice2_a';

  it('an AtCoder set that stays open for years is practice, not a round', () => {
    const { document } = parseHTML(
      `<html><body>${window('2020-09-07 21:00:00+0900', '2120-09-07 21:00:00+0900')}</body></html>`,
    );
    expect(atcoder.liveRound?.(document, new URL(task), Date.parse('2025-01-01T00:00:00Z'))).toBeNull();
  });

  it('an AtCoder round is live from its start to its end, and only then', () => {
    const { document } = parseHTML(
      `<html><body>${window('2025-06-14 21:00:00+0900', '2025-06-14 22:40:00+0900')}</body></html>`,
    );
    const at = (iso: string) => atcoder.liveRound?.(document, new URL(task), Date.parse(iso));
    expect(at('2025-06-14T11:59:00Z')).toBeNull();
    expect(at('2025-06-14T12:00:00Z')).toMatch(/running/);
    expect(at('2025-06-14T13:39:59Z')).toMatch(/running/);
    expect(at('2025-06-14T13:40:00Z')).toBeNull();
  });

  it('a CodeChef practice page never counts as a round', () => {
    const { document } = parseHTML('<html><body><div class="_timer_x">01:00:00</div></body></html>');
    expect(
      codechef.liveRound?.(document, new URL('https://www.codechef.com/problems/X'), Date.now()),
    ).toBeNull();
    expect(
      codechef.liveRound?.(document, new URL('https://www.codechef.com/START1/problems/X'), Date.now()),
    ).toMatch(/running/);
  });
});
