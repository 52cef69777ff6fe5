import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blockedContest, blockedContext } from '@/lib/extract/blocked';
import {
  CODING_EXCLUDES,
  CODING_EXTRACTORS,
  CODING_MATCHES,
  JUDGE_EXTRACTORS,
  LEETCODE_EXTRACTORS,
  PRACTICE_EXTRACTORS,
} from '@/lib/extract/coding';
import { JUDGE_SITES, SITE_IDS } from '@/lib/extract/context';
import { JOB_EXTRACTORS, JOB_MATCHES } from '@/lib/extract/jobs';
import { matchesPattern } from '@/lib/extract/pipeline';
import { EXTRACTORS } from '@/lib/extract/registry';

const ROOT = join(__dirname, '../../..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const table = readme.slice(readme.indexOf('<!-- sites:start -->'), readme.indexOf('<!-- sites:end -->'));

describe('every registered extractor', () => {
  const ids = [...new Set(EXTRACTORS.map((e) => e.id))];

  it.each(ids)('%s has at least two fixtures with expected results', (id) => {
    const dir = join(ROOT, 'tests/fixtures', id);
    const pages = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.html')) : [];
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const page of pages)
      expect(existsSync(join(dir, page.replace(/\.html$/, '.expected.json')))).toBe(true);
  });

  it.each(ids)('%s has a row in the README sites table', (id) => {
    const rows = table.split('\n').filter((line) => line.startsWith('|'));
    expect(
      rows.some((row) =>
        row
          .toLowerCase()
          .replace(/[^a-z|]/g, '')
          .includes(id),
      ),
    ).toBe(true);
  });
});

describe('registrations', () => {
  it('name every site id once, each with its display name', () => {
    const sites = EXTRACTORS.filter((extractor) => extractor.id !== 'generic');
    expect(new Set(sites.map((extractor) => extractor.id)).size).toBe(sites.length);
    expect(sites.map((extractor) => extractor.id).sort()).toEqual(
      SITE_IDS.filter((id) => id !== 'generic').sort(),
    );
    for (const extractor of sites) expect(extractor.name).toMatch(/^[A-Z]/);
  });

  it('give every site a fallback for the URLs that name a problem or posting', () => {
    for (const extractor of [...CODING_EXTRACTORS, ...JOB_EXTRACTORS].filter((e) => e.id !== 'generic')) {
      expect(extractor.pageId, extractor.id).toBeTypeOf('function');
      expect(extractor.fallback, extractor.id).toBeTypeOf('function');
    }
  });
  // Only LeetCode's script is given the enrichment and the contest refusals by URL
  // (entrypoints/leetcode.content.ts): another site that gained either would silently go without.
  // The coach reads a judge's limits as sized for the intended solution (lib/coach/problem/target.ts).
  it('name the judges once: the judge group is the sites the coach treats as judges', () => {
    expect(JUDGE_EXTRACTORS.map((extractor) => extractor.id).sort()).toEqual([...JUDGE_SITES].sort());
  });

  it("keep enrichment hooks and contests refused by URL to LeetCode's group", () => {
    for (const extractor of [...PRACTICE_EXTRACTORS, ...JUDGE_EXTRACTORS, ...JOB_EXTRACTORS])
      expect(extractor.enrich, extractor.id).toBeUndefined();
    const contest = (host: string) => blockedContest(new URL(`https://${host}/contest/c/problems/p/`));
    for (const extractor of [...PRACTICE_EXTRACTORS, ...JUDGE_EXTRACTORS])
      for (const pattern of extractor.matches)
        expect(contest(new URL(pattern.replace('*.', 'www.')).host)).toBeNull();
    expect(LEETCODE_EXTRACTORS.some((extractor) => extractor.enrich)).toBe(true);
  });

  // The practice script ran LeetCode's reader, its GraphQL hook and its kept answers on every
  // HackerRank, GeeksforGeeks and NeetCode page, and their three readers on every LeetCode page.
  it('give the site with an enrichment hook a script of its own, so no other site carries it', () => {
    for (const group of [LEETCODE_EXTRACTORS, PRACTICE_EXTRACTORS, JUDGE_EXTRACTORS])
      if (group.some((extractor) => extractor.enrich)) expect(group).toHaveLength(1);
  });
});

const CONTENT_MATCHES = [...CODING_MATCHES, ...JOB_MATCHES];

describe('content script matches', () => {
  it('cover every site-specific extractor', () => {
    for (const extractor of EXTRACTORS)
      for (const m of extractor.matches) expect(CONTENT_MATCHES).toContain(m);
    expect(CODING_MATCHES).toContain('https://leetcode.com/*');
  });

  it('are valid match patterns without query strings (LeetCode adds ?envType=…)', () => {
    for (const m of CONTENT_MATCHES) expect(m).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+\/\*$/);
  });

  it.each([
    'https://app.codesignal.com/test/xyz',
    'https://app.codility.com/c/run/ABC/',
    'https://app.coderpad.io/ABCDEF',
    'https://assessment.hackerearth.com/challenges/x',
    'https://interview.karat.io/interview/123',
    'https://app.hirevue.com/interviews/1',
  ])('leave out the assessment vendor %s: no host access, nothing added to its pages', (href) => {
    const url = new URL(href);
    expect(blockedContext(url)).not.toBeNull();
    expect(CONTENT_MATCHES.some((pattern) => matchesPattern(pattern, url))).toBe(false);
  });

  it.each([
    'https://www.hackerrank.com/test/abc/questions/def',
    'https://www.hackerrank.com/tests/abc',
    'https://www.hackerrank.com/acme/tests/abc',
    'https://leetcode.com/assessment/abc/',
    'https://leetcode.com/interview/abc/',
  ])('exclude the assessment paths of a shared host: %s', (href) => {
    const url = new URL(href);
    expect(blockedContext(url)).not.toBeNull();
    expect(CODING_MATCHES.some((pattern) => matchesPattern(pattern, url))).toBe(true);
    expect(CODING_EXCLUDES.some((pattern) => matchesPattern(pattern, url))).toBe(true);
  });

  it.each([
    'https://www.hackerrank.com/challenges/solve-me-first/problem',
    'https://www.hackerrank.com/contests/abc/challenges/x',
    'https://leetcode.com/problems/two-sum/',
    'https://leetcode.com/contest/weekly-contest-400/problems/x/',
  ])('keep practice pages (and LeetCode contests, which say why they refuse) matched: %s', (href) => {
    const url = new URL(href);
    expect(CODING_MATCHES.some((pattern) => matchesPattern(pattern, url))).toBe(true);
    expect(CODING_EXCLUDES.some((pattern) => matchesPattern(pattern, url))).toBe(false);
  });
});
