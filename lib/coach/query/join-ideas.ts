import type { IdeaRule } from './idea-rule';

/**
 * Ideas that relate rows of two tables, or of one table to itself: every combination, the rows with
 * no match or kept without one, a self-join, every item of a set, a plain join on the keys.
 */
export const JOIN_IDEAS: readonly IdeaRule[] = [
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
