import type { Aids } from './aids';
import type { Question } from './costs';
import { EXHAUSTIVE, FEW, graphFigure } from './graph-figure';
import { MERGE_K_FIGURE, MERGES_K, onOne } from './one-input';
import type { PeriodsCounted } from './periods';
import type { Shape } from './shape';
import type { TechniqueId } from './types';
import type { ValueWorkKind } from './value-work';

/*
 * What each technique's standard solution costs on each shape of input, with the reason in its
 * own terms: the figures target.ts chooses among.
 */

export type Figure = [big: string, why: string];

/** A tour through every item, or a one-to-one assignment, of too few items to need more than a table over sets. */
export function overSets(asks: Question): Figure | null {
  if (asks.tour)
    return [
      'O(n^2 * 2^n)',
      'a table over (the set of items visited, the last one), each extended by one more item',
    ];
  if (asks.assignment)
    return [
      'O(n * 2^n)',
      'items matched one by one, a table over which partners are taken (a bitmask), each extended by one more partner',
    ];
  return null;
}

/** Methods that work on sorted input, so a sort ranked beside them is a step they need. */
const ORDERED_METHODS: readonly TechniqueId[] = [
  'sorting',
  'greedy',
  'two-pointers',
  'binary-search',
  'line-sweep',
  'dynamic-programming',
  'heap-priority-queue',
];

/** A linear pass's cost, and a pass with a sort or a heap, counted over the cells of an n x n board. */
const CELL_PASSES: Readonly<Record<string, string>> = { 'O(n)': 'O(n^2)', 'O(n log n)': 'O(n^2 log n)' };

/** What a design's calls look things up in: a map, or the words that name only the input. */
const MAPS: readonly TechniqueId[] = ['design', 'hash-table', 'string'];

/** A size that is the length of each item (`wordList[i].length`), not a count of its own. */
const PER_ITEM = /\[i\]|\beach\b/i;

/** The answer inverts a formula over the values that only grows with it: a halving search, each guess O(1). */
const INVERTED_FORMULA: Figure = [
  'O(log n)',
  'the answer is the least (or largest) value a formula accepts, and the formula only grows with it, so halve the range of answers: O(log n) guesses, each checked in O(1)',
];

/** What each way of computing the answer from a value costs (value-work.ts). */
const VALUE_WORK_FIGURES: Readonly<Record<ValueWorkKind, Figure>> = {
  closed: ['O(1)', 'a closed formula over the given values, whatever their size'],
  walk: ['O(log n)', 'a walk over the digits or bits of the value, or a halving of it (a gcd, a fast power)'],
  inverted: INVERTED_FORMULA,
  root: [
    'O(sqrt(n))',
    'divisors come in pairs d and n / d, so trying every d up to the square root finds them all',
  ],
};

/** Moments on any, exactly one or none of several periods: inclusion and exclusion over least common multiples. */
const PERIODS_FIGURES: Record<PeriodsCounted, Figure> = {
  any: [
    'O(log n)',
    'the moments on each period, less those on two at once (plus those on all three, where there are three), are divisions by least common multiples, each found from a gcd in a logarithmic number of steps',
  ],
  'exactly-one': [
    'O(log n)',
    'the moments on each period, less twice those on two at once (each overlap leaves both counts), are divisions by least common multiples, each found from a gcd in a logarithmic number of steps',
  ],
  none: [
    'O(log n)',
    "the bound less the moments on any period (each period's, less those on two at once), all divisions by least common multiples, each found from a gcd in a logarithmic number of steps",
  ],
};

/**
 * Rectangles asked about a grid of `cells`: running totals over every top-left block (or the
 * rectangles' corner marks, summed once) cost one pass over the cells, then O(1) per rectangle.
 */
const RECTANGLES = (cells: string): Figure => [
  `O(${cells} + q)`,
  'one pass over the cells builds the totals of every top-left block, then each rectangle is four of them added and subtracted (or marks its four corners, summed in one pass)',
];

