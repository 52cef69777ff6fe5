import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { analyzeProblem } from '@/lib/coach/problem';
import { loadLibrary } from '@/lib/coach/problem/library/node';
import { measureJobCoach } from '../support/job-labels';
import { measureOtherNames } from '../support/other-names';
import {
  describeMiss,
  describeSureness,
  evaluateCase,
  GENERALISE_CASES,
  problemCases,
  READING_CASES,
  score,
  scoresByCategory,
  sureness,
} from '../support/problem-labels';
import type { BenchRow } from './types';

/**
 * Timed runs per page. A page's figure is the median of its runs, and the worst page is the page
 * with the highest median: the aim (≤ 10 ms) is what one analysis of a page costs, and a mean of
 * back-to-back runs also held whatever pause landed in them (a collection, a JIT tier-up, another
 * job on the shared cores). With means the worst page changed from pass to pass: in one, a page
 * whose runs' median was 17 ms came out worst at 127 ms from a single run of 1,985 ms. The mean
 * over all pages stays a mean of every run: the pauses are part of the cost, spread over pages.
 */
const REPEATS = 20;

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[values.length >> 1] ?? Number.NaN;
const fixed = (value: number, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');

/** The learned technique model as shipped: the JSON's size raw and gzipped. */
function modelSize(): string {
  const raw = readFileSync(new URL('../../lib/coach/problem/learned/weights.json', import.meta.url));
  return `${(raw.length / 1024).toFixed(1)} KB raw, ${(gzipSync(raw, { level: 9 }).length / 1024).toFixed(1)} KB gz`;
}

/**
 * Statements far longer than any judge's, each one unbroken sentence: 20,000 words, then 20,000
 * numbers in a list. A pattern that retries from every word or every number of a long run turns
 * quadratic here, unseen on the saved pages.
 */
function longStatementsMs(): string {
  const [page] = problemCases();
  if (!page?.context) return 'n/a';
  const { context } = page;
  const texts = [
    Array.from({ length: 20_000 }, (_, index) => `word${index}`).join(' '),
    Array.from({ length: 20_000 }, (_, index) => String(index % 97)).join(', '),
  ];
  return texts
    .map((statement) => {
      const started = performance.now();
      analyzeProblem({ ...context, statement });
      return `${fixed(performance.now() - started, 0)} ms`;
    })
    .join(' / ');
}

function problemRows(): BenchRow[] {
  const all = problemCases();
  const results = all.map(evaluateCase);
  const times: number[] = [];
  const medians: number[] = [];
  for (const { context } of all) {
    if (!context) continue;
    const runs: number[] = [];
    for (let i = 0; i < REPEATS; i++) {
      const started = performance.now();
      analyzeProblem(context);
      runs.push(performance.now() - started);
    }
    times.push(...runs);
    medians.push(median(runs));
  }
  if (process.env.COACH_BENCH_VERBOSE) {
    for (const miss of results.map(describeMiss)) if (miss) process.stderr.write(`${miss}\n`);
  }
  const figures = score(results);
  const mean = times.reduce((sum, t) => sum + t, 0) / Math.max(1, times.length);
  const worst = Math.max(0, ...medians);
  const library = loadLibrary();
  const row = (metric: string, value: string, aim?: string): BenchRow =>
    aim ? { section: 'coach', metric, value, aim } : { section: 'coach', metric, value };
  return [
    row(`problems read (of ${all.length})`, String(results.filter((r) => r.analysis).length)),
    row('technique top-1', fixed(figures.top1), '≥ 0.8'),
    row('technique top-3 recall', fixed(figures.recall), '≥ 0.9'),
    row('complexity target (what interviewers expect)', fixed(figures.target), '≥ 0.9'),
    row('complexity limit (slowest the bounds allow)', fixed(figures.limit), '≥ 0.9'),
    row('edge cases contradicting a guarantee', String(figures.contradictions), '0'),
    row('hints holding code', String(figures.codeHints), '0'),
    row('technique called sure', describeSureness(sureness(results)), 'top-1 when sure ≥ 0.85'),
    ...[...scoresByCategory(results)].map(([category, s]) =>
      row(
        `  ${category} (${s.cases})`,
        `top-1 ${fixed(s.top1)}, top-3 ${fixed(s.recall)}, target ${fixed(s.target)}, limit ${fixed(s.limit)}, contradicted ${s.contradictions}`,
      ),
    ),
    row('problem library entries', String(library.index.length)),
    otherNamesRow(library.index),
    row('technique model weights (in the lazy coach chunk)', modelSize()),
    row('problem analysis per page (mean)', `${fixed(mean, 3)} ms`, '≤ 10 ms'),
    row(`problem analysis per page (worst page's median of ${REPEATS})`, `${fixed(worst, 3)} ms`, '≤ 10 ms'),
    row(
      'problem analysis of 20,000 words / 20,000 numbers in one sentence',
      longStatementsMs(),
      '≤ 500 ms each',
    ),
  ];
}

/** The library under names other judges and textbooks give its problems (tests/fixtures/library/other-names.json). */
function otherNamesRow(index: ReturnType<typeof loadLibrary>['index']): BenchRow {
  const figures = measureOtherNames(index);
  if (process.env.COACH_BENCH_VERBOSE) {
    for (const line of [...figures.wrongEntry, ...figures.nearMissesMatched, ...figures.unmatched])
      process.stderr.write(`other names: ${line}\n`);
  }
  return {
    section: 'coach',
    metric: 'library under other names',
    value: `other names matched ${figures.matched} of ${figures.named}, near misses wrongly matched ${figures.nearMissesMatched.length} of ${figures.nearMisses}, wrong entries ${figures.wrongEntry.length}`,
    aim: 'no wrong match',
  };
}

/**
 * The same figures on real problems labelled for the classes issue 10 found misread on unseen
 * pages, before the coach changed for them: kept apart so the tuned set cannot hide them. The aims
 * are the ones issue 10 sets for pages outside this repository.
 */
function unseenRows(dir: string, title: string): BenchRow[] {
  const results = problemCases(dir).map(evaluateCase);
  if (process.env.COACH_BENCH_VERBOSE) {
    for (const miss of results.map(describeMiss)) if (miss) process.stderr.write(`${miss}\n`);
  }
  const figures = score(results);
  const row = (metric: string, value: string, aim?: string): BenchRow =>
    aim ? { section: 'coach', metric, value, aim } : { section: 'coach', metric, value };
  return [
    row(`${title} (of ${results.length})`, String(results.filter((r) => r.analysis).length)),
    row('  technique top-1', fixed(figures.top1)),
    row('  technique top-3 recall', fixed(figures.recall), '≥ 0.85'),
    row('  complexity target', fixed(figures.target), '≥ 0.9'),
    row('  complexity limit', fixed(figures.limit), '≥ 0.9'),
    row('  edge cases contradicting a guarantee', String(figures.contradictions), '0'),
    row('  technique called sure', describeSureness(sureness(results)), 'top-1 when sure ≥ 0.85'),
    ...roundsOf(dir).map(({ name, pages }) =>
      row(
        `    ${name.length > 40 ? `${name.slice(0, 39)}…` : name} (${pages.length})`,
        describeSureness(sureness(results.filter((r) => pages.includes(r.name)))),
      ),
    ),
    ...[...scoresByCategory(results)].map(([category, s]) =>
      row(
        `    ${category} (${s.cases})`,
        `top-1 ${fixed(s.top1)}, top-3 ${fixed(s.recall)}, target ${fixed(s.target)}, limit ${fixed(s.limit)}, contradicted ${s.contradictions}`,
      ),
    ),
  ];
}

/**
 * The rounds a set's pages were written in (rounds.json, where the set keeps one): later rounds
 * were tuned to less, so their figures are the nearer guess at pages nobody has seen.
 */
function roundsOf(dir: string): { name: string; pages: string[] }[] {
  const file = `${dir}/rounds.json`;
  if (!existsSync(file)) return [];
  return (JSON.parse(readFileSync(file, 'utf8')) as { rounds: { name: string; pages: string[] }[] }).rounds;
}

function jobRows(): BenchRow[] {
  const figures = measureJobCoach();
  if (figures.total === 0) return [{ section: 'coach', metric: 'job postings', value: 'none found' }];
  if (process.env.COACH_BENCH_VERBOSE) {
    for (const miss of Object.values(figures.misses).flat()) process.stderr.write(`${miss}\n`);
  }
  const { skillsPrecision: precision, skillsRecall: recall } = figures;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return [
    { section: 'coach', metric: `job postings read (of ${figures.total})`, value: String(figures.read) },
    { section: 'coach', metric: 'job track accuracy', value: fixed(figures.trackAccuracy), aim: '≥ 0.9' },
    { section: 'coach', metric: 'stated-round recall', value: fixed(figures.statedRecall), aim: '≥ 0.9' },
    {
      section: 'coach',
      metric: 'coding or design rounds outside engineering',
      value: String(figures.misses.nonEngineering.length),
      aim: '0',
    },
    {
      section: 'coach',
      metric: 'design rounds where the loop has none',
      value: String(figures.misses.design.length),
      aim: '0',
    },
    {
      section: 'coach',
      metric: 'design loops given ≥ 3 design cases',
      value: fixed(figures.designCaseCoverage),
    },
    { section: 'coach', metric: 'skills precision', value: fixed(precision) },
    { section: 'coach', metric: 'skills recall', value: fixed(recall) },
    { section: 'coach', metric: 'skills F1', value: fixed(f1), aim: '≥ 0.9' },
    { section: 'coach', metric: 'seniority accuracy', value: fixed(figures.seniorityAccuracy), aim: '≥ 0.9' },
    {
      section: 'coach',
      metric: 'job analysis per page (mean)',
      value: `${fixed(figures.meanMs, 3)} ms`,
      aim: '≤ 10 ms',
    },
  ];
}

/** The offline coach's figures: problem techniques and complexity, job skills and level, speed. */
export default async function coachBench(): Promise<BenchRow[]> {
  return [
    ...problemRows(),
    ...unseenRows(GENERALISE_CASES, 'real problems for generalisation'),
    ...unseenRows(READING_CASES, 'real problems for reading sizes and orders'),
    ...jobRows(),
  ];
}
