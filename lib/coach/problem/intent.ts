import { JUDGE_SITES, type ProblemContext, type SiteId } from '@/lib/extract/context';
import { SET_SEARCHES } from './aids';
import { BUDGET, formatBound } from './complexity';
import type { Question } from './costs';
import { complexityLimit, ladder, type Sized, totalSteps } from './limit';
import type { InputShape, Size } from './shape';
import type { TechniqueId } from './types';

/*
 * What the bounds say the setter intended. A contest judge sizes n for the intended solution:
 * n <= 20 for a search over subsets, n <= 500 for O(n^3), n <= 5000 for O(n^2), n near 10^5 for
 * a near-linear idea. Interview sites size n loosely (LeetCode's n <= 1000 often guards an O(n)
 * problem). On the labelled pages the expected figure sits within a log factor of the limit on 9
 * of 10 judge pages whose largest bound lies between 150 and 6000, and on under half of the
 * interview sites' pages in the same range, so only a judge's bounds set the bar, and only where
 * they are tight: a first problem's n <= 100 admits anything and says nothing.
 */

/**
 * A contest's opening task (Codeforces' A, AtCoder Beginner Contest's A and B) or a challenge the
 * site marks Easy: a warm-up whose n <= 1000 only keeps the input small. Its setter sized nothing
 * for a pass over pairs; on the labelled judge pages every such task with room for n^2 or more
 * expected one pass or a sort.
 */
const WARM_UP: Partial<Record<SiteId, RegExp>> = {
  codeforces: /^\d+A$/,
  atcoder: /^abc\d+_[ab]$/,
};

/**
 * Whether a page's setters size its bounds for the intended solution: the contest judges do, and
 * HackerRank's challenges mostly follow them; LeetCode, GeeksforGeeks and NeetCode bound n loosely,
 * and so does any site on a warm-up.
 */
export function sizesForIntent({
  site,
  id,
  difficulty,
}: Pick<ProblemContext, 'site' | 'id' | 'difficulty'>): boolean {
  if (!JUDGE_SITES.includes(site) && site !== 'hackerrank') return false;
  return difficulty !== 'Easy' && !WARM_UP[site]?.test(id);
}

export interface IntentInput {
  input: InputShape;
  limit: string;
  /** The leading technique's figure. */
  figure: string;
  asks: Question;
  /** Whether the site sizes its bounds for the intended solution (see sizesForIntent). */
  sizedLimits: boolean;
  /** The statement speaks of items (an array, a string, a graph), not only of a few numbers. */
  items?: boolean;
  /** The method the page points at clearly, when one does: its figure gives way only to pairs. */
  leader?: TechniqueId;
}

export interface Intended {
  target: string;
  reason: string;
}

/** A bound that leaves room for only a tenth of the budget's work is still sized, up to this slack. */
const SLACK = 50;
/** A slower rung this close to the budget was ruled out on purpose by the bounds. */
const NEAR_MISS = 100;
const EXPONENTIAL = /\^n\b|n!/;

/**
 * How tightly the bounds fit the limit's rung, for each test: `snug` when its work comes near the
 * budget (n <= 300 for n^3, n <= 2000 for n^2), `capped` when it is far under but the next slower
 * rung only just misses (n <= 1000: n^3 a mere 8 times over), `loose` otherwise (n <= 100, or many
 * tests of n <= 50 each: a first problem's bounds, where anything fits).
 */
export function tightness(input: InputShape, limit: string): 'snug' | 'capped' | 'loose' {
  const { shape } = input;
  if (shape.kind === 'values' || shape.kind === 'unknown') return 'loose';
  const rungs = ladder(shape as Sized);
  const slower = rungs[rungs.indexOf(limit) + 1];
  const one = { ...input, tests: 1 };
  if (totalSteps(limit, one) * SLACK >= BUDGET) return 'snug';
  const ruledOut = slower === undefined ? 0 : totalSteps(slower, one);
  return ruledOut > BUDGET && ruledOut <= BUDGET * NEAR_MISS ? 'capped' : 'loose';
}

const bounded = (size: Size) => `${size.name} <= ${formatBound(size.bound)}`;

/** The rung of a polynomial limit and what it counts, in the problem's own sizes. */
function polynomial(input: InputShape, limit: string, items: boolean): { size: string; what: string } | null {
  const { shape } = input;
  // A lone number's bound says how far the answer reaches, not which polynomial it was sized for.
  const lone = input.numbersOnly && !items;
  if (shape.kind === 'one' && !lone && (limit === 'O(n^2)' || limit === 'O(n^3)'))
    return {
      size: bounded(shape.n),
      what: limit === 'O(n^2)' ? 'work over every pair of items' : 'work over every range or triple of items',
    };
  if (shape.kind === 'add' && limit === `O(n * ${shape.other.letter})`) {
    const both = `both ${bounded(shape.n)} and ${bounded(shape.other)}`;
    return shape.other.letter === 'q'
      ? { size: both, what: 'a walk over the items for each query' }
      : { size: both, what: 'a table over both' };
  }
  return null;
}

