import type { AnswerObject, AnswerSearch } from './answer-object';
import type { InputShape } from './shape';

/**
 * The standard figure of each search, and why, over n items. A search whose every find is written
 * out (`listed`) costs each find's n items as well.
 */
export function searchFigure(search: AnswerSearch, answer: AnswerObject, listed = false): [string, string] {
  const items = answer.items;
  if (search === 'factorials')
    return ['O(n)', `the orders of the ${items} counted by factorials built up to n once, modulo the prime`];
  if (search === 'subsets' && listed)
    return [
      'O(n * 2^n)',
      `each of the ${items} is in or out, and every chosen set found is written out item by item`,
    ];
  if (search === 'subsets')
    return answer.additive
      ? ['O(2^n)', `each of the ${items} is in or out, and the running total is carried down the choices`]
      : [
          'O(n * 2^n)',
          `each of the ${items} is in or out: every subset as a bitmask, each checked over its members`,
        ];
  if (search === 'orders') return ['O(n * n!)', `every order of the ${items}, built one item at a time`];
  if (search === 'placed')
    return [
      'O(n^2 * 2^n)',
      `a table over which ${items} are already placed and the last one, each extended by one more`,
    ];
  return [
    'O(n * sqrt(2^n))',
    `the subset totals of each half of the ${items} (2^(n/2) each), one half sorted and searched for what the other needs`,
  ];
}

/**
 * The input as a search over the answer's items counts it: one size, the items, whatever links or
 * letters the statement gives beside them (pairs that quarrel, the letters each pack holds).
 */
export function overItems(input: InputShape, answer: AnswerObject): InputShape {
  const { shape } = input;
  if (shape.kind === 'one' && shape.n.bound === answer.count) return input;
  return {
    ...input,
    shape: { kind: 'one', n: { letter: 'n', name: answer.name, bound: answer.count }, square: false },
  };
}
