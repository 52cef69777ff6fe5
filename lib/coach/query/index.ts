import type { ProblemContext } from '@/lib/extract/context';
import { hintLadder } from '../problem/hints';
import type { ProblemAnalysis } from '../problem/types';
import { askText, ideaText, resultColumns, resultSentence } from './ask';
import { matchIdeas, queryQuestions, queryRungs, queryTraps } from './coach';
import { databaseEvidence } from './detect';
import { dialectOf } from './pandas';
import { readTables } from './tables';
import { queryWords } from './wording';

export { databaseEvidence } from './detect';
export type { QueryDialect, QueryIdea, QueryReading, QueryTable } from './types';

/**
 * The SQL coach: for a database problem, the tables read, the ideas the result needs with the
 * page's words for each, its traps, a ladder and an interviewer's questions about the query.
 * Null for any other page, which the algorithm coach reads.
 */
export function analyzeQuery(context: ProblemContext): ProblemAnalysis | null {
  const why = databaseEvidence(context);
  if (!why.length) return null;
  const tables = readTables(context.statement);
  const ask = askText(context.statement);
  const columns = resultColumns(context.examples);
  const dialect = dialectOf(context.statement);
  const matched = matchIdeas(ideaText(ask), tables, context.examples[0]?.output, dialect);
  const rules = matched.map((m) => m.rule);
  const words = queryWords(tables, ask);
  return {
    source: 'statement',
    library: null,
    patterns: [],
    techniqueSure: true,
    // A query is judged by its plan, not by a big-O figure: the panel shows the questions instead.
    complexityTarget: '',
    complexityReason: '',
    complexityLimit: '',
    complexityLimitReason: '',
    edgeCases: queryTraps(rules, words, tables.length, dialect),
    hints: hintLadder(queryRungs(rules, words, tables, columns), 'coach', context.hints),
    keyInsight: null,
    pitfalls: [],
    followUps: queryQuestions(rules, words, dialect),
    related: [],
    query: {
      dialect,
      why,
      tables,
      result: resultSentence(ask),
      resultColumns: columns,
      ideas: matched.map((m) => m.idea),
    },
  };
}
