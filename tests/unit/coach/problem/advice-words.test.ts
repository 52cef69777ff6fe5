import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { readLabelledPages } from '../../../support/problem-labels';

/*
 * The words a ladder is built from (stop 28): the page's own nouns for its items and its steps,
 * and the question it is aimed at. Each test runs its class over every labelled page.
 */

const pages = readLabelledPages();

describe('the nouns a ladder speaks of', () => {
  const context = (statement: string, constraints: string[]) => ({
    kind: 'problem' as const,
    site: 'leetcode' as const,
    url: 'https://leetcode.com/problems/made-up/',
    id: 'made-up',
    title: 'Made Up',
    statement,
    examples: [],
    constraints,
    tags: [],
    hints: [],
    source: 'dom' as const,
  });
  const ladder = (statement: string, constraints: string[]) =>
    analyzeProblem(context(statement, constraints), null)
      .hints.map((hint) => hint.text)
      .join(' ');

  it('are what an array’s entries belong to, where its name says nothing', () => {
    expect(
      ladder(
        'A port has n cranes. Crane i lifts at most cap[i] tonnes. Return how many cranes can lift a load of w tonnes.',
        ['1 <= cap.length <= 10^5', '1 <= cap[i], w <= 10^9'],
      ),
    ).toMatch(/\bcranes\b/);
    expect(
      ladder(
        'You are given the numbers code[] of the parcels posted today. Return the smallest number not among them.',
        ['1 <= code.length <= 10^5', '1 <= code[i] <= 10^9'],
      ),
    ).toMatch(/\bparcels\b/);
    expect(
      ladder(
        'Kiosks stand along a pier. int sales[kiosks]: the sales of each kiosk. Return how many kiosks sold more than every kiosk before them.',
        ['1 <= kiosks <= 10^5', '0 <= sales[i] <= 10^9'],
      ),
    ).toMatch(/\bkiosks\b/);
  });

  it('stay the values where the statement names only a unit of the input', () => {
    const hints = ladder(
      'A trader records the profit of each trading day in profit. Return the largest total profit of a run of days next to each other.',
      ['1 <= profit.length <= 10^5', '-10^4 <= profit[i] <= 10^4'],
    );
    expect(hints).not.toMatch(/\btradings?\b/);
  });

  it('on the labelled pages, are never values where a sentence gives the owner of the main list’s entries', () => {
    const stop =
      /^(?:position|index|element|entry|value|number|integer|item|step|query|day|night|hour|minute|second|time|which|where|that|each|every|from|with|and|the)$/;
    const owned = (prose: string) =>
      prose.split(/(?<=[.;:])\s+|\n+/).some((sentence) => {
        const match = /\b([a-z]{3,}) ([a-z])\b(?!\])[^.]*?\b[a-z]+\[\2\]/.exec(sentence);
        return !!match?.[1] && !stop.test(match[1]);
      });
    expect(
      pages
        .filter((page) => owned(page.prose) && page.analysis.patterns.length > 0)
        .filter((page) => page.analysis.hints.some((hint) => /\bvalues\b/.test(hint.text)))
        .filter((page) => /\b(?:up to|with) [\d^* ]+values\b/.test(page.analysis.hints[2]?.text ?? ''))
        .map((page) => page.name),
    ).toEqual([]);
  });
});

describe('the question a first hint is aimed at', () => {
  it('is never the answer for when there is none', () => {
    const fallback =
      /^To (?:find|decide|work out) (?:an? )?(?:empty|-1\b|0\b|false\b|null\b|none\b|nothing\b|"")/;
    const aimed = pages.filter((page) =>
      /^To (?:find|decide|work out) /.test(page.analysis.hints[0]?.text ?? ''),
    );
    expect(aimed.length).toBeGreaterThan(300);
    expect(
      aimed
        .filter((page) => fallback.test(page.analysis.hints[0]?.text ?? ''))
        .map((page) => `${page.name}: ${page.analysis.hints[0]?.text.slice(0, 60)}`),
    ).toEqual([]);
  });

  it('reads one answer asked for by its article "one"', () => {
    const hints = analyzeProblem(
      {
        kind: 'problem',
        site: 'leetcode',
        url: 'https://leetcode.com/problems/made-up/',
        id: 'made-up',
        title: 'Made Up',
        statement:
          'Tasks depend on each other; deps[i] = [a, b] means task a must finish before task b. Output one order of the tasks that respects every dependency. If the dependencies form a cycle, output an empty list.',
        examples: [],
        constraints: ['1 <= n <= 10^5', '0 <= deps.length <= 10^5'],
        tags: [],
        hints: [],
        source: 'dom',
      },
      null,
    ).hints;
    expect(hints[0]?.text).toMatch(/^To find one order of the tasks that respects every dependency: /);
  });
});

describe('a table over the last choice', () => {
  it('is laid over the steps the statement names: its days, posts, segments or hops', () => {
    const tables = pages.filter((page) =>
      /A table over \(\w+, last choice\)/.test(page.analysis.hints[1]?.text ?? ''),
    );
    expect(tables.length).toBeGreaterThanOrEqual(6);
    for (const page of tables) {
      const stage = /A table over \((\w+), last choice\)/.exec(page.analysis.hints[1]?.text ?? '')?.[1] ?? '';
      expect(page.prose, page.name).toMatch(new RegExp(`\\b${stage}s?\\b`));
    }
  });
});
