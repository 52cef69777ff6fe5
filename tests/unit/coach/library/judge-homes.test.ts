import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePage } from '@/lib/cli/parse';
import { analyzeProblem } from '@/lib/coach/problem';
import { problemUrl } from '@/lib/coach/problem/library/lookup';
import { loadLibrary } from '@/lib/coach/problem/library/node';
import type { ProblemContext } from '@/lib/extract/context';
import { readAsExtension } from '@/lib/extract/pipeline';

const FIXTURES = join(__dirname, '../../../fixtures');
const library = loadLibrary();

/** A saved judge page read as the extension reads it. */
function problemPage(page: string, url: string): ProblemContext {
  const context = readAsExtension(parsePage(readFileSync(join(FIXTURES, `${page}.html`), 'utf8')), url);
  if (context?.kind !== 'problem') throw new Error(`${page} is not read as a problem`);
  return context;
}

const pages = [
  {
    page: 'hackerrank/array-manipulation',
    url: 'https://www.hackerrank.com/challenges/crush/problem',
    slug: 'hackerrank-array-manipulation',
  },
  {
    page: 'geeksforgeeks/count-inversions-next-data',
    url: 'https://www.geeksforgeeks.org/problems/inversion-of-array-1587115620/1',
    slug: 'geeksforgeeks-count-inversions',
  },
];

describe('a classic at home on HackerRank or GeeksforGeeks, read from its page', () => {
  it.each(pages)(
    '$page is coached from its entry, technique and complexity included',
    ({ page, url, slug }) => {
      const context = problemPage(page, url);
      const match = library.match(context);
      expect(match?.entry.slug).toBe(slug);
      const analysis = analyzeProblem(context, match);
      expect(analysis.source).toBe('library');
      expect(analysis.patterns[0]?.id).toBe(match?.entry.techniques[0]);
      expect(analysis.complexityTarget).toBe(match?.entry.complexity.time);
      expect(match && problemUrl(match.entry)).toBe(url);
    },
  );

  it.each(pages)(
    '$page is still found under another id (a contest copy) by its title there',
    ({ page, url, slug }) => {
      const context = problemPage(page, url);
      expect(library.match({ ...context, id: 'a-contest-copy' })?.entry.slug).toBe(slug);
    },
  );

  it('keeps a plain judge title to its own judge: the same words elsewhere find nothing', () => {
    expect(library.match({ site: 'codeforces', id: '1', title: 'Array Manipulation' })).toBeNull();
    expect(library.match({ site: 'generic', id: 'x', title: 'Pairs' })).toBeNull();
  });
});
