/*
 * The traps database problems are known for, each worded as something to test. The ideas a problem
 * needs bring them in (see ideas.ts); an empty table is always worth one test.
 */

export const TRAPS = {
  'null-when-missing':
    'No such row: when {main} has too few different {measure} values the answer must be one row holding null, not an empty result. Test a single row, and every row with the same {measure}.',
  ties: 'Ties: equal {measure} values count as one place and every row holding them belongs in the answer. Test two rows sharing the value at the cut-off.',
  'small-group':
    'A {group} with fewer different {measure} values than the cut-off: all of its rows still belong. Test one.',
  'top-of-chain':
    'The top of the chain: the row whose pointer is null (the root, the head of the company) has no partner, so an inner self-join drops it and NOT IN over a column holding that null returns nothing. Test it.',
  duplicates:
    'Duplicates: test the same value or the same pair twice and check it is counted or listed once, as the page asks.',
  'left-join-null':
    'Rows with no match come back from a left join with null in every column of the other table: count a column of that table, not every row, and turn null into the 0 or default the page wants.',
  'on-vs-where':
    'Where the condition goes: on a left join, a test of the joined table in WHERE throws away the unmatched rows and turns it into an inner join; it belongs in ON.',
  'not-in-null':
    'A null in the other table: NOT IN over a column holding one null returns no rows at all. Test it, or use NOT EXISTS.',
  'integer-division':
    'Dividing two counts: some databases truncate integer division, so make one side a decimal, round only at the end to the places asked for, and test a bottom of zero.',
  'where-vs-having':
    'WHERE or HAVING: WHERE filters rows before grouping, HAVING filters groups after it; a condition on a count or total goes in HAVING.',
  'empty-group':
    'A group with no rows disappears after grouping: if the result must list it with 0, start from the table that has every group and left join the rest.',
  gaps: 'Gaps: ids or dates may skip (a deleted row, a day with no entry). Test a run broken by a missing step, and a value that repeats in two separate runs.',
  'missing-day':
    'A missing day: the day before may have no row at all, so compare dates by their difference, not rows by their order; test a gap of two days.',
  'month-edge':
    'Month and year edges: the day after 31 January is 1 February, so move dates with date arithmetic, never by adding to the day; test a period crossing a month end and the inclusive last day.',
  'first-per-entity':
    'First per {group}, not first overall: test two {groups} whose first dates differ, and a {group} with a single row.',
  'ties-order':
    "Ties in the order: say which row wins (the page's tie-breaker) and test two rows equal on the first key.",
  'null-compare':
    'Null in a condition: null is neither equal nor unequal to anything, so "not equal to 2" also has to keep the rows where the column is null. Test one.',
  'case-text':
    'Text: case, spaces and nulls change what a pattern or an equality matches; test an upper-case and a lower-case value.',
  cycle:
    'A cycle or a second root: data that points back at itself would walk forever, and a row whose pointer leads nowhere starts a tree of its own. Test both.',
  'type-change':
    'Changing a type: a fraction turned into a whole number is cut in some places and rounded in others, and a missing value may not convert at all. Test 2.7 and an empty value.',
  'row-order':
    'Row order: a table has no order of its own, so "the first rows" and "in the same order" hold only where an order is given. Test rows that arrive out of order.',
  'and-or':
    'And before or: without parentheses, "a or b and c" reads as "a or (b and c)". Test a row that meets only one of the conditions the page joins with or.',
  'same-table-update':
    'Changing the table you read: MySQL will not let a DELETE or UPDATE read its own table in a plain subquery; join the table to itself or wrap the subquery.',
} as const;

export type TrapId = keyof typeof TRAPS;

/** Traps of joining two tables: no use on a page with one table and no self-join. */
export const JOIN_TRAPS: ReadonlySet<TrapId> = new Set(['left-join-null', 'on-vs-where', 'not-in-null']);

export const EMPTY_TABLE =
  'An empty {main} table: the result should be empty, or a single null where the page asks for one value.';
