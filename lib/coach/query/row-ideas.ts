import { COUNT_WORD, type IdeaRule } from './idea-rule';

/**
 * Ideas about rows in an order: the next or previous row, a rank, the best or the n-th per group,
 * the first or last per entity, a running total, the top few. Most are window functions.
 */
export const ROW_IDEAS: readonly IdeaRule[] = [
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
];
