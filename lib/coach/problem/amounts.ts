import type { Variable } from './constraints';
import { isElementValue } from './counts';

/*
 * Which scalar value a DP runs over as a dimension of its table. A setter who means a table over
 * every amount up to X bounds the items' own values by X ("1 <= w_i <= W") or as far as X
 * ("1 <= coins[i] <= 5000", "1 <= fare <= 5000"): the items are pieces of the amount, so their sums
 * fill every amount from 0 to X. A value the items never add up to (a budget of 10^5 beside step
 * costs of at most 100) is compared with the answer once and is no dimension, whatever it is called.
 */

const sameName = (v: Variable, name: string | undefined) =>
  !!name && v.names.some((own) => own.toLowerCase() === name.toLowerCase());

/** An element's value the scalar bounds (`w_i <= W`), or that reaches just as far; a piece of zero makes no amount. */
function isPieceOf(piece: Variable, amount: Variable): boolean {
  if (piece === amount || !isElementValue(piece) || (piece.lower ?? 0) < 1) return false;
  return sameName(amount, piece.boundedBy) || (piece.upper !== undefined && piece.upper === amount.upper);
}

export const escapeRegExp = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The question asks the chosen items to reach the scalar, or to fit a container it sizes: "add up to
 * exactly amount", "make up target", "a capacity W", "bags holding at least target kilograms".
 */
function isReachedTotal(amount: Variable, body: string): boolean {
  return amount.names.some((name) =>
    new RegExp(
      `\\b(?:add(?:s|ing)? up to|sums? (?:up )?to|totals?|make(?:s)? up|reach(?:es)?|capacity|holds?|holding|carry|carries|fits? in|fill) (?:of |up to )?(?:exactly |precisely |at most |at least )?(?:the )?${escapeRegExp(name.toLowerCase())}\\b`,
    ).test(body),
  );
}

/** The items' values are pieces of this scalar: a DP over amounts fills every total up to it. */
export function isAmountOfPieces(amount: Variable, variables: readonly Variable[], body: string): boolean {
  if (amount.role !== 'value' || isElementValue(amount)) return false;
  return variables.some((piece) => isPieceOf(piece, amount)) || isReachedTotal(amount, body);
}

/** The most values an item can take for a DP to keep one state per value beside its position. */
const FEW_ITEM_VALUES = 1000;

/**
 * The range the items' values are drawn from, named and small ("1 <= m <= 100", "0 <= h_i <= m"):
 * a DP that counts or scores fillings of the sequence keeps one state per value at each position,
 * so the range is a second size of its table (n * m), not a magnitude compared once.
 */
export function isRangeOfItemValues(range: Variable, variables: readonly Variable[]): boolean {
  if (range.role !== 'value' || range.goal || (range.upper ?? Number.POSITIVE_INFINITY) > FEW_ITEM_VALUES)
    return false;
  return variables.some((item) => item !== range && isElementValue(item) && sameName(range, item.boundedBy));
}
