import type { IdeaRule } from './idea-rule';

/*
 * Ideas about the shape of the data rather than a relation between rows: the conditions one row
 * must meet, its missing values, columns computed, renamed or retyped, the table taken as a whole
 * (its size, its first rows, two stacked into one) and a hierarchy of any depth. Database problems
 * ask these as often as joins and groups, and pandas problems ask little else.
 */

export const COLUMN_IDEAS: readonly IdeaRule[] = [
  {
    id: 'hierarchy',
    name: 'A hierarchy of any depth: WITH RECURSIVE, walking down from the top',
    asks: /\b(?:hierarch\w*|(?:direct (?:and|or) )?indirect(?:ly)? (?:reports?|subordinates?|managers?)|chain of (?:command|managers)|levels? (?:of|in) the (?:tree|organi[sz]ation|company))\b[^.]*/i,
    overrides: ['self-join'],
    nudge:
      'Starting from the row of {main} at the top, how would you reach the rows one level down, then the level below that, without knowing how many levels there are?',
    approach:
      'Start from the rows at the top (those pointing at no one) and repeatedly add the rows that point at a row already reached, carrying the level and anything summed along the way, until no new rows come.',
    step: 'start from the top rows of {main} and add, level by level, the rows that point at one already reached',
    traps: ['top-of-chain', 'cycle'],
    question:
      'Each level of the walk looks up the rows pointing at the last one: which index serves that, and what stops the walk if the data holds a cycle?',
  },
  {
    id: 'missing-values',
    name: 'Missing values: IS NULL / IS NOT NULL, and COALESCE for a default',
    asks: /\b(?:missing (?:values?|data)|null values?|empty values?|values? (?:is|are) (?:missing|null|empty))\b[^.]*/i,
    nudge: 'Which values of {main} can be missing, and what should a row with one become?',
    approach:
      'Find the missing values with a test for null, never an equality, and either drop those rows or replace the gap with the default the page names.',
    step: 'find the missing values of {main} with a null test and drop the rows or fill in the default',
    traps: ['null-compare'],
    question:
      'A test for null on a column with few missing values: can an index find them, and would you rather store a default when the row is written?',
  },
  {
    id: 'derived-columns',
    name: 'Computed columns: expressions in SELECT, CAST to change a type, AS to rename',
    asks: /\b(?:(?:create|add) (?:a )?(?:new )?column|new column|modify (?:the )?\w+ column|multiply\w*|doubled|rename (?:the )?columns?|convert (?:it|them|the \w+) (?:in)?to|change (?:the )?(?:data )?type|data ?type|stored as \w+)\b[^.]*/i,
    nudge: 'For one row of {main}, what should each column of the result hold, and which of them is new?',
    approach:
      'Compute each new or changed column from the columns of the same row, give it the name the page asks for, and convert a type explicitly rather than trusting an implicit one.',
    step: 'compute each new or changed column of {main} from the same row, with its name and type as asked',
    traps: ['type-change'],
    question:
      'Would you compute {measure} on every read, or store it when the row is written? What does each cost as {main} grows?',
  },
  {
    id: 'whole-table',
    name: 'The table as a whole: COUNT(*) for its size, LIMIT for its first rows, UNION ALL to stack two',
    asks: /\b(?:create (?:a|the) (?:DataFrame|table) from|number of rows and (?:the number of )?columns|(?:first|top) (?:\d+|two|three|four|five|ten) rows|concatenate|vertically|one on top of the other)\b[^.]*/i,
    nudge:
      'What does the result look like next to {main}: the same rows, fewer of them, or two tables put together?',
    approach:
      'Work on the table as one piece: count its rows and columns, take its first rows in the order it is kept, or stack two tables with the same columns one above the other, keeping duplicates.',
    step: 'take {main} whole: count it, keep its first rows in order, or stack it with the other table',
    traps: ['row-order'],
    question: 'On a table of a billion rows, which of these stays cheap, and which reads everything?',
  },
  {
    id: 'conditions',
    name: 'Conditions on each row: WHERE with AND / OR in parentheses, IS NULL where a column can be empty',
    asks: [
      /\b(?:either|(?:are|is|be) both \w+(?: \w+)? and|any of (?:these|the following) conditions|(?:the )?following (?:conditions|patterns|criteria)|odd[- ]numbered|even[- ]numbered|an? (?:odd|even) \w+|their own|with \w+ ?(?:=|!=|<>|<=|>=|<|>) ?\w+)\b[^.]*/i,
      // A list of conditions follows: "A country is big if:", "for all policyholders who:".
      /\b(?:who|that|if)\s*:[^.]*/i,
    ],
    nudge:
      'Which conditions must one row of {main} meet, do they all have to hold or is one enough, and what about a row whose column is empty?',
    approach:
      'Write each condition the page lists as a test on the columns of one row, join them with and or or exactly as the page combines them (in parentheses), and decide what an empty column means for each.',
    step: 'keep the rows of {main} that pass the listed conditions, combined with and or or as the page says',
    traps: ['null-compare', 'and-or'],
    question:
      'Which of the conditions narrows {main} the most, and would an index on that column let the database skip the rest of the table?',
  },
];
