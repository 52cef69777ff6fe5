import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerSetting } from '@/lib/coach/problem/knowledge/answer-settings';
import { analyse } from '../../../support/statement';

/**
 * Two asks a halving search on the answer serves, built so that answer-settings.ts's earlier
 * readings miss them (knowledge/answer-budgets.ts): the worst of k parts named after the ask, and
 * the most units a shared budget pays for when each item uses its own amount per unit. Beside them
 * the near misses: only values bounded (a formula), and a rule that is itself the answer.
 */
const read = (text: string) => answerSetting(text.toLowerCase());

describe('the least load of the worst part, named after the ask', () => {
  it('reads the split and leads with a halving search in O(n log A)', () => {
    const statement =
      'A ferry line has n cars waiting in a queue, car i weighing w_i. The k ferries take the cars in queue order, each a non-empty run of consecutive cars, and every car boards exactly one ferry. Print the smallest possible weight carried by the most heavily loaded ferry.\n\nThe first line holds n and k; the second line holds w_1, ..., w_n.';
    expect(read(statement)).toMatchObject({ way: 'least', form: 'minimax' });
    const analysis = analyse(statement, ['1 <= k <= n <= 2 * 10^5', '1 <= w_i <= 10^9']);
    expect(analysis.patterns[0]?.id).toBe('binary-search');
    expect(analysis.complexityTarget).toBe('O(n log A)');
  });

  it('reads a worst part that is any superlative, not only the listed ones', () => {
    expect(
      read(
        'the n chores are shared among k helpers, each taking a block of consecutive chores. find the least number of minutes given to the busiest helper.',
      ),
    ).toMatchObject({ way: 'least', form: 'minimax' });
  });

  it('leaves a count of moves made to the worst part alone', () => {
    expect(
      read(
        'there are k stacks of n plates. print the minimum number of moves to make the tallest stack no taller than h.',
      ),
    ).toBeNull();
  });
});

describe('the most units a shared budget pays for', () => {
  it('reads a rate per unit for each item and one budget, however the most is asked', () => {
    const statement =
      'A zoo keeps n animals. Animal i has a_i kilograms of food in store and eats c_i kilograms every day. The keeper can buy at most K more kilograms in total and share them out as he likes. How many whole days can every animal be fed at most?\n\nThe first line holds n and K; the next lines hold a_1, ..., a_n and c_1, ..., c_n.';
    expect(read(statement)).toMatchObject({ way: 'most', form: 'threshold' });
    const analysis = analyse(statement, ['1 <= n <= 2 * 10^5', '0 <= K <= 10^9', '1 <= a_i, c_i <= 10^9']);
    expect(analysis.patterns[0]?.id).toBe('binary-search');
    expect(analysis.complexityTarget).toBe('O(n log A)');
    expect(analysis.hints[0]?.text).not.toMatch(/binary|halv/i);
  });

  it('reads one unit needing each item’s own amount', () => {
    expect(
      read(
        'one cake needs need[i] grams of ingredient i; the bakery has have[i] grams and may buy more at cost[i] a gram, spending at most budget coins. return the maximum number of cakes.',
      ),
    ).toMatchObject({ way: 'most', form: 'threshold' });
  });

  it('leaves pages where only values are bounded to a formula', () => {
    const analysis = analyse(
      'Chef has C candies and N children. In one round he gives exactly K candies to every child. Find the maximum number of complete rounds.\n\nThe only line holds C, N and K.',
      ['1 <= C <= 10^18', '1 <= N, K <= 10^9'],
    );
    expect(analysis.patterns[0]?.id).not.toBe('binary-search');
    expect(analysis.complexityTarget).toBe('O(1)');
  });

  it('reads any words around a rate and a budget without throwing', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            'uses',
            'c_i',
            'need[i]',
            'per',
            'hour',
            'one box needs',
            'at most',
            'k',
            'spare',
            'how many',
            'longest',
            'print',
            '?',
            '.',
          ),
          { maxLength: 30 },
        ),
        (words) => {
          const setting = read(words.join(' '));
          expect(setting === null || ['most', 'least'].includes(setting.way)).toBe(true);
        },
      ),
    );
  });
});
