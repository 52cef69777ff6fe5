import { COLUMN_IDEAS } from './column-ideas';
import type { TrapId } from './traps';

/*
 * The SQL ideas a database problem can need, each found from what its result asks for (the n-th
 * highest, per group, consecutive rows, each X with no Y, a ratio, a running total …), never from
 * one keyword of the schema. Each carries the words its hints are made of: a nudge that names no
 * construct, the approach, a step of the outline, and the traps and interviewer's questions it brings.
 * Templates speak of {main} (the first table), {other} (the second), {measure} (the column the ask
 * is about) and {group} (what the ask goes "for each" of).
 */

export interface IdeaRule {
  id: string;
  /** The constructs, as an interviewer names them. */
  name: string;
  /** What in the ask calls for it, the clearest wording first; the first match is quoted as the reason. */
  asks: RegExp | readonly RegExp[];
  /** Also called for by what the example's result shows (a null where a row has no match). */
  shownBy?: { output: RegExp; reason: string };
  /** Only with two tables or more (a join), or with a date column. */
  needs?: 'two-tables' | 'date-column';
  /** Ideas this one makes redundant when both match ("at least three times consecutively" is no HAVING). */
  overrides?: readonly string[];
  nudge: string;
  approach: string;
  step: string;
  traps: readonly TrapId[];
  question: string;
}

const COUNT_WORD = '(?:\\d+|two|three|four|five|six|seven|eight|nine|ten)';

