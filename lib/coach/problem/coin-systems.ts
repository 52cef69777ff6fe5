import type { GreedyChoice } from './greedy-choices';
import type { TechniqueId } from './types';

/*
 * Coins of a system for which the largest coin that fits is always right, the fewest asked:
 *
 * - `powers`: worths 1, K, K^2, … (each dividing the next): the digits of the amount in base K.
 * - `canonical`: coins whose worths the statement itself lists ("coins worth 1, 2, 5, 10, 20, 50, 100 and 200
 * cents"), the fewest asked for an amount: whether taking the largest coin that fits is right
 * depends on the system, so the system is tested rather than guessed. A system is canonical when
 * the largest-first count equals the best count for every amount below the sum of its two largest
 * worths (a counterexample, if any, lies there: Kozen and Zaks). Worths given as input (A_i) are
 * any system at all, and the fewest coins are a DP over the amounts; they never reach this reading.
 */

export type CoinSystemShape = 'powers' | 'canonical';

/** Coins worth the powers of one base: K^i, powers of two. */
const POWERS =
  /\b(?:coins?|notes?|bills?|stamps?|weights?|denominations?)\b[^.]{0,80}\b(?:[a-z]\^[a-z]\b|powers? of (?:two|three|2|3|[a-z])\b)/;

/**
 * The worths written out in words: "coins worth 1, 2, 5 and 10 cents", "stamps of 1, 3 and 4".
 * Three or more: two numbers beside a coin word are more often an example than a system.
 */
const LISTED =
  /\b(?:coins?|notes?|bills?|stamps?|weights?|denominations?)\b[^.]{0,40}?\b((?:\d+ ?(?:cents?|yen|rupees?|dollars?|units?|grams?)?,? )+(?:and|or) \d+)\b/;

export function listedWorths(body: string): number[] | null {
  const worths = (body.match(LISTED)?.[1]?.match(/\d+/g) ?? []).map(Number);
  return worths.length >= 3 ? worths : null;
}

const FEWEST =
  /\b(?:minimum|fewest|least|smallest) (?:possible )?(?:total )?(?:number of )?(?:coins?|notes?|bills?|stamps?|weights?)\b|\bas few (?:coins?|notes?|bills?|stamps?|weights?) as\b/;
/** The question asks for the fewest coins (notes, stamps) that pay: what a coin system is read for. */
export const asksFewestCoins = (body: string) => FEWEST.test(body);
/** Amounts given one per item or query: the answer for each takes its own few steps. */
const MANY_AMOUNTS = /\b[a-z]+\[i\]|\b[a-z]+_i\b|\beach (?:query|amount|customer|request)\b/;
/** The largest worth the check runs up to: beyond it the system is read as any other. */
const LARGEST_CHECKED = 10_000;

function largestFirstCount(worths: readonly number[], amount: number): number {
  let left = amount;
  let count = 0;
  for (const worth of [...worths].reverse()) {
    count += Math.floor(left / worth);
    left %= worth;
  }
  return left === 0 ? count : Number.POSITIVE_INFINITY;
}

/** Whether the largest coin that fits first always pays with the fewest coins. */
export function canonical(worths: readonly number[]): boolean {
  const sorted = [...new Set(worths)].sort((a, b) => a - b);
  if (sorted[0] !== 1 || sorted.length < 2) return false;
  const top = (sorted.at(-1) ?? 0) + (sorted.at(-2) ?? 0);
  if (top > 2 * LARGEST_CHECKED) return false;
  const best = [0];
  for (let amount = 1; amount < top; amount++) {
    best[amount] = Math.min(...sorted.filter((w) => w <= amount).map((w) => (best[amount - w] ?? 0) + 1));
    if (largestFirstCount(sorted, amount) !== best[amount]) return false;
  }
  return true;
}

/** Reads a coin system the largest-first choice is right for, or null. */
export function readCoinSystem(body: string): GreedyChoice | null {
  if (!FEWEST.test(body)) return null;
  const powers = body.match(POWERS);
  if (powers) return { shape: 'powers', items: 'coins', partner: '', words: powers[0] };
  const listed = body.match(LISTED);
  const worths = listedWorths(body);
  if (!listed || !worths || !canonical(worths)) return null;
  return {
    shape: 'canonical',
    items: 'coins',
    partner: MANY_AMOUNTS.test(body) ? 'amounts' : 'amount',
    words: listed[0],
  };
}

export const COIN_SYSTEM_EVIDENCE: Record<
  CoinSystemShape,
  { methods: readonly [TechniqueId, number][]; why: string }
> = {
  powers: {
    methods: [
      ['greedy', 7],
      ['math', 3],
    ],
    why: 'each coin worth divides the next, so the largest that fits first is optimal: the count is the digit sum of the amount in that base',
  },
  canonical: {
    methods: [
      ['greedy', 7],
      ['math', 3],
    ],
    why: 'for these worths the largest coin that fits is never a mistake (checked on every amount below the two largest together, where a counterexample would show), so each amount is paid largest first',
  },
};

export function coinSystemFigure(choice: GreedyChoice): [big: string, why: string] {
  if (choice.shape === 'powers') return ['O(log n)', 'one step per digit of the amount in the base'];
  return choice.partner === 'amounts'
    ? ['O(n)', 'each amount takes one step per listed worth, a fixed few']
    : ['O(1)', 'one step per listed worth, a fixed few'];
}
