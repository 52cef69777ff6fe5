import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { nameDefinedTerms } from '@/lib/coach/problem/terms';
import type { ProblemContext } from '@/lib/extract/context';

function page(statement: string, constraints: string[]): ProblemContext {
  return {
    kind: 'problem',
    site: 'codeforces',
    url: 'https://codeforces.com/problemset/problem/1/A',
    id: '1A',
    title: 'A Story',
    statement,
    examples: [],
    constraints,
    tags: [],
    hints: [],
    source: 'dom',
  };
}

const ids = (statement: string, constraints: string[]) =>
  analyzeProblem(page(statement, constraints)).patterns.map((p) => p.id);

const glossed = (statement: string) => nameDefinedTerms([statement])[0] ?? '';

describe('a stretch the story defines by its two ends', () => {
  it('is named a subarray, and the name the story gives it is read as one', () => {
    const walk = glossed(
      'A ferry log lists the net passengers of each crossing. A shift starts at one crossing and ends at a later crossing, covering every crossing between them. Count the shifts that carry exactly k passengers in total.',
    );
    expect(walk).toContain('(it is a subarray)');
    expect(walk).toMatch(/between them \(it is a subarray\)\. Count the subarrays that carry/);
    expect(glossed('A season runs over the months a, a+1, ..., b of the year.')).toContain(
      '(it is a subarray)',
    );
    expect(
      glossed(
        'Riders stand one after another in a line; the guide picks everyone from the i-th rider to the j-th rider.',
      ),
    ).toContain('(it is a subarray)');
    expect(glossed('The river is cut into two stretches of neighbouring reaches.')).toContain(
      '(it is a subarray)',
    );
  });

  it('leaves a trip between two places, or a start and a later end with nothing between, alone', () => {
    expect(
      glossed('A flight goes from city a to city b, and some flights start later than others.'),
    ).not.toContain('it is a');
    expect(glossed('Each task starts at time s_i and ends later, at time e_i.')).not.toContain('it is a');
  });

  it('reads any unit and any letters the setter picks', () => {
    const word = fc.constantFrom('hour', 'board', 'marker', 'stall', 'lap', 'reading');
    const letter = fc.constantFrom('a', 'l', 'i', 'p', 's');
    fc.assert(
      fc.property(word, word, letter, letter, (noun, unit, from, to) => {
        const byEnds = `A ${noun} starts at one ${unit} and ends at a later ${unit}, with every ${unit} in between included.`;
        expect(glossed(byEnds)).toContain('(it is a subarray)');
        const written = `Take the ${unit}s ${from}, ${from}+1, ..., ${to} of the row.`;
        expect(glossed(written)).toContain('(it is a subarray)');
        // A gloss only adds words: nothing the setter wrote is lost.
        expect(glossed(written).replace(' (it is a subarray)', '')).toBe(written);
      }),
    );
  });
});

describe('a stretch asked of by its total', () => {
  it('reads running totals looked up in a map, however the total is worded', () => {
    const exact = ids(
      'A cashier writes down the balance of each hour, h_i coins, negative for a loss. A shift starts at one hour and ends at the same hour or a later one, and includes every hour in between. Print the number of shifts whose balances over all their hours come to exactly s coins.',
      ['1 <= n <= 2 * 10^5', '-10^9 <= h_i <= 10^9'],
    );
    expect(exact[0]).toBe('prefix-sum');
    expect(exact.slice(0, 3)).toContain('hash-table');
    const multiple = ids(
      'A quarry ships n loads in order; load i weighs w_i tonnes. The crane handles a block of at least two back-to-back loads when their weights together come to a multiple of k. Is there such a block?',
      ['1 <= n <= 10^5', '0 <= w_i <= 10^9', '1 <= k <= 10^9'],
    );
    expect(multiple[0]).toBe('prefix-sum');
  });

  it('counts the cuts of a row into pieces of equal totals as cut points, not as a DP over ways', () => {
    const cut = ids(
      'A shelf holds n jars in a row, jar i holding a_i grams of honey. The shelf will be cut once, between two neighbouring jars, into two non-empty pieces, and the two pieces must hold the same total of honey. In how many ways can the shelf be cut?',
      ['1 <= n <= 10^5', '0 <= a_i <= 10^9'],
    );
    expect(cut[0]).toBe('prefix-sum');
    expect(cut[0]).not.toBe('dynamic-programming');
  });

  it('keeps pieces that are not a stretch, and stretches judged by a bound, with their own methods', () => {
    const weights = ids(
      'A grocer owns weights of n different masses c_1, ..., c_n grams, as many of each as he likes. He puts pieces on the pan whose masses add up to exactly x grams. Print the fewest pieces, or -1.',
      ['1 <= n <= 100', '1 <= x <= 10^5', '1 <= c_i <= 10^5'],
    );
    expect(weights[0]).not.toBe('prefix-sum');
    const bounded = ids(
      'A shelter received gifts[i] dollars on day i, and every day brought at least one dollar. Return the smallest number of days in a row whose gifts together reach at least goal dollars, or 0 if all the days together fall short.',
      ['1 <= gifts.length <= 10^5', '1 <= gifts[i] <= 10^4', '1 <= goal <= 10^9'],
    );
    // A total held at or above a bound is no exact total: nothing here looks a running total up.
    expect(bounded[0]).not.toBe('prefix-sum');
  });
});

describe('hints for a stretch with a total', () => {
  const hints = (statement: string, constraints: string[]) =>
    analyzeProblem(page(statement, constraints)).hints.map((h) => h.text);

  it('speak of remainders for a multiple, first places for the longest, and never name the method at level 1', () => {
    const remainder = hints(
      'A farmer notes the stock change s_i of each day. A period starts on some day, ends on the same day or a later one, and includes every day in between. Count the periods whose stock changes add up to a multiple of k.',
      ['1 <= n <= 10^5', '-10^4 <= s_i <= 10^4', '2 <= k <= 10^4'],
    );
    expect(remainder.join(' ')).toMatch(/remainder/);
    expect(remainder[0]).not.toMatch(/prefix|running total|hash|map/i);
    const longest = hints(
      'A tour runs from some day a to some day b >= a and includes all days a, a+1, ..., b. The daily balance of day i is x_i. Find the largest number of days of a tour whose balances over all its days come to exactly s.',
      ['1 <= n <= 2 * 10^5', '-10^4 <= x_i <= 10^4'],
    );
    expect(longest.join(' ')).toMatch(/first place/);
    expect(longest[0]).not.toMatch(/prefix|running total|hash|map/i);
  });
});