export function figureFor(
  technique: TechniqueId | undefined,
  shape: Shape,
  asks: Question,
  aids: Aids,
): Figure {
  const id = technique ?? 'hash-table';
  const { sorts } = aids;
  switch (shape.kind) {
    case 'values':
      // Moves between values: every value up to the bound is a state the search may visit.
      if (id === 'breadth-first-search')
        return [
          'O(n)',
          'each value up to the bound is reached once, with a constant number of moves out of it',
        ];
      if (asks.valueWork?.over === 'periods') return PERIODS_FIGURES[asks.valueWork.counted ?? 'any'];
      if (asks.valueWork) return VALUE_WORK_FIGURES[asks.valueWork.kind];
      // A halving search among the likely methods, with nothing to search but a range of values,
      // halves that range: the first bad one of n, a guessed number, an integer square root.
      if (aids.search && !asks.arithmetic)
        return ['O(log n)', 'a halving search over the range of values, each guess ruling out half of it'];
      return asks.arithmetic || asks.halving ? VALUE_WORK_FIGURES.walk : VALUE_WORK_FIGURES.closed;
    case 'design': {
      const x = shape.n.letter;
      const each = shape.stream ? 'each operation' : 'each call';
      if (id === 'trie' || (aids.trie && MAPS.includes(id)))
        return [`O(${x})`, `${each} walks the word one letter at a time`];
      if (id === 'heap-priority-queue' && asks.kth)
        return ['O(log k)', 'a heap that never holds more than k items, each push and pop O(log k)'];
      if (['segment-tree', 'heap-priority-queue', 'binary-search', 'sorting', 'line-sweep'].includes(id))
        return [`O(log ${x})`, `${each} walks one path of a balanced structure`];
      // The calls cost what the slowest structure behind them costs: a heap or a halving search
      // ranked beside a map or the bare "design" (the highest price, the value at a timestamp)
      // makes the calls that read it O(log n). Behind a stack a heap is the slower alternative to
      // a running maximum. A halving search must rank right behind the leader: third, it is only
      // an echo of "latest" in a plain key-value store, whose calls are O(1). A question that asks
      // for the best of a changing set (the lowest free id, the median so far) needs the heap
      // whatever ranks it.
      if ((aids.heap || asks.bestOfChanging) && MAPS.includes(id))
        return [
          `O(log ${x})`,
          `a map finds each entry and a heap beside it keeps the best one, O(log ${x}) per push or pop`,
        ];
      // A value asked for as of a moment (the price at time t, a setting at a revision) is the last
      // entry at or before it among entries that arrive in order: a halving search, whatever ranks it.
      if (asks.asOf && MAPS.includes(id))
        return [
          `O(log ${x})`,
          "a map finds each key's entries, kept in the order they came, and a halving search picks the last one at or before the moment asked",
        ];
      if (aids.search && MAPS.includes(id))
        return [
          `O(log ${x})`,
          "a map finds each key's entries, kept in the order they came, and a halving search picks the one asked for",
        ];
      return ['O(1)', `${each} is a constant number of lookups and pointer changes (amortised)`];
    }
    case 'graph': {
      const [big, why] = graphFigure(id, shape, asks, aids);
      // Say which of the page's sizes each letter counts.
      return /\b[VE]\b/.test(big) ? [big, `${why} (V is ${shape.v.name}, E is ${shape.e.name})`] : [big, why];
    }
    case 'product': {
      const x = shape.other.letter;
      if (shape.words && id === 'breadth-first-search')
        return [
          'O(n * m^2)',
          'each of the n words is reached once; each of its m letters is changed in turn, and every candidate costs its m letters to build and look up in a hash set',
        ];
      // k sorted lists of up to m items each: every item passes once through a heap of the k heads.
      if (MERGES_K.includes(id) && asks.mergeK && !shape.grid) return MERGE_K_FIGURE;
      if (shape.grid && (id === 'shortest-path' || id === 'heap-priority-queue'))
        return [`O(n * ${x} log(n * ${x}))`, 'each cell taken from a priority queue once'];
      if (shape.grid && aids.sorted && !asks.kth && aids.halves) {
        if (asks.rowMajor && asks.lookup)
          return [`O(log(n * ${x}))`, 'read row after row the grid is one sorted list, so halve it'];
        return [
          `O(n + ${x})`,
          'a walk from a corner rules out a whole row or column at each step, along the line where the order turns',
        ];
      }
      if (shape.grid && shape.questions) return RECTANGLES(`n * ${x}`);
      if (shape.grid) return [`O(n * ${x})`, 'each cell is handled a constant number of times'];
      if (x === 'k')
        return [
          `O(n * ${x})`,
          `one state per item and amount, for n items${shape.n.name === 'n' ? '' : ` (${shape.n.name})`} and every total up to k${shape.other.name === 'k' ? '' : ` (${shape.other.name})`}`,
        ];
      if (id === 'dynamic-programming' && !PER_ITEM.test(shape.other.name))
        return [
          `O(n * ${x})`,
          'a table over every prefix of one sequence against every prefix of the other, each cell filled from its neighbours',
        ];
      return [`O(n * ${x})`, 'every character of every string (or every pair of positions) handled once'];
    }
    case 'add': {
      const x = shape.other.letter;
      // k sorted lists holding n items in all: each item passes once through a heap of the k heads.
      if (x === 'k' && MERGES_K.includes(id) && asks.mergeK) return MERGE_K_FIGURE;
      // A search over states (n words, n positions) whose moves the second size counts: each state
      // tries every move. Moves that change one letter of a word are read as n words of m letters
      // (shape/walks.ts), where each candidate costs its m letters.
      if (x === 'm' && id === 'breadth-first-search')
        return [
          'O(n * m)',
          PER_ITEM.test(shape.other.name)
            ? 'each of the n words is a state reached once; its moves change one of its m letters, and each short word is looked up whole'
            : 'each of the n states is reached once and tries each of the m moves out of it',
        ];
      // Two lists that arrive sorted are merged in one pass, each pointer crossing its own list.
      if (aids.sorted && x === 'm' && ['two-pointers', 'sorting', 'line-sweep', 'greedy'].includes(id))
        return [
          `O(n + ${x})`,
          'both lists arrive sorted, so one pointer walks each and they are merged in one pass',
        ];
      // A sort ranked behind a hash table or a scan is another way to the same answer (sort both
      // words, or count their letters), not a step the leader needs: only an ordered method pays for it.
      if (
        (sorts && !aids.sorted && ORDERED_METHODS.includes(id)) ||
        aids.tree ||
        ['segment-tree', 'binary-search', 'sorting', 'heap-priority-queue', 'line-sweep'].includes(id)
      )
        return [
          `O((n + ${x}) log n)`,
          x === 'k'
            ? 'each item enters the heap once and each of the k rounds takes the best one out, O(log n) each'
            : 'a logarithmic step (a sort, a search, a tree walk) for each item and each query',
        ];
      return [
        `O(n + ${x})`,
        x === 'q'
          ? 'one pass to prepare, then constant work per query'
          : `one pass over the n items to prepare, then constant work for each of the ${x} others`,
      ];
    }
    case 'one': {
      if (shape.square && shape.questions) return RECTANGLES('n^2');
      const figure = onOne(id, asks, aids, shape.square, shape.n.bound <= FEW);
      // An n x n board holds n^2 cells: a pass that touches each item once touches n^2 of them.
      const perCell = CELL_PASSES[figure[0]];
      return shape.square && perCell ? [perCell, `${figure[1]}, over all n^2 cells of the board`] : figure;
    }
    case 'unknown':
      return onOne(id, asks, aids, false, false);
  }
}

