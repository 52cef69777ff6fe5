import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePage } from '@/lib/cli/parse';
import { CODING_EXTRACTORS } from '@/lib/extract/coding';
import { squash } from '@/lib/extract/dom';
import { readAsExtension } from '@/lib/extract/pipeline';
import type { SiteExtractor } from '@/lib/extract/types';
import { CONCEAL_MARK, markLabelled } from '@/lib/platform/conceal';

/*
 * What each coding site hides during a mock (its registration's `conceal`, and what its
 * `concealLabelled` marks), on its saved pages: every giveaway the page shows is inside a hidden
 * element, and the page reads the same statement, examples and constraints with all of them removed.
 */

const FIXTURES = join(__dirname, '../../fixtures');

interface Case {
  page: string;
  url: string;
  /** Text of each giveaway on the page, each of which must end up hidden. */
  giveaways: string[];
}

const CASES: Record<string, Case[]> = {
  leetcode: [
    {
      page: 'leetcode/longest-happy-prefix-dom',
      url: 'https://leetcode.com/problems/longest-happy-prefix/',
      giveaways: ['Hard', 'String', 'Rolling Hash', 'Hash Function', 'String Matching'],
    },
    {
      page: 'leetcode/last-stone-weight-example-block',
      url: 'https://leetcode.com/problems/last-stone-weight/',
      giveaways: ['Easy', 'Array', 'Heap (Priority Queue)'],
    },
    { page: 'leetcode/cn-two-sum-dom', url: 'https://leetcode.cn/problems/two-sum/', giveaways: ['简单'] },
    {
      page: 'leetcode/cn-two-sum-tabs',
      url: 'https://leetcode.cn/problems/two-sum/',
      giveaways: ['简单', '题解'],
    },
    {
      page: 'leetcode/real-longest-happy-prefix-fragment',
      url: 'https://leetcode.com/problems/longest-happy-prefix/',
      giveaways: [],
    },
  ],
  codeforces: [
    {
      page: 'codeforces/1520d-problemset',
      url: 'https://codeforces.com/problemset/problem/1520/D',
      giveaways: ['data structures', 'hashing', 'math', '*1200'],
    },
    {
      page: 'codeforces/contest-finished',
      url: 'https://codeforces.com/contest/1520/problem/D',
      giveaways: ['Announcement', 'Tutorial'],
    },
    {
      page: 'codeforces/real-1520d-fragment',
      url: 'https://codeforces.com/problemset/problem/1520/D',
      giveaways: [],
    },
  ],
  hackerrank: [
    {
      page: 'hackerrank/extremum-permutations',
      url: 'https://www.hackerrank.com/challenges/extremum-permutations/problem',
      giveaways: ['Medium', 'Algorithms', 'Dynamic Programming', 'Discussions', 'Editorial'],
    },
    {
      page: 'hackerrank/real-extremum-permutations-fragment',
      url: 'https://www.hackerrank.com/challenges/extremum-permutations/problem',
      giveaways: [],
    },
  ],
  atcoder: [
    {
      page: 'atcoder/contest-over',
      url: 'https://atcoder.jp/contests/abc409/tasks/abc409_b',
      giveaways: ['解説'],
    },
    {
      page: 'atcoder/agc047-f-bilingual',
      url: 'https://atcoder.jp/contests/agc047/tasks/agc047_f',
      giveaways: ['Discuss'],
    },
  ],
  codechef: [
    {
      page: 'codechef/real-nyres',
      url: 'https://www.codechef.com/problems/NYRES',
      giveaways: ['Difficulty:', 'Solution', 'AI Help'],
    },
    {
      page: 'codechef/max-two-boxes-katex',
      url: 'https://www.codechef.com/problems/TWOBOX',
      giveaways: ['Difficulty Rating: 1024', 'Greedy', 'Sorting'],
    },
  ],
  cses: [
    {
      // Its Statistics tab lists the shortest and fastest solutions; its Results tab and the
      // sidebar link to the user's own earlier code.
      page: 'cses/subarray-sums-ii-rendered',
      url: 'https://cses.fi/problemset/task/1661/',
      giveaways: ['Statistics', 'Results', 'Your submissions', '2024-03-02 14:11:09'],
    },
  ],
  geeksforgeeks: [
    {
      page: 'geeksforgeeks/disjoint-set-dom',
      url: 'https://www.geeksforgeeks.org/problems/disjoint-set-union-find/1',
      giveaways: [
        'Easy',
        'Accuracy: 38.2%',
        'Editorial',
        'Comments',
        'Graph',
        'union-find',
        'Amazon',
        'Disjoint Set Data Structures',
      ],
    },
    {
      page: 'geeksforgeeks/real-disjoint-set-fragment',
      url: 'https://www.geeksforgeeks.org/problems/disjoint-set-union-find/1',
      giveaways: [],
    },
  ],
  neetcode: [
    {
      page: 'neetcode/two-integer-sum',
      url: 'https://neetcode.io/problems/two-integer-sum',
      giveaways: ['Easy', 'Recommended Time & Space Complexity', 'Solution'],
    },
    {
      page: 'neetcode/course-schedule',
      url: 'https://neetcode.io/problems/course-schedule',
      giveaways: ['Medium', 'Graphs'],
    },
    {
      page: 'neetcode/real-meeting-schedule-ii-fragment',
      url: 'https://neetcode.io/problems/meeting-schedule-ii',
      giveaways: [],
    },
  ],
};