/** A figure at most linear, up to a log factor, in the sizes it reads. */
function linear(figure: string, input: InputShape): boolean {
  const { shape } = input;
  const near = shape.kind === 'add' ? `O((n + ${shape.other.letter}) log n)` : 'O(n log n)';
  return totalSteps(figure, input) <= totalSteps(near, input);
}

/**
 * A polynomial bar from tight bounds on a judge, when the technique is a guess and its figure sits
 * below what the bounds were sized for. A clear method keeps its figure (n <= 5000 also guards many
 * a one-pass problem whose method the page names plainly), unless the question is about pairs of
 * items anywhere, its figure is one pass, and the bounds are snug for every pair: nobody bounds
 * n at 2000 for one pass over pairs they ask about.
 */
export function sizedIntent(intent: IntentInput): Intended | null {
  const { input, limit, figure, asks, sizedLimits, items = false, leader } = intent;
  if (!sizedLimits) return null;
  const rung = polynomial(input, limit, items);
  const fit = tightness(input, limit);
  if (!rung || fit === 'loose') return null;
  const at = (big: string) => totalSteps(big, input);
  if (at(figure) * 2 >= at(limit)) return null;
  const points = `${rung.size} ${input.shape.kind === 'add' ? 'point' : 'points'} at ${limit}, ${rung.what}`;
  const usual = linear(figure, input) ? 'a linear idea' : `an idea in ${figure}`;
  if (!leader)
    return {
      target: limit,
      reason: `No technique stands out in the statement, so the bar comes from its limits: ${points}; a judge sizes its bounds for the intended solution, and ${usual} would come with larger bounds.`,
    };
  const onePass =
    at(figure) <= at(input.shape.kind === 'add' ? `O(n + ${input.shape.other.letter})` : 'O(n)');
  // Orders of the n items counted by a table: a state is a prefix and the rank of its last item
  // among those placed, n^2 of them, which is what n <= 5000 was sized for.
  const rankedOrders = leader === 'dynamic-programming' && asks.orders;
  if (fit !== 'snug' || limit !== 'O(n^2)' || !(asks.pairwise || rankedOrders) || !onePass) return null;
  const about = asks.pairwise ? 'the question is about pairs' : 'the question counts orders of the items';
  return {
    target: limit,
    reason: `The page points at ${leader.replace(/-/g, ' ')} (${figure}), but ${about} and ${points}: a judge sizes its bounds for the intended solution, and one pass would come with larger bounds.`,
  };
}

/**
 * A bound small enough to try every subset, on any site, when the question is about choices
 * (choosesItems) or an n x n table that small: nobody bounds a matrix at 16 for a pass over its cells, so its pairs are the choices (who works with whom). A small n
 * alone is no search; a guess that already searches every subset agrees with the limits.
 */
export function subsetIntent({ input, limit, figure, asks }: IntentInput): Intended | null {
  if (input.shape.kind !== 'one') return null;
  const at = (big: string) => totalSteps(big, input);
  if (at(figure) >= at(limit)) return null;
  if (!EXPONENTIAL.test(limit) || /n!/.test(limit) || EXPONENTIAL.test(figure)) return null;
  if (!choosesItems(asks) && !input.shape.square) return null;
  // A tour pays between consecutive items, so its table also remembers the last one.
  const searches = asks.tour ? ['O(n^2 * 2^n)', 'O(n * 2^n)', 'O(2^n)'] : ['O(n * 2^n)', 'O(2^n)'];
  const search = searches.find((big) => at(big) <= Math.max(BUDGET, at(limit))) ?? limit;
  return {
    target: search,
    reason: `No technique stands out in the statement, so the bar comes from its limits: ${bounded(input.shape.n)} is small enough to try every subset, ${search}, and too large for every ordering.`,
  };
}

/** The question is about choices of the items: subsets, orders, splits, assignments, each taken or left. */
function choosesItems(asks: Question): boolean {
  return (
    asks.subsets ||
    asks.orders ||
    asks.pieces ||
    asks.tour ||
    asks.assignment ||
    asks.lists ||
    asks.takenOrLeft
  );
}

/**
 * The technique the sizes are read for when few items are chosen but the input also lists links
 * between them ("toppings u and v clash"): an unsure guess reads those as a graph's edges and
 * counts V^3, where the setter bounded the items at 20 for a search over every choice of them.
 * The items are then read as a search over them reads them, by the count alone.
 */
export function searchedBy(
  sizing: TechniqueId | undefined,
  sure: boolean,
  asks: Question,
  read: (technique: TechniqueId | undefined) => InputShape,
): TechniqueId | undefined {
  // A sure method keeps its reading, unless it is itself a search over sets (a DP over subsets).
  if (sure && !SET_SEARCHES.includes(sizing)) return sizing;
  if (!choosesItems(asks) || read(sizing).shape.kind !== 'graph') return sizing;
  const items = read('backtracking');
  const subsets = items.shape.kind === 'one' && /\^n\b/.test(complexityLimit(items).limit);
  return subsets ? 'backtracking' : sizing;
}

/** What the bounds point at, when they speak: a judge's polynomial first, then a subset search. */
export function intendedByBounds(intent: IntentInput): Intended | null {
  return sizedIntent(intent) ?? subsetIntent(intent);
}
