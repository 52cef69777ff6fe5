import type { CodingStage } from './names';

/*
 * A mock round on a SQL problem. An interviewer asking for a query does not ask for a brute force
 * and its big-O: they ask which tables it reads and how they join, what a row of the result stands
 * for, how it groups, and what it does with NULLs, missing rows, duplicates and ties. The stages
 * keep their place and their share of the clock; these are the ones whose words change.
 */

/** What the stages below replace: the same fields as a stage of the algorithm round. */
export interface QueryStageWords {
  title: string;
  opening: string;
  listensFor: readonly string[];
}

export const QUERY_STAGES: Partial<Record<CodingStage, QueryStageWords>> = {
  approach: {
    title: 'Plan the query',
    opening:
      'Before you write it: which tables do you need and how do they join, what does one row of the result stand for, and how does it group? Tell me what happens to NULLs, rows with no match and ties.',
    listensFor: [
      'The tables and the columns that link them, and whether a row with no match must still appear (inner or outer join).',
      'What one row of the result stands for, and the grouping that gives it: GROUP BY on what, a condition in WHERE or in HAVING.',
      'What NULLs do to the comparisons, counts and averages the result uses.',
      'Ties and duplicates: whether two rows can share the best value, and which the page wants kept.',
    ],
  },
  code: {
    title: 'Write the query',
    opening:
      "That plan works. Write the query in the editor and talk me through each part as you go. Tell me when you're done.",
    listensFor: [
      'The plan you agreed, built in steps: a subquery or a CTE named for what it holds.',
      'Aliases that say which table a column comes from.',
      'Exactly the columns the result asks for, in its order and with its names.',
      'Saying so when a step changes the plan, such as a join that could multiply rows.',
    ],
  },
  test: {
    title: 'Test',
    opening:
      'Walk me through your query on the example tables, step by step. Then tell me which rows you would add to break it.',
    listensFor: [
      'The example traced through each step: the rows after the join, after the filter, after the grouping.',
      'A row with no match, a NULL in a column the query compares or averages, two rows tied for the top.',
      'Duplicate rows, an empty table, and a group with a single row.',
      'Mistakes found and fixed by you, with why the query produced them.',
    ],
  },
};

/** Follow-ups for a SQL problem the coach has none for: how the query behaves as the data grows. */
export const QUERY_FOLLOW_UPS: readonly string[] = [
  'Suppose the largest table grows to a few hundred million rows: which part of your query gets slow first, and which index would you add?',
  'Could you write it another way, a window function instead of a subquery or the reverse? Which would you keep, and why?',
  'If a report runs this every few minutes, what would you precompute, and how would you keep it correct as rows change?',
];
