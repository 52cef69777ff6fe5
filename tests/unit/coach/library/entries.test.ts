import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { normaliseTitle } from '@/lib/coach/problem/library/lookup';
import { LibraryEntry } from '@/lib/coach/problem/library/schema';
import { codeIn, namedTechnique } from '@/lib/coach/problem/library/spoilers';
import { codechef } from '@/lib/extract/sites/codechef';
import { codeforcesProblemId } from '@/lib/extract/sites/codeforces';

const ENTRIES_DIR = join(__dirname, '../../../../lib/coach/problem/library/entries');
const FIXTURES_DIR = join(__dirname, '../../../fixtures/library');

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

const files = readdirSync(ENTRIES_DIR)
  .filter((name) => name.endsWith('.json'))
  .sort();
const raw = files.map((name) => ({ name, data: readJson(join(ENTRIES_DIR, name)) }));
const entries = raw.flatMap(({ name, data }) => {
  const parsed = z.safeParse(LibraryEntry, data);
  return parsed.success ? [{ name, entry: parsed.data }] : [];
});
const slugs = new Set(entries.map(({ entry }) => entry.slug));

/**
 * Slugs of the catalogue still to be written. Writers remove a slug when they add its entry; the lead
 * deletes the file once the library is complete, and then every related slug must be an entry.
 */
const studyLists = readJson(join(FIXTURES_DIR, 'study-lists.json')) as {
  lists: Record<string, string[]>;
  neetcodeSlugs: Record<string, string>;
};

/** Entries by each title or alias of two words or more, spelt as written: one word ("Candy") reads as prose. */
const entriesByTitle = new Map<string, string[]>();
for (const { entry } of entries) {
  for (const title of [entry.title, ...entry.aliases].filter((name) => name.includes(' '))) {
    entriesByTitle.set(title, [...(entriesByTitle.get(title) ?? []), entry.slug]);
  }
}

const isWordCharacter = (char: string | undefined): boolean => char !== undefined && /[\w-]/.test(char);

/** The entries a sentence names by their exact title, as a whole phrase. */
function problemsNamedIn(sentence: string): string[][] {
  const named: string[][] = [];
  for (const [title, titled] of entriesByTitle) {
    const at = sentence.indexOf(title);
    if (at >= 0 && !isWordCharacter(sentence[at - 1]) && !isWordCharacter(sentence[at + title.length]))
      named.push(titled);
  }
  return named;
}

