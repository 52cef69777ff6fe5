import type { TrapId } from './traps';
import type { QueryDialect } from './types';

/*
 * LeetCode's pandas problems declare DataFrames and no table, and are solved with pandas, never
 * SQL: the same ideas, named as pandas names them, with the traps pandas has and an interviewer's
 * questions about a frame in memory rather than a query plan.
 */

/** A page that declares DataFrames and no SQL table is a pandas problem; any other, SQL. */
export function dialectOf(statement: string): QueryDialect {
  const frames = /^\s*DataFrame\b:?\s*`?\w+/im.test(statement);
  const tables = /^\s*Table\b:?\s*`?\w+/im.test(statement) || /\b(?:SQL|MySQL) query\b/i.test(statement);
  return frames && !tables ? 'pandas' : 'sql';
}

/** Each idea's name in pandas, by the idea's id (ideas.ts and column-ideas.ts). */
export const PANDAS_NAMES: Readonly<Record<string, string>> = {
  consecutive:
    'Consecutive rows: shift to compare with the rows before; a running sum of changes labels each run',
  rank: 'Ranking: rank with method "dense", "min" or "first"',
  'top-per-group': 'The best rows per group: a dense rank within groupby, or sort_values then groupby().head',
  'nth-value':
    'The n-th distinct value: drop_duplicates and sort_values, then pick by position (None when missing)',
  'cross-join': 'Every combination: merge with how="cross", then a left merge of the facts',
  'anti-join': 'Rows with no match: ~isin, or a left merge with indicator=True keeping "left_only"',
  'outer-join': 'Keep rows without a match: merge with how="left", then fillna for the gaps',
  categories: 'Label rows by rule: numpy.select (or apply) with the conditions in order',
  'self-join': 'A frame against itself: merge it with itself (employee to manager, row to row)',
  'first-last':
    'The first or last row per entity: groupby().idxmin / idxmax, or sort_values then drop_duplicates',
  'previous-row': 'Compare with the previous row or day: sort_values, then shift within each group',
  ratio: 'A ratio or average: the mean of a boolean column over the right population, then round',
  'running-total': 'Running totals and moving averages: cumsum, or rolling(...).mean() over a sorted frame',
  division: 'Every item of a set: groupby().nunique() equal to the number of items',
  pivot: 'Reshape rows and columns: pivot or pivot_table for rows to columns, melt for columns to rows',
  having: 'A condition on a group: groupby().size() or agg, then a mask on the result (or groupby().filter)',
  'group-totals': 'Totals per group: groupby().agg with count, sum or mean',
  'date-filter': 'Date arithmetic: to_datetime, the .dt accessor, Timedelta, ranges on dates',
  distinct: 'Distinct values and duplicates: drop_duplicates, or duplicated(keep=False)',
  'order-limit': 'Order with a tie-breaker: sort_values on several columns, then head',
  text: 'String methods: .str.len, .str.startswith, .str.contains or .str.match, .str.upper / .str.lower',
  modify: 'Changing rows: drop them by a mask, or assign through loc',
  join: 'Join the frames on their keys: merge',
  hierarchy: 'A hierarchy of any depth: merge level by level until no new rows come',
  'missing-values': 'Missing values: isna / notna, dropna, and fillna for a default',
  'derived-columns': 'Computed columns: assign a column from the others, astype to change a type, rename',
  'whole-table': 'The frame as a whole: the DataFrame constructor, shape, head, concat',
  conditions:
    'Conditions on each row: a boolean mask joining conditions with & and |, each in parentheses, isna where a value can be missing',
  filter: 'Filter rows: a boolean mask (or loc) with the conditions the page states',
};

/** The traps whose SQL wording does not hold in pandas, as they bite there. */
export const PANDAS_TRAPS: Partial<Record<TrapId, string>> = {
  'null-compare':
    'Missing values in a condition: NaN and None are unequal to everything, so a mask "not equal to 2" keeps them while "equal to 2" drops them; decide which the page wants and test a missing value.',
  'left-join-null':
    'Rows with no match come back from a left merge with NaN in every column of the other frame: count a column of that frame, not the rows, and fill NaN with the 0 or default the page wants.',
  'on-vs-where':
    'Filter the other frame before a left merge, not the merged rows after it: a mask on its columns afterwards throws away the unmatched rows.',
  'not-in-null':
    'A missing value in the other frame: NaN never matches in isin or a merge key. Test a missing key on either side.',
  'integer-division':
    'Dividing two counts: round only at the end to the places asked for, and test a bottom of zero, which gives inf or NaN rather than an error.',
  'where-vs-having':
    'Rows or groups: a mask before groupby filters rows; a condition on a count or total filters the grouped result.',
  'same-table-update':
    'Changing the frame you read: assign through loc on the frame itself; chained indexing may change a copy and leave the frame as it was.',
  'type-change':
    'Changing a type: astype(int) cuts 2.7 to 2 and fails on a missing value; round first if the page means rounding, and test NaN.',
  'row-order':
    'Row order and the index: a sort, a groupby or a concat changes the order or repeats index labels; check both against the result the page shows.',
  'and-or':
    'Precedence in a mask: & and | bind tighter than ==, so every condition needs its own parentheses. Test a row that meets only one of them.',
};

export const PANDAS_EMPTY_TABLE =
  'An empty {main} frame: the result should be an empty frame with the columns the page asks for.';

/** What an interviewer asks about pandas code in place of a query plan. */
export const PANDAS_QUESTIONS: readonly string[] = [
  'As {main} grows to tens of millions of rows, which of your steps copies the whole frame, and how would you avoid it?',
  'Which step works row by row where an operation on whole columns would do, and what does that cost on a large frame?',
  'If {main} no longer fit in memory, how would you compute the same result: in chunks, or in the database it came from?',
];
