import { COIN_SYSTEM_EVIDENCE, coinSystemFigure } from './coin-systems';
import { EITHER_WAY_EVIDENCE, eitherWayFigure } from './either-way';
import { EXCHANGE_ORDER_EVIDENCE, exchangeOrderFigure } from './exchange-orders';
import type { GreedyChoice, GreedyChoiceShape } from './greedy-choices';
import { GREEDY_SWEEP_EVIDENCE, greedySweepFigure } from './greedy-sweeps';
import type { TechniqueId } from './types';

/*
 * What each greedy shape greedy-choices.ts reads is solved with, and what its walk costs: the
 * evidence technique-signals.ts ranks and the figure pairings.ts gives the target.
 */

/** What each shape is solved with, the deciding idea first, and why. */
export const GREEDY_CHOICE_EVIDENCE: Record<
  GreedyChoiceShape,
  { methods: readonly [TechniqueId, number][]; why: string }
> = {
  apart: {
    methods: [
      ['greedy', 7],
      ['sorting', 3.5],
    ],
    why: 'no two kept spans may clash and all count the same: sorted by end, keeping every span that starts after the last kept end is never worse',
  },
  stab: {
    methods: [
      ['greedy', 7],
      ['sorting', 3.5],
    ],
    why: 'every span must hold a chosen point: sorted by end, a point at the end of the first span not yet hit serves the most that follow',
  },
  pieces: {
    methods: [
      ['greedy', 7],
      ['sorting', 3.5],
    ],
    why: 'points covered by pieces of one length placed anywhere: sorted, the leftmost point still uncovered must be under some piece, and one starting exactly there reaches furthest',
  },
  cover: {
    methods: [
      ['greedy', 7],
      ['sorting', 3.5],
    ],
    why: 'the whole line must be covered: from the point covered so far, the span reaching furthest among those starting within it is never worse',
  },
  refuel: {
    methods: [
      ['greedy', 7],
      ['heap-priority-queue', 2.5],
    ],
    why: 'stop only when forced, and then at the best stop already passed: a max-heap of the stops passed gives it',
  },
  deadlines: {
    methods: [
      ['greedy', 7],
      ['heap-priority-queue', 3.5],
      ['sorting', 3],
    ],
    why: 'jobs each due by their own time, the most finished: by due time, and when the clock passes one, dropping the longest taken (a max-heap) frees the most time',
  },
  fraction: {
    methods: [
      ['greedy', 7],
      ['sorting', 3.5],
    ],
    why: 'goods may be split, so a unit of the best worth per unit is never worse to take: sort by that ratio and fill',
  },
  cheapest: {
    methods: [['greedy', 7]],
    why: 'the container holds any amount and what is bought keeps, so every unit needed ahead is best bought at the cheapest stop passed so far: carry the running minimum price, no sort',
  },
  ...COIN_SYSTEM_EVIDENCE,
  ...EXCHANGE_ORDER_EVIDENCE,
  ...GREEDY_SWEEP_EVIDENCE,
  ...EITHER_WAY_EVIDENCE,
  merge: {
    methods: [
      ['heap-priority-queue', 7],
      ['greedy', 3.5],
    ],
    why: 'any two may be joined and each join costs their sum, so the smallest are best joined first (every later join pays for them again): a min-heap gives the two smallest each time',
  },
  regret: {
    methods: [
      ['heap-priority-queue', 7],
      ['greedy', 3.5],
    ],
    why: 'each one met is taken or passed, and the running amount may never fall below zero: take every one, and when the amount goes negative give back the worst loss taken so far, which a min-heap of the losses keeps on top',
  },
};

/** The cost of the greedy walk each shape is decided by, and why. */
export function greedyChoiceFigure(choice: GreedyChoice, sorted = false): [big: string, why: string] {
  switch (choice.shape) {
    case 'apart':
    case 'stab':
      if (sorted) return ['O(n)', 'the spans come in order, so one pass keeps or places greedily'];
      return ['O(n log n)', 'sort the spans by end once, then one pass keeps or places greedily'];
    case 'pieces':
      if (sorted)
        return ['O(n)', 'the points come in order, so one pass starts a piece at each uncovered point'];
      return ['O(n log n)', 'sort the points once, then one pass starts a piece at each uncovered point'];
    case 'cover':
      if (sorted)
        return [
          'O(n)',
          'the spans come in order, so one pass extends the covered stretch as far as it reaches',
        ];
      return [
        'O(n log n)',
        'sort the spans by start once, then one pass extends the covered stretch as far as it reaches',
      ];
    case 'refuel':
    case 'deadlines':
      return ['O(n log n)', 'each item enters and leaves the heap at most once'];
    case 'merge':
      return [
        'O(n log n)',
        'n - 1 joins, each taking the two smallest from a min-heap and pushing their sum, O(log n)',
      ];
    case 'regret':
      return [
        'O(n log n)',
        'each item taken enters the heap once and is given back at most once, O(log n) each',
      ];
    case 'fraction':
      return ['O(n log n)', 'sort by worth per unit once, then one pass fills'];
    case 'cheapest':
      return ['O(n)', 'one pass keeps the cheapest price so far and pays each need at it'];
    case 'powers':
    case 'canonical':
      return coinSystemFigure(choice);
    case 'quickest':
    case 'ratio':
    case 'due':
      return exchangeOrderFigure(choice.shape);
    case 'shifted':
    case 'halves':
    case 'sides':
      return eitherWayFigure(choice.shape, sorted || !!choice.inOrder);
    default:
      return greedySweepFigure(choice.shape);
  }
}
