import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractPage } from '@/lib/extract';
import { blockedContext } from '@/lib/extract/blocked';

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
