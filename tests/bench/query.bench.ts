import { analyzeProblem } from '@/lib/coach/problem';
import { codeIn } from '@/lib/coach/problem/library/spoilers';
import { databaseEvidence } from '@/lib/coach/query';
import { GENERALISE_CASES, PROBLEM_CASES, problemCases, READING_CASES } from '../support/problem-labels';
import { QUERY_LABELS, savedContext } from '../support/query-labels';
import type { BenchRow } from './types';

/**
 * The SQL coach on its labelled pages (tests/fixtures/coach/queries.json): database pages recognised,
 * algorithm pages left alone (the labelled ones and the labelled algorithm sets, which mention
 * tables, queries and columns), the lead idea as labelled, and no hint holding code.
 */
export default async function queryBench(): Promise<BenchRow[]> {
  const labelled = QUERY_LABELS.map((label) => ({
    label,
    analysis: analyzeProblem(savedContext(label.page)),
  }));
  const sql = labelled.filter(({ label }) => label.database);
  const recognised = sql.filter(({ analysis }) => analysis.query).length;
  const algorithm = [
    ...labelled.filter(({ label }) => !label.database).map(({ label }) => savedContext(label.page)),
    ...[PROBLEM_CASES, GENERALISE_CASES, READING_CASES].flatMap((dir) =>
      problemCases(dir).flatMap((c) => (c.context ? [c.context] : [])),
    ),
  ];
  const flagged = algorithm.filter((context) => databaseEvidence(context).length > 0).length;
  const leads = sql.filter(({ label, analysis }) => analysis.query?.ideas[0]?.id === label.lead).length;
  const codeHints = sql.flatMap(({ analysis }) => analysis.hints).filter((hint) => codeIn(hint.text)).length;
  const row = (metric: string, value: string, aim?: string): BenchRow =>
    aim ? { section: 'sql coach', metric, value, aim } : { section: 'sql coach', metric, value };
  return [
    row(`database pages read as SQL (of ${sql.length})`, String(recognised), `${sql.length}`),
    row(`algorithm pages read as SQL (of ${algorithm.length})`, String(flagged), '0'),
    row('lead SQL idea as labelled', `${leads} of ${sql.length}`),
    row('SQL hints holding code', String(codeHints), '0'),
  ];
}