const load = (page: string) => parsePage(readFileSync(join(FIXTURES, `${page}.html`), 'utf8'));
const siteOf = (id: string) => CODING_EXTRACTORS.find((extractor) => extractor.id === id) as SiteExtractor;

/** What the style element hides while the mock runs, once the labelled giveaways are marked. */
function hiddenBy(site: SiteExtractor, doc: Document): Element[] {
  if (site.concealLabelled) markLabelled(doc, site.concealLabelled);
  return [...doc.querySelectorAll(`${site.conceal},[${CONCEAL_MARK}]`)];
}

/** The elements whose text is exactly the giveaway's (the innermost such), anywhere on the page. */
function elementsReading(doc: Document, text: string): Element[] {
  return [...doc.querySelectorAll('body *')].filter(
    (el) =>
      squash(el.textContent ?? '') === text &&
      ![...el.children].some((child) => squash(child.textContent ?? '') === text),
  );
}

function statementParts(doc: Document, url: string) {
  const context = readAsExtension(doc, url);
  expect(context?.kind).toBe('problem');
  if (context?.kind !== 'problem') return null;
  const { statement, examples, constraints, title } = context;
  return { title, statement, examples, constraints };
}

describe('what a coding mock hides, on each site', () => {
  it('covers every coding site', () => {
    for (const extractor of CODING_EXTRACTORS) {
      expect(extractor.conceal, extractor.id).toBeTruthy();
      expect(CASES[extractor.id], extractor.id).toBeDefined();
    }
  });

  for (const [id, cases] of Object.entries(CASES)) {
    describe(id, () => {
      it.each(cases)(
        '$page: hides the giveaways and nothing of the statement',
        ({ page, url, giveaways }) => {
          const site = siteOf(id);
          const doc = load(page);
          const hidden = hiddenBy(site, doc);
          for (const giveaway of giveaways) {
            const shown = elementsReading(doc, giveaway);
            expect(shown.length, `"${giveaway}" is on the page`).toBeGreaterThan(0);
            for (const el of shown)
              expect(
                hidden.some((h) => h.contains(el)),
                `"${giveaway}" is hidden`,
              ).toBe(true);
          }
          const before = statementParts(doc, url);
          for (const el of hidden) el.remove();
          expect(statementParts(doc, url)).toEqual(before);
        },
      );
    });
  }
});

describe("leetcode.cn's tabs, found by their label", () => {
  it('marks the 题解 tab button alone: not its tab bar, the other tabs or the statement', () => {
    const doc = load('leetcode/cn-two-sum-tabs');
    const hidden = hiddenBy(siteOf('leetcode'), doc);
    const marked = [...doc.querySelectorAll(`[${CONCEAL_MARK}]`)];
    expect(marked.map((el) => [el.getAttribute('data-layout-path'), squash(el.textContent ?? '')])).toEqual([
      ['/ts0/tb1', '题解题解'],
    ]);
    for (const tab of ['题目描述', '提交记录', '代码'])
      for (const el of elementsReading(doc, tab))
        expect(
          hidden.some((h) => h.contains(el)),
          `"${tab}" stays`,
        ).toBe(false);
    expect(hidden.some((h) => h.contains(doc.querySelector('[data-track-load=description_content]')))).toBe(
      false,
    );
  });
});