export const IDEA_RULES: readonly IdeaRule[] = [
  {
    id: 'consecutive',
    name: 'Consecutive rows: LAG / LEAD, or a self-join on the next id; gaps-and-islands for runs',
    asks: /\b(?:consecutive(?:ly)?|in a row|streak|back-to-back)\b[^.]*/i,
    overrides: ['having', 'distinct'],
    nudge:
      'Looking at the rows of {main} in their order, how would you tell from one row alone whether it belongs to a run long enough to count?',
    approach:
      'Put each row beside the rows just before it (a lag of one and two, or the same table joined to itself on the next positions) and keep the rows where all of them agree; for runs of any length, number the rows and subtract a per-value numbering so each run gets one label.',
    step: 'line each row of {main} up with the rows just before it and keep those where the values agree',
    traps: ['gaps', 'duplicates'],
    question:
      'A lag over the whole of {main} sorts it once; a self-join on the next positions needs the key indexed. Which would you choose on a billion rows, and why?',
  },
  {
    id: 'rank',
    name: 'Ranking: DENSE_RANK, RANK or ROW_NUMBER (or a count of the values above)',
    asks: /\b(?:rank(?:ed|ing|s)?)\b[^.]*/i,
    overrides: ['order-limit', 'consecutive', 'distinct'],
    nudge:
      'When two rows of {main} have the same {measure}, what should their positions be, and what position comes next?',
    approach:
      'Give each row the position of its {measure} among the different values from the highest, equal values sharing a position and the next one following without a gap: a dense rank, or a count of the distinct values above it plus one.',
    step: 'give each row the dense position of its {measure} from the highest, equal values sharing it',
    traps: ['ties'],
    question:
      'A rank over all of {main} sorts the whole table; would an index on {measure} spare the sort, and how would you page through the ranking?',
  },
  {
    id: 'top-per-group',
    name: 'The best rows per group: DENSE_RANK over a partition, or a correlated subquery',
    asks: [
      new RegExp(`\\btop ${COUNT_WORD}\\b[^.]*`, 'i'),
      /\b(?:highest|lowest|largest|smallest|most|maximum|minimum)\b[^.]*\b(?:in|of|for|per) (?:each|every)\b[^.]*|\b(?:in|for) each\b[^.]*\b(?:highest|lowest|largest|smallest|most|maximum|minimum)\b[^.]*/i,
    ],
    needs: 'two-tables',
    overrides: ['nth-value', 'group-totals', 'distinct', 'join', 'order-limit'],
    nudge:
      'For one {group} on its own, which of its rows would you keep, and what happens to two people with the same {measure}?',
    approach:
      'Rank the rows within each {group} by {measure} from the highest, giving equal values the same rank and no gaps, then keep the ranks the page asks for; join {other} for its name.',
    step: 'rank the rows of each {group} by {measure}, equal values sharing a rank, keep the ranks asked for and join {other} for its name',
    traps: ['ties', 'small-group'],
    question:
      'The ranking sorts every {group} by {measure}: would an index on the {group} and {measure} columns together spare that sort, and how does it behave with one huge {group}?',
  },
  {
    id: 'nth-value',
    name: 'The n-th distinct value: DENSE_RANK, or DISTINCT with ORDER BY … LIMIT / OFFSET',
    asks: /\b(?:second|third|fourth|fifth|n-?th|nth|k-?th)[ -](?:highest|largest|lowest|smallest|most|least|biggest)\b[^.]*/i,
    overrides: ['distinct'],
    nudge:
      'If you wrote every different {measure} in {main} from the highest down, where would the answer sit, and what should come back when that place is empty?',
    approach:
      'Take the distinct {measure} values, order them from the highest, skip the ones above the asked place and keep one; select it from a subquery (or through an aggregate) so that a missing place gives one row holding null instead of no row at all.',
    step: 'take the distinct {measure} values of {main} from the highest, skip to the asked place and keep one value',
    traps: ['null-when-missing', 'ties'],
    question:
      'With an index on {measure} the database reads the values in order and stops after the few it needs; without one it sorts all of {main}. How would you check which happens?',
  },
  {
    id: 'cross-join',
    name: 'Every combination: CROSS JOIN, then LEFT JOIN the facts',
    asks: /\beach \w+ (?:attended|took|took part in|sat|in) each\b[^.]*|\bevery (?:pair|combination)\b[^.]*/i,
    needs: 'two-tables',
    overrides: ['join', 'outer-join'],
    nudge:
      'Should a pair of {main} and {other} with nothing recorded between them still have a row in the answer?',
    approach:
      'Build every pair first (each row of {main} with each row of {other}), then left join the recorded facts onto the pairs and count them, so a pair with none shows 0.',
    step: 'pair every row of {main} with every row of {other}, then left join the facts and count them',
    traps: ['left-join-null', 'empty-group'],
    question:
      'The pairs grow as the product of both tables: how large can that get, and how would you keep it in check?',
  },
  {
    id: 'anti-join',
    name: 'Rows with no match: LEFT JOIN … IS NULL, or NOT EXISTS',
    asks: /\b(?:never|did not|didn't|do not|does not|don't|doesn't|without (?:\w+ing )?(?:any|a|an)|have no|has no|had no|with no|not present|not in the|no longer|left the company|but did not|missing)\b[^.]*/i,
    needs: 'two-tables',
    overrides: ['join'],
    nudge:
      'For one row of {main}, what would you look for in {other} to know it belongs in the answer, and what does its absence look like?',
    approach:
      'Keep the rows of {main} that have no matching row in {other}: a left join on the linking column that keeps only the rows where the joined side came back empty, or a not-exists test against {other}.',
    step: 'match each row of {main} to {other} on the linking column and keep those with no match',
    traps: ['not-in-null', 'on-vs-where'],
    question:
      'NOT EXISTS, NOT IN and a left join with a null check: which becomes an anti-join in the plan, which breaks when the key can be null, and which index on {other} serves it?',
  },
  {
    id: 'outer-join',
    name: 'Keep rows without a match: LEFT JOIN, with COALESCE / IFNULL for the gaps',
    asks: /\b(?:(?:report|show|return) null|null instead|(?:as|return|show|report) (?:0|zero)|(?:0|zero) (?:if|for|when|instead)|(?:assumed to be|is) (?:0|zero)|(?:rate|value|count|total|average) (?:of|is) (?:0|zero)|including those|even if|if (?:the|a|an)? ?\w+ (?:of|for) (?:a|an|the)? ?\w+ is not present)\b[^.]*/i,
    shownBy: {
      output: /^\|.*\bnull\b.*\|$/im,
      reason: "The example's result keeps a row whose joined columns are null.",
    },
    needs: 'two-tables',
    overrides: ['join', 'anti-join'],
    nudge:
      'Does every row of {main} belong in the answer, even one with nothing to match in {other}? What should it show then?',
    approach:
      'Start from {main}, which must all appear, and left join {other} on the linking column; where nothing matched, the joined columns are null, so turn them into the default the page asks for.',
    step: 'start from every row of {main} and left join {other} on the linking column, turning the gaps into the default asked for',
    traps: ['left-join-null', 'on-vs-where'],
    question:
      'Which index serves the left join: the linking column of {other}, so each row of {main} finds its matches without scanning {other}? What does the plan look like without it?',
  },
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
    id: 'self-join',
    name: 'A table against itself: a self-join (employee to manager, row to row)',
    asks: /\b(?:managers?|reports? to|supervisor|referee|referred by|friends?|pairs? of|(?:is )?the parent of)\b[^.]*/i,
    nudge:
      'The answer compares two rows of {main} with each other: how would you see both of them side by side?',
    approach:
      'Join {main} to itself under two names, one for each role (a row and the row it points at: an employee and their manager, a node and its parent), linking the column that points at the other row; then compare the two sides.',
    step: 'join {main} to itself, one copy per role, on the column that points from one row to the other',
    traps: ['top-of-chain', 'duplicates'],
    question:
      'The self-join looks up one row of {main} per row: which index makes that a lookup rather than a scan, and what if the chain were many levels deep?',
  },
  {
    id: 'first-last',
    name: 'The first or last row per entity: MIN / MAX per group joined back, or ROW_NUMBER',
    asks: [
      /\b(?:first|earliest|latest|most recent|last)\s+(?:\w+\s+){0,3}?(?:log(?:ged)? ?in|login|order|orders|date|day|time|purchase|visit|price|transaction|entry|session|year|month)s?\b[^.]*/i,
      // What held on a given date: the last change on or before it.
      /\b(?:on|as of) (?:the date )?\d{4}-\d\d-\d\d\b[^.]*/i,
    ],
    nudge:
      'For one {group}, which of their rows is the one that matters, and how would you find it without looking at the others by hand?',
    approach:
      "Find each {group}'s first (or last) date with a minimum (or maximum) per {group}, then join that back to {main} to fetch the row on that date, or number each {group}'s rows by date and keep the first.",
    step: "find each {group}'s first or last date and fetch the row on that date",
    traps: ['first-per-entity'],
    question:
      'An index on the {group} and the date together serves both the minimum per {group} and the join back: what would the plan do without it?',
  },
  {
    id: 'previous-row',
    name: 'Compare with the previous row or day: LAG, or a self-join on the date difference',
    overrides: ['date-filter'],
    asks: /\b(?:previous (?:day|date|row|year|month|record)|yesterday|the day before|compared to (?:its|their|the) previous|than (?:its|their|the) previous|(?:day|date) after|next day|following day|improved|improvement|(?:but|and) later|increas(?:e|ed|ing) (?:from|over|compared))\b[^.]*/i,
    nudge:
      'To decide whether one row of {main} qualifies, which other row of {main} do you need to look at, and how do you find it?',
    approach:
      'Put each row beside the one it is compared with: the same table joined to itself where the dates differ by exactly one day, or a lag over the rows in date order; then keep the rows that pass the comparison.',
    step: 'pair each row of {main} with the row it is compared with, by a one-day date difference or a lag in date order',
    traps: ['missing-day', 'month-edge'],
    question:
      'A lag needs the rows sorted by date; a self-join needs an index on the date. On a table of years of readings, which would you pick and why?',
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
    id: 'running-total',
    name: 'Running totals and moving averages: SUM / AVG OVER (ORDER BY … ROWS BETWEEN …)',
    asks: /\b(?:running total|cumulative|rolling|moving average|so far|\d+-day|(?:seven|7|30)[- ]day|up to and including|without exceeding|can fit)\b[^.]*/i,
    overrides: ['ratio'],
    nudge:
      'For one day, which rows of {main} feed its figure, and how do those rows change from one day to the next?',
    approach:
      'Aggregate per day first, then let a window that runs in date order carry the running sum or the average over the last days asked for; drop the first days that have too few days behind them if the page says so.',
    step: 'total each day, then carry a running sum or average over the days before it in date order',
    traps: ['missing-day', 'month-edge'],
    question:
      'A window over the daily totals sorts them once: how does it compare with a self-join over every earlier day as the table grows?',
  },
  {
    id: 'division',
    name: 'Every item of a set: GROUP BY … HAVING COUNT(DISTINCT …) equal to the size of the set',
    asks: /\b(?:bought|purchased|ordered|took|taken|completed) (?:all|every)\b[^.]*/i,
    overrides: ['group-totals', 'having'],
    nudge: "How would you tell, from one {group}'s rows alone, that they cover every item there is?",
    approach:
      'Count the distinct items each {group} has, and keep the {groups} whose count equals the number of items in {other}.',
    step: 'count distinct items per {group} and keep those whose count equals the number of all items',
    traps: ['duplicates'],
    question: 'Which index lets the distinct count per {group} be read without sorting every row?',
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
    id: 'order-limit',
    name: 'Order with a tie-breaker: ORDER BY … LIMIT',
    asks: /\b(?:ordered (?:by|alphabetically)|comes? first|(?:in )?(?:descending|ascending) order|the largest number of)[^.]*/i,
    nudge: 'If two rows tie on what the page orders by, which one should come first?',
    approach:
      'Order by the key the page names and then by its tie-breaker, and take only as many rows as it asks for.',
    step: "order by the page's key and its tie-breaker and keep the rows asked for",
    traps: ['ties-order'],
    question:
      'With an index matching the order, the database can stop after the first rows; without it, it sorts them all. How would you tell from the plan?',
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
  ...COLUMN_IDEAS,
  {
    id: 'join',
    name: 'Join the tables on their keys: INNER JOIN',
    asks: /\b(?:from|in|of) (?:the )?(?:\w+ )?(?:and|with)\b[^.]*|\bfor each\b[^.]*/i,
    needs: 'two-tables',
    nudge: 'Which column of {other} tells you which row of {main} it belongs to?',
    approach:
      'Join {main} and {other} on the column that links them and take the columns the result asks for.',
    step: 'join {main} and {other} on the linking column',
    traps: ['duplicates'],
    question:
      'Which index serves the join: the linking column of {other}, so each row of {main} finds its matches without a scan?',
  },
];
