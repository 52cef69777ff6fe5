import { describe, expect, it } from 'vitest';
import { answerSetting } from '@/lib/coach/problem/knowledge/answer-settings';
import { analyse, topThree } from '../../../support/statement';

/**
 * The answer is one value chosen as the largest or smallest that passes a monotone check
 * (knowledge/answer-settings.ts): read from how the ask is built, on statements written for these
 * tests, with the near misses the reading must leave alone.
 */

const read = (text: string) => answerSetting(text.toLowerCase());

describe('one setting, the largest or smallest that passes a check', () => {
  it('reads a setting held to a bound the rules name before the ask', () => {
    const setting = read(
      'You have n ropes and an integer k. You want at least k pieces of the same whole length. Return the longest length the pieces can have.',
    );
    expect(setting).toMatchObject({ way: 'most', form: 'threshold' });
    expect(setting?.phrase).toBe('the longest length the pieces can have');
  });

  it('reads a moment by which a count of a parameter is reached', () => {
    expect(
      read(
        'Oven i bakes a tray every t_i minutes. Print the first minute by which the ovens have baked m trays.',
      ),
    ).toMatchObject({ way: 'least', form: 'threshold' });
  });

  it('reads a chosen number kept under a total named by a letter', () => {
    expect(
      read(
        'Each job i takes ceil(w_i / x) rounds. Report the smallest x that keeps the total rounds no greater than r.',
      ),
    ).toMatchObject({ way: 'least', form: 'threshold' });
  });

  it('reads a setting every one of k named things must be served by', () => {
    expect(
      read(
        'A class of k pupils shares n cakes. Every pupil must get one slice and all slices are equal. Return the most cake one slice can hold under these rules.',
      ),
    ).toMatchObject({ way: 'most' });
  });

  it('reads the worst part pushed the other way, asked or told', () => {
    expect(
      read('Cut the planks into k runs in order. Print the smallest weight the heaviest run can have.'),
    ).toMatchObject({ way: 'least', form: 'minimax' });
    expect(
      read(
        'Open m kiosks on the plots so that the gap between the two nearest kiosks is maximized. Print that gap.',
      ),
    ).toMatchObject({ way: 'most', form: 'minimax', phrase: 'the gap between the two nearest kiosks' });
  });

  it('leaves a best total over choices to the table that builds it', () => {
    expect(
      read(
        'Night i costs c_i to guard. Find the smallest total cost such that no two nights in a row are unguarded.',
      ),
    ).toBeNull();
  });

  it('leaves a position in sorted data, a count of moves and the k-th of a list alone', () => {
    expect(
      read('The list s is sorted. For each x print the smallest position i such that s_i >= x.'),
    ).toBeNull();
    expect(read('Return the fewest moves needed so that at most k stones remain.')).toBeNull();
    expect(read('The heights are sorted. For each k report the k-th smallest height.')).toBeNull();
  });

  it('leaves an index the page writes as a subscript, while a bare letter stays a setting', () => {
    expect(
      read('For each i, print the maximum j such that 1 <= j < i and a_j > a_i, or 0 if none exists.'),
    ).toBeNull();
    expect(
      read('There are n jars and k bags. Print the largest x such that at least k bags hold x sweets.'),
    ).not.toBeNull();
  });

  it('leaves a check that is not monotone: a length that divides every board', () => {
    expect(
      read(
        'Saw every board into pieces of the same length x with nothing left over. Find the largest x such that this is possible.',
      ),
    ).toBeNull();
  });

  it('leaves the length of a run of the input to a window', () => {
    expect(
      read(
        'A subarray is a run of consecutive days. Return the largest number of days a subarray can have such that its rain is at most cap.',
      ),
    ).toBeNull();
  });

  it('leaves a worst part over one cell picked, or over pairs every item joins', () => {
    expect(
      read('Find a land cell whose distance to the closest water cell is as large as possible.'),
    ).toBeNull();
    expect(
      read(
        'The i-th box weighs w_i; t boxes go two per trolley. Pair them so that the heaviest load is as small as possible.',
      ),
    ).toBeNull();
  });
});

describe('the coach on a setting to search', () => {
  const rations = () =>
    analyse(
      'A choir of k singers is handed sweets from n jars; jar i holds jars[i] sweets. A bag is filled from one jar only. Every singer must get exactly one bag, and all bags must hold the same number of sweets. Return the most sweets one bag can hold under these rules.',
      ['1 <= n == jars.length <= 10^5', '1 <= jars[i] <= 10^7', '1 <= k <= 10^12'],
    );

  it('leads with a halving search over the answer and aims at O(n log A)', () => {
    const analysis = rations();
    expect(analysis.patterns[0]?.id).toBe('binary-search');
    expect(analysis.complexityTarget).toBe('O(n log A)');
  });

  it('names the page own answer and which guesses pass in the first hint', () => {
    const [nudge, , outline] = rations().hints.map((hint) => hint.text);
    expect(nudge).toContain('the most sweets one bag can hold');
    expect(nudge).toContain('every smaller value pass too');
    expect(outline).toContain('keep the upper half');
    expect(outline).toContain('the largest value that passes');
  });

  it('halves with a formula for a check when only a value is given', () => {
    const analysis = analyse(
      'Layer i of a stack holds i(i+1)/2 fruit. Given n, find the fewest layers a stack needs to hold at least n fruit.',
      ['1 <= n <= 10^18'],
    );
    expect(topThree(analysis)).toContain('binary-search');
    expect(analysis.complexityTarget).toBe('O(log n)');
  });
});
