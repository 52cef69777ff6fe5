import type { Variable } from './constraints';
import { isElementValue } from './counts';
import type { Shape } from './shape';
import type { NameUsage } from './usage';

/*
 * Sizes the bounds name in words or through other names, read once every bound is known:
 * the sides of a given grid called rows and cols or height and width, a count that sizes an array
 * in a typed signature (`int visitors[branches]`), and a list's length bounded by another name
 * (`left.length <= len + 1`, `labels.length <= m * k`).
 */

/** The most items any input holds: a name bounded beyond it is a magnitude, never a side or a count. */
const MOST_ITEMS = 1e8;
const ROW_WORDS = /^(?:rows?|height|num_?rows|n_?rows)$/i;
const COLUMN_WORDS = /^(?:cols?|columns?|width|num_?cols|n_?cols)$/i;
/** A table indexed both ways (`map[r][c]`, `photo[y][x]`, `hall[rows][cols]`, `mat[][]`) or an example's list of rows. */
const TABLE = /\b[A-Za-z]\w*\[[A-Za-z]\w*\]\[[A-Za-z]\w*\]|\b[A-Za-z]\w*\[\]\[\]|= ?\[ ?\[|= ?\[ ?"/;

/** Whether the page gives a table, in its text or in an example's input. */
export function givesTable(text: string, examples: string): boolean {
  return TABLE.test(text) || TABLE.test(examples);
}
/** A list's length, however the page spells it. */
const LENGTH = /\.(?:length|size)(?:\(\))?$|^\|.+\|$|^len\(/i;

const named = (variables: readonly Variable[], name: string) =>
  variables.find((v) => v.names.some((own) => own.toLowerCase() === name.toLowerCase()));
const bounded = (v: Variable) => v.upper !== undefined && v.upper > 0 && v.upper <= MOST_ITEMS;

/**
 * "1 <= rows, cols <= 500" beside a table the page gives (`map[r][c]`, `picture = [[1,1],[1,0]]`):
 * the two words are the grid's sides. With no table given ("rows = 3, cols = 4" and a formula) they
 * stay numbers, which is why the caller asks first.
 */
export function markSideWords(variables: Variable[]): void {
  const side = (words: RegExp) =>
    variables.find(
      (v) =>
        (v.role === 'value' || v.role === 'size') && bounded(v) && v.names.some((name) => words.test(name)),
    );
  const rows = side(ROW_WORDS);
  const columns = side(COLUMN_WORDS);
  if (!rows || !columns || rows === columns) return;
  rows.role = 'dimension';
  columns.role = 'dimension';
}

/** "int visitors[branches]": a word that sizes an array in a typed signature counts its items. */
export function markDeclaredCounts(variables: Variable[], whole: string): void {
  for (const v of variables) {
    if (v.role !== 'value' || !bounded(v) || (v.lower ?? 0) < 0) continue;
    const declares = v.names.some(
      (name) =>
        /^[A-Za-z]\w+$/.test(name) &&
        new RegExp(
          String.raw`\b(?:int|long|short|double|float|bool|boolean|char|string|integer)\w*\s+[A-Za-z_]\w*\[${name}\]`,
          'i',
        ).test(whole),
    );
    if (declares) v.role = 'size';
  }
}

/**
 * A list's length bounded by another name takes that name's bound. Bounded by one value
 * (`0 <= left.length <= len + 1`), the value is what the input's size follows, so it is read as
 * the size; bounded by a product (`labels.length <= m * k`), the length is the size and its factors,
 * groups and their capacity, are no inputs of their own unless the page lists them.
 */
export function sizeByExpression(variables: Variable[], usage: NameUsage): void {
  for (const v of variables) {
    if (v.role !== 'size' || !v.names.some((name) => LENGTH.test(name))) continue;
    if (v.factors) {
      for (const factor of v.factors) {
        const other = named(variables, factor);
        if (other && other !== v && other.role === 'size' && !usage.listed.has(factor.toLowerCase()))
          other.role = 'value';
      }
      continue;
    }
    // A length with a number of its own (`1 <= piles.length <= 1000`, `piles.length <= h <= 10^6`)
    // is that size already; the name above it is a value it may not pass (h hours, one per pile).
    const by = v.boundedBy && v.upper === undefined ? named(variables, v.boundedBy) : undefined;
    if (by && by !== v && by.role === 'value' && bounded(by) && (by.lower ?? 0) >= 0 && !by.label)
      by.role = 'size';
  }
}

/**
 * A list or table the page hands over, whose length is there even when only the values in it are
 * bounded: an example's `= [` or `= {`, a name indexed like `x[i]`, or a structure of nodes handed
 * over by its head or root (a linked list, a tree). A quoted word alone (`day = "Monday"`) may be
 * one of a few choices, no text to read letter by letter, so it is not one.
 */
const GIVEN_LIST =
  /\b[a-z_]\w* = [[{]|\b[a-z]\w*\[[a-z]\w*\]|\blinked list\b|\b(?:binary |n-ary )?tree\b[^.]{0,80}\broot\b|\broot\b[^.]{0,80}\btree\b/;
/** A bounded name that is one item of a list (`nums[i]`, `a_i`, `T_{i,j}`, `node.val`). */
const ITEM_NAME = /\[[A-Za-z]\w*\]|_[a-z]{1,2}$|\.val$/;

/**
 * Whether the input holds a list, a text, a table or a graph rather than a fixed number of scalars:
 * an element bounded on its own, an item's size, or a list the examples or the statement show. Only
 * then can "only values are bounded" be wrong: the size is there, unstated.
 */
function givesCollection(variables: readonly Variable[], body: string): boolean {
  return (
    variables.some(
      (v) => v.role === 'item-size' || (v.role === 'value' && v.names.some((name) => ITEM_NAME.test(name))),
    ) || GIVEN_LIST.test(body)
  );
}

/**
 * The shape when no size is bounded. Bounds on elements only (arr[i][j] <= 100) mean an input whose
 * size is not stated; values beside a list whose length is never bounded leave the size unstated,
 * not absent; only a fixed number of scalars makes a problem bounded by values alone.
 */
export function unsized(known: readonly Variable[], variables: readonly Variable[], body: string): Shape {
  const scalars = known.filter((v) => v.role === 'value' && !isElementValue(v));
  if (scalars.length === 0) return { kind: 'unknown' };
  return givesCollection(variables, body)
    ? { kind: 'unknown', values: scalars }
    : { kind: 'values', values: scalars };
}

/** Whether a name is a factor of a list's bound (m or k of `labels.length <= m * k`): no amount a table runs over. */
export function isFactor(variables: readonly Variable[], v: Variable): boolean {
  return variables.some((s) =>
    s.factors?.some((f) => v.names.some((name) => name.toLowerCase() === f.toLowerCase())),
  );
}

/**
 * A count bounded by a size (k <= n) grows no input of its own, unless the page lists its items and
 * it may outgrow that size (M <= 2 * N orders beside N days): then it is a second list.
 */
export function outgrows(v: Variable, known: readonly Variable[], usage: NameUsage): boolean {
  const by = v.boundedBy ? named(known, v.boundedBy) : undefined;
  return (
    !!by &&
    v.names.some((name) => usage.listed.has(name.toLowerCase())) &&
    (v.upper ?? 0) > (by.upper ?? Number.POSITIVE_INFINITY)
  );
}