/**
 * An answer the question wants listed in order ("return them in increasing order", "sorted by id")
 * costs a sort the input never paid for, unless the input already arrives in that order.
 */
export function inOrder(figure: Figure, shape: Shape, asks: Question, aids: Aids): Figure {
  if (!asks.sortedOutput || aids.sorted || figure[0] !== 'O(n)') return figure;
  if (shape.kind !== 'one' && shape.kind !== 'unknown') return figure;
  return ['O(n log n)', `${figure[1]}, then the answer sorted into the order the question asks for`];
}

/**
 * Searches the question itself implies, whatever the leading guess names: the least value a check
 * accepts, where the check only gets easier as the value grows, is found by halving the range of
 * answers, each guess checked in one pass (O(n log A)); one peak, by halving toward the rise.
 */
export function impliedSearch(
  technique: TechniqueId | undefined,
  shape: Shape,
  asks: Question,
): Figure | null {
  if (EXHAUSTIVE.includes(technique)) return null;
  // Only values are given: the check of a guess is a formula over them, so the halving is all.
  const inverted = asks.valueWork
    ? asks.valueWork.kind === 'inverted'
    : asks.answerSearch && !asks.arithmetic;
  if (shape.kind === 'values' && inverted) return INVERTED_FORMULA;
  if (shape.kind !== 'one') return null;
  // One peak is found by halving too: the middle element and its neighbour say which side rises.
  if (asks.slope)
    return ['O(log n)', 'the middle element and its right neighbour say which half still holds a peak'];
  if (!asks.answerSearch) return null;
  return [
    'O(n log A)',
    'the answer is the least value a one-pass check accepts, and a larger value never fails it, so halve the range of answers: log A guesses (A the largest possible answer), each checked in O(n)',
  ];
}
