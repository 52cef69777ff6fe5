import { COLUMN_IDEAS } from './column-ideas';
import { COUNT_WORD, type IdeaRule } from './idea-rule';
import { JOIN_IDEAS } from './join-ideas';
import { ROW_IDEAS } from './row-ideas';

export type { IdeaRule } from './idea-rule';

/**
 * Ideas about groups and values: labels by rule, ratios, pivots, conditions on groups, totals per
 * group, dates, duplicates, text, and changing rows. The rest: row-ideas, join-ideas, column-ideas.
 */
const VALUE_IDEAS: readonly IdeaRule[] = [
  {
    id: 'categories',
    name: 'Label rows by rule: CASE WHEN',
    asks: /\b(?:categor(?:y|ies)|classif\w*|"(?:Yes|No|Root|Inner|Leaf|Low Salary)"|Yes or No|type of each|node type|one of the following for each|label|whether)\b[^.]*/i,
    nudge: 'Which rule decides the label of one row of {main}, and what about a row that fits none of them?',
    approach:
      'Give each row its label with a case expression checking the rules in order; if the result must show every label, even with zero rows, start from a list of the labels.',
    step: 'label each row with a case expression, rules checked in order',
    traps: ['empty-group'],
    question: 'Where does the rule live best, in the query or in a lookup table an index can serve?',
  },
  {
    id: 'ratio',
    name: 'A ratio or average: conditional aggregation (SUM / AVG of a condition) over the right denominator, then ROUND',
    asks: /\b(?:fraction|percentage|percent|ratio|proportion|(?:confirmation|cancellation|acceptance|conversion|success) rate|average|mean)\b[^.]*/i,
    nudge:
      'What exactly is counted above the line and what below it: rows, or different {groups}? What if the bottom is zero?',
    approach:
      'Count the qualifying cases with a sum or average of a yes-or-no condition, divide by the count of the right population (often the different {groups}, not rows), and round to the places asked for at the very end.',
    step: 'count the qualifying cases with a sum of a condition, divide by the right population and round at the end',
    traps: ['integer-division', 'left-join-null'],
    question:
      'Could you compute the numerator and the denominator in one pass over {main}, and which index lets the database avoid reading rows it does not need?',
  },
  {
    id: 'pivot',
    name: 'Reshape rows and columns: conditional aggregation to pivot, UNION ALL to unpivot',
    asks: /\b(?:pivot|reformat|rearrange|reshape|melt|each row represents|a column for each|one column (?:for|per)|each month's|per month|for each month|row for each|each (?:store|product|month) (?:as|in) a)\b[^.]*/i,
    nudge:
      'What would one finished row of the result look like, and which rows of {main} does each of its cells come from?',
    approach:
      'To turn rows into columns, group by the row key and pick each column with an aggregate of a condition on the category; to turn columns into rows, stack one select per column.',
    step: 'build each result column from an aggregate of a condition on the category, or stack one select per column',
    traps: ['left-join-null'],
    question:
      'A new category would need a new column: how would you keep the query from being edited for every new value?',
  },
  {
    id: 'having',
    name: 'A condition on a group: GROUP BY … HAVING',
    asks: new RegExp(
      `\\b(?:at least|more than|fewer than|less than|at most|exactly)\\s+${COUNT_WORD}\\s+(?:[a-z]+\\s+)?(?:times|different|distinct|[a-z]+s)\\b[^.]*|\\b(?:only once|exactly once|appears? once|single number|(?:in|to|with|has|have) (?:only|exactly) one \\w+)\\b[^.]*`,
      'i',
    ),
    overrides: ['group-totals'],
    nudge:
      'Is the condition about each row of {main} on its own, or about how many rows fall together under one value?',
    approach:
      'Group the rows by {group}, count (or total) each group, and keep only the groups that pass the threshold; the threshold tests the group, so it comes after the grouping.',
    step: 'group by {group}, count each group and keep those that pass the threshold',
    traps: ['where-vs-having', 'duplicates'],
    question:
      'Grouping all of {main}: does an index on the {group} column let the database stream the groups in order, or must it hash every row?',
  },
  {
    id: 'group-totals',
    name: 'Totals per group: GROUP BY with COUNT / SUM / AVG',
    asks: /\b(?:for each|by each|each|every|per)\b[^.]*\b(?:number of|count|total|sum|how many|distance|time spent|gain|loss)\b[^.]*|\b(?:number of|count of|total|sum of|how many|distance|time spent|gain\/loss)\b[^.]*\b(?:for each|by each|each|every|per)\b[^.]*/i,
    nudge: 'How many rows should the result have: one per what? And what does each of them add up?',
    approach:
      'Group the rows by {group} and compute the count or total each group needs; join first if the figures live in another table.',
    step: 'group the rows by {group} and compute each count or total',
    traps: ['empty-group', 'left-join-null'],
    question:
      'How does the grouping behave when {main} has millions of rows: which index, if any, spares a sort or hash of every row?',
  },
  {
    id: 'date-filter',
    name: 'Date arithmetic: DATE_ADD / DATEDIFF, DATE_FORMAT, ranges on dates',
    asks: /\b(?:in (?:the )?(?:year|month) \d{4}|in \d{4}|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|between \d{4}-\d\d-\d\d|\d+ days?|within \d+|month|quarter|week|day after|next day)\b[^.]*/i,
    needs: 'date-column',
    nudge: 'Which dates exactly fall inside the period the page means, counting both ends?',
    approach:
      "Write the period as a range on the date column (from its first day up to and including its last, or up to the next period's first day), and use date functions for day differences and month labels.",
    step: 'keep the dates inside the period with a range on the date column, both ends as the page says',
    traps: ['month-edge'],
    question:
      'A condition that wraps the date column in a function cannot use its index: how would you write the period so that it can?',
  },
  {
    id: 'distinct',
    name: 'Distinct values and duplicates: DISTINCT, or GROUP BY … HAVING COUNT(*) > 1',
    asks: /\b(?:duplicates?|distinct|unique|more than once|repeated)\b[^.]*/i,
    nudge: 'If the same value appears twice in {main}, should it appear once or twice in the answer?',
    approach:
      'Collapse equal values with a distinct selection, or group by the value and count to find those that repeat.',
    step: 'collapse equal values, or group by the value and keep those seen more than once',
    traps: ['duplicates'],
    question:
      'A distinct over a large table sorts or hashes every row: which index lets it read the values already in order?',
  },
  {
    id: 'text',
    name: 'String functions: LENGTH, SUBSTRING, LIKE or REGEXP, UPPER / LOWER, CONCAT',
    asks: /\b(?:length|number of characters|starts? with|ends? with|vowels?|first letter|capitali[sz]\w*|upper ?case|lower ?case|(?:in)?valid (?:e-?mail|ip|ipv4|ipv6|serial|phone|postal|zip)\w*(?: (?:addresse|number|code)s?)?|pattern|transform(?:s|ed)? the text|contains? the (?:letter|string|word))\b[^.]*/i,
    nudge: 'What exactly makes a value of {measure} qualify, letter by letter?',
    approach:
      'Test the text with the string functions the condition needs (its length, its first or last letters, a pattern match), minding case.',
    step: 'work out the length or the letters of each value with the string functions the page needs',
    traps: ['case-text', 'ties-order'],
    question:
      'A pattern that starts with a wildcard cannot use an index on {measure}: how would you make the search fast on a large table?',
  },
  {
    id: 'modify',
    name: 'Changing rows: DELETE with a self-join, UPDATE with CASE',
    asks: /\b(?:delete|swap|update statement|single update)\b[^.]*/i,
    nudge: 'Which rows of {main} must change or go, and how would you point at exactly those?',
    approach:
      'Name the rows to change by comparing {main} with itself (or with a condition), then change them in one statement; for a swap, a case expression flips each value.',
    step: 'name the rows to change by comparing {main} with itself, then change them in one statement',
    traps: ['same-table-update', 'duplicates'],
    question:
      'How would you run this change on a live table of millions of rows without locking it for minutes?',
  },
];

const BY_ID = new Map(
  [...ROW_IDEAS, ...JOIN_IDEAS, ...VALUE_IDEAS, ...COLUMN_IDEAS].map((rule) => [rule.id, rule]),
);

/**
 * Which idea comes first when several match: the coach keeps the first few and leads with the
 * first, so the most particular ask (consecutive rows, a rank) stands before the general (a plain join).
 */
const PRIORITY: readonly string[] = [
  'consecutive',
  'rank',
  'top-per-group',
  'nth-value',
  'cross-join',
  'anti-join',
  'outer-join',
  'categories',
  'self-join',
  'first-last',
  'previous-row',
  'ratio',
  'running-total',
  'division',
  'pivot',
  'having',
  'group-totals',
  'date-filter',
  'distinct',
  'order-limit',
  'text',
  'modify',
  ...COLUMN_IDEAS.map((rule) => rule.id),
  'join',
];

export const IDEA_RULES: readonly IdeaRule[] = PRIORITY.map((id) => {
  const rule = BY_ID.get(id);
  if (!rule) throw new Error(`No SQL idea is declared with id ${id}`);
  return rule;
});
if (new Set(PRIORITY).size !== PRIORITY.length || PRIORITY.length !== BY_ID.size)
  throw new Error('Every SQL idea needs one place in PRIORITY');
