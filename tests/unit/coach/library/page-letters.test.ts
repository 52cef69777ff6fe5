import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePage } from '@/lib/cli/parse';
import { analyzeProblem } from '@/lib/coach/problem';
import { parseConstraints } from '@/lib/coach/problem/constraints';
import { libraryCoaching } from '@/lib/coach/problem/library/apply';
import { loadLibrary } from '@/lib/coach/problem/library/node';
import { inPageLetters, namesLetter, pageQuantities } from '@/lib/coach/problem/library/quantities';
import type { LibraryEntry } from '@/lib/coach/problem/library/schema';
import { readAsExtension } from '@/lib/extract/pipeline';

const library = loadLibrary();
const FIXTURES = join(__dirname, '../../../fixtures');

/** Every text the notes show on the panel for a page. */
function notesOn(page: string, url: string): string {
  const context = readAsExtension(parsePage(readFileSync(join(FIXTURES, `${page}.html`), 'utf8')), url);
  if (context?.kind !== 'problem') throw new Error(`${page} is not read as a problem`);
  const match = library.match(context);
  expect(match?.entry.slug).toBe('subarray-sum-equals-k');
  const analysis = analyzeProblem(context, match);
  return [...analysis.hints.map((hint) => hint.text), analysis.keyInsight ?? '', ...analysis.pitfalls].join(
    ' ',
  );
}

describe("the notes say the page's letter for the quantity they name", () => {
  it("answers CSES' sum x in x where the notes say k", () => {
    const text = notesOn('cses/subarray-sums-ii-rendered', 'https://cses.fi/problemset/task/1661/');
    expect(text).toMatch(/\bminus x\b/);
    expect(text).not.toMatch(/(?<![\w-])k(?![\w-])/);
  });

  it("reads the page's letter for a role only where one name plays it", () => {
    const sumX = parseConstraints(['1 <= n <= 2 * 10^5', '-10^9 <= x, a_i <= 10^9'], 'subarrays of sum x');
    expect(pageQuantities(sumX)).toEqual({ target: 'x' });
    const window = parseConstraints(['1 <= k <= n <= 10^5', '1 <= a_i <= 10^9'], 'windows of k numbers');
    expect(pageQuantities(window).parameter).toBe('k');
    // Two numbers given beside the list (a lower and an upper sum): no one of them is the target.
    const two = parseConstraints(
      ['1 <= n <= 10^5', '1 <= a_i <= 10^9', '1 <= l <= r <= 10^14'],
      'sum between l and r',
    );
    expect(pageQuantities(two).target).toBeUndefined();
    // A few numbers and no list: nothing stands beside a list.
    expect(pageQuantities(parseConstraints(['1 <= x <= 100'], 'print x')).target).toBeUndefined();
  });

  it('renames only the letter standing alone, and never onto a letter the notes already use', () => {
    const say = inPageLetters({ k: 'target' }, { target: 'x' }, ['total minus k', 'a_k and nums[k]']);
    expect(say('add the total minus k, then k again')).toBe('add the total minus x, then x again');
    expect(say('the value a_k, the slot nums[k], a k-sized block, k’s own')).toBe(
      'the value a_k, the slot nums[k], a k-sized block, k’s own',
    );
    const taken = inPageLetters({ k: 'target' }, { target: 'x' }, ['total minus k at x = 3']);
    expect(taken('total minus k')).toBe('total minus k');
    expect(inPageLetters(undefined, { target: 'x' }, [])('minus k')).toBe('minus k');
  });

  it('renames the ordinal and the multiples of the quantity with it', () => {
    const say = inPageLetters({ k: 'parameter' }, { parameter: 'K' }, ['the k-th largest', 'blocks of 2k']);
    expect(say('the k-th largest of the first k')).toBe('the K-th largest of the first K');
    expect(say('blocks of 2k, then k')).toBe('blocks of 2K, then K');
    // A letter glued to a word or a name of the code is not the quantity.
    expect(say('ask k2 and nums_k')).toBe('ask k2 and nums_k');
  });

  it('renames the follow-ups too, and never onto a letter only they use', () => {
    const entry = library.match({ site: 'leetcode', id: 'subarray-sum-equals-k', title: '' })?.entry;
    if (!entry) throw new Error('subarray-sum-equals-k is not in the library');
    expect(entry.followUps.join(' ')).toMatch(/(?<![\w-])k(?![\w-])/);
    const coaching = libraryCoaching({ entry, index: library.index }, { target: 'x' });
    expect(coaching.followUps.join(' ')).not.toMatch(/(?<![\w-])k(?![\w-])/);
    const taken = inPageLetters({ k: 'target' }, { target: 'x' }, ['minus k', 'at x = 3 instead']);
    expect(taken('minus k')).toBe('minus k');
  });

  it('leaves no trace of the notes’ letter wherever it stands alone', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('the total', 'minus', 'k', 'equals', 'k.', '(k)', 'of'), { maxLength: 12 }),
        (words) => {
          const text = words.join(' ');
          const said = inPageLetters({ k: 'target' }, { target: 'x' }, [text])(text);
          return !/(?<![\w'’_[-])k(?![\w'’_\]-])/.test(said);
        },
      ),
    );
  });
});

const ENTRIES_DIR = join(__dirname, '../../../../lib/coach/problem/library/entries');
const declaring = readdirSync(ENTRIES_DIR)
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(join(ENTRIES_DIR, name), 'utf8')) as LibraryEntry)
  .filter((entry) => entry.quantities !== undefined);

describe("every entry's declared quantities", () => {
  const notes = (entry: LibraryEntry) =>
    [entry.keyInsight, ...entry.hints, ...entry.pitfalls, ...entry.followUps].join(' ');

  it('name a letter the notes use, as the renaming reads it', () => {
    const unused = declaring.flatMap((entry) =>
      Object.keys(entry.quantities ?? {})
        .filter((letter) => !namesLetter(letter, notes(entry)))
        .map((letter) => `${entry.slug}: ${letter}`),
    );
    expect(unused).toEqual([]);
  });

  it('give each role one letter, or a page letter would rename two quantities into one', () => {
    const twice = declaring.filter((entry) => {
      const roles = Object.values(entry.quantities ?? {});
      return new Set(roles).size !== roles.length;
    });
    expect(twice.map((entry) => entry.slug)).toEqual([]);
  });

  it('never write a declared letter as a times sign, which the renaming would turn into the page letter', () => {
    const times = declaring.flatMap((entry) =>
      Object.keys(entry.quantities ?? {})
        .filter((letter) => new RegExp(`\\d ${letter} \\d`).test(notes(entry)))
        .map((letter) => `${entry.slug}: ${letter}`),
    );
    expect(times).toEqual([]);
  });
});