function duplicates(values: string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

describe('the problem library entries', () => {
  it('exist', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it('each parse against the entry schema', () => {
    for (const { name, data } of raw) {
      const parsed = z.safeParse(LibraryEntry, data);
      expect(parsed.success ? [] : parsed.error.issues, name).toEqual([]);
    }
  });

  it('are named after their slug', () => {
    for (const { name, entry } of entries) expect(name).toBe(`${entry.slug}.json`);
  });

  it('have unique slugs, and one NeetCode slug each (their own, or the LeetCode one)', () => {
    expect(duplicates(entries.map(({ entry }) => entry.slug))).toEqual([]);
    expect(duplicates(entries.map(({ entry }) => entry.neetcodeSlug ?? entry.slug))).toEqual([]);
  });

  it("name a problem LeetCode lacks after its judge, and every other after LeetCode's slug", () => {
    for (const { entry } of entries) {
      if (entry.home) {
        expect(entry.slug, entry.slug).toMatch(new RegExp(`^${entry.home.site}-`));
        const url = new URL(entry.home.url);
        expect(url.hostname, entry.slug).toMatch(
          /(^|\.)(cses\.fi|atcoder\.jp|hackerrank\.com|geeksforgeeks\.org|codeforces\.com|codechef\.com)$/,
        );
        // Codeforces' id ("520B") is read from the contest and letter parts of its address,
        // CodeChef's ("LAPIN") from the practice page's path, as each extractor reads its pages.
        if (entry.home.site === 'codeforces')
          expect(codeforcesProblemId(url.pathname), entry.slug).toBe(entry.home.id);
        else if (entry.home.site === 'codechef')
          expect(codechef.pageId?.(url), entry.slug).toBe(entry.home.id);
        else expect(entry.home.url, entry.slug).toContain(entry.home.id);
        expect(entry.neetcodeSlug, entry.slug).toBeUndefined();
      } else expect(entry.slug).not.toMatch(/^(cses|atcoder|hackerrank|geeksforgeeks|codeforces|codechef)-/);
    }
    expect(duplicates(entries.flatMap(({ entry }) => (entry.home ? [entry.home.url] : [])))).toEqual([]);
  });

  it('give a problem at home on HackerRank or GeeksforGeeks its title there, so a copy under another id still matches', () => {
    for (const { entry } of entries) {
      const site = entry.home?.site;
      if (site !== 'hackerrank' && site !== 'geeksforgeeks') continue;
      const titles = (entry.siteTitles ?? []).filter((row) => row.site === site);
      expect(titles.length, entry.slug).toBeGreaterThan(0);
    }
  });

  it('carry NeetCode’s slug exactly where it differs from LeetCode’s', () => {
    for (const { entry } of entries) {
      expect(entry.neetcodeSlug, entry.slug).toBe(studyLists.neetcodeSlugs[entry.slug]);
      expect(entry.neetcodeSlug, entry.slug).not.toBe(entry.slug);
    }
  });

  it('have titles and aliases that name one problem only, after normalisation', () => {
    // An alias may normalise to its own entry's title ("Decode the String"); only a name shared
    // between two entries is ambiguous. A problem at home on another judge is found there by its
    // id and elsewhere by its aliases only, so its own title names nothing: Codeforces' "Flowers"
    // and AtCoder's "Flowers" are two problems, each found at home.
    const names = entries.flatMap(({ entry }) => [
      ...new Set([...(entry.home ? [] : [entry.title]), ...entry.aliases].map(normaliseTitle)),
    ]);
    expect(duplicates(names)).toEqual([]);
  });

  it('write their complexities in canonical big-O (a non-canonical one fails the schema)', () => {
    const [first] = raw;
    expect(first).toBeDefined();
    const entry = first?.data as LibraryEntry;
    for (const time of ['O(n logn)', 'O(n*m)', 'O(log(n))', 'O(n^2 )', 'n log n']) {
      const bad = { ...entry, complexity: { ...entry.complexity, time } };
      expect(z.safeParse(LibraryEntry, bad).success, time).toBe(false);
    }
  });

  it('state the key insight in one sentence', () => {
    for (const { entry } of entries) {
      expect(entry.keyInsight, entry.slug).toMatch(/[.!?]$/);
      expect(entry.keyInsight, entry.slug).not.toMatch(/[.!?]\s+[A-Z]/);
    }
  });

  it('hold no code in any hint', () => {
    for (const { entry } of entries) {
      for (const hint of entry.hints) expect(codeIn(hint), `${entry.slug}: ${hint}`).toBeNull();
    }
  });

  it('open with a question that names no technique or data structure', () => {
    for (const { entry } of entries) {
      const [nudge] = entry.hints;
      expect(nudge, entry.slug).toMatch(/\?$/);
      expect(namedTechnique(nudge), `${entry.slug}: ${nudge}`).toBeNull();
    }
  });

  it('point to related problems of the library, never to themselves or twice', () => {
    for (const { entry } of entries) {
      const related = entry.related.map((r) => r.slug);
      expect(related, entry.slug).not.toContain(entry.slug);
      expect(duplicates(related), entry.slug).toEqual([]);
      for (const slug of related) expect(slugs.has(slug), `${entry.slug} → ${slug}`).toBe(true);
    }
  });

  it('say why with the linked problem’s own title whenever they name a problem', () => {
    // The panel prints the linked title beside the why, so a why naming another problem shows a wrong link.
    const wrong = entries.flatMap(({ entry }) =>
      entry.related.flatMap(({ slug, why }) =>
        problemsNamedIn(why)
          .filter((named) => !named.includes(slug))
          .map((named) => `${entry.slug} → ${slug} names ${named.join('/')}: ${why}`),
      ),
    );
    expect(wrong).toEqual([]);
  });
});

describe('the library’s coverage', () => {
  it('has an entry for every problem of the study lists', () => {
    for (const [list, listSlugs] of Object.entries(studyLists.lists)) {
      expect(
        listSlugs.filter((slug) => !slugs.has(slug)),
        list,
      ).toEqual([]);
    }
  });

  it('knows the study lists at their published sizes', () => {
    const sizes = Object.fromEntries(
      Object.entries(studyLists.lists).map(([list, s]) => [list, new Set(s).size]),
    );
    expect(sizes).toEqual({ blind75: 75, neetcode150: 150, grind169: 169, leetcode75: 75, top150: 150 });
  });
});

describe('the spoiler check', () => {
  it('finds technique and data-structure names in any of their forms', () => {
    for (const text of [
      'Could a hash map help?',
      'What if you kept a set of seen values?',
      'Can two pointers meet in the middle?',
      'Is there a window that only grows and shrinks?',
      'Would binary search on the answer work?',
      'What does a min-heap hold?',
      'Could a monotonic stack remember the candidates?',
      'Is this DP over prefixes?',
      'Which subproblems repeat?',
      'Would memoization save the repeated work?',
      'Can you solve it recursively?',
      'Does BFS give the fewest steps?',
      'Is it a graph in disguise?',
      'What would a trie store?',
      'Can union-find merge them?',
      'Is the greedy choice safe?',
      'What if you sort the intervals first?',
      'What does XOR do to a pair?',
      'Can a bit mask encode the subset?',
      'Does a topological order exist?',
      'Would Dijkstra work here?',
    ]) {
      expect(namedTechnique(text), text).not.toBeNull();
    }
  });

  it('lets plain questions about the problem through', () => {
    for (const text of [
      'When you are standing on one number, do you already know which value would complete the pair?',
      'Must a valid binary search tree respect only its parent, or every ancestor?',
      'Is the input already sorted, and what does that tell you about the smallest value?',
      'How many subsets are there, and which ones can you rule out early?',
      'Does a recurring digit pattern mean the division repeats forever?',
      'If the whole array were summed, what would be missing?',
    ]) {
      expect(namedTechnique(text), text).toBeNull();
    }
  });
});

describe('the code check', () => {
  it('finds code in its usual disguises', () => {
    for (const text of [
      'Keep a `seen` record.',
      'Set dp of i to the minimum, i.e. dp[i] plus one.',
      'Loop while (lo < hi) and halve the range.',
      'Compute mid = (lo + hi) / 2 and compare.',
      'If best == target, stop.',
      'Call seen.add(x) for each value.',
      'Return max(left, right) plus the node.',
      'Push the node; \npop it later',
      'Track the leftIndex as you go.',
      'Track the left_index as you go.',
      'Follow node.next until the end.',
      'def solve(nums): return nums',
      'count++ each time',
      'if a && b then stop',
      'for (int i = 0; i < n; i++) {}',
    ]) {
      expect(codeIn(text), text).not.toBeNull();
    }
  });

  it('lets prose with complexities, brackets and semicolons through', () => {
    for (const text of [
      'With up to 10^6 cells, that comes to O(log(n * m)).',
      'Walk the array once and remember every value you have passed, together with its index.',
      'For each position, check your record of earlier values; if it is there, return both indices.',
      'This runs in O(n log n) time, e.g. for [3, 3] with target 6.',
      'Sort the pairs (start, end) by start and sweep once.',
      'The k-th smallest value sits at the left end.',
    ]) {
      expect(codeIn(text), text).toBeNull();
    }
  });
});
