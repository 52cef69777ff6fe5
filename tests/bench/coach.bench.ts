import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { analyzeJob } from '@/lib/coach/job';
import { contextForCoach } from '@/lib/coach/page';
import { analyzeProblem } from '@/lib/coach/problem';
import { loadLibrary } from '@/lib/coach/problem/library/node';
import { describeMiss, evaluateCase, problemCases, score, scoresByCategory } from '../support/problem-labels';
import type { BenchRow } from './types';

const JOBS = 'tests/fixtures/coach/jobs';
/** Timing repeats per page, so one page's number is not a single noisy sample. */
const REPEATS = 20;

interface JobLabels {
  url: string;
  seniority: string;
  skills: string[];
}

function cases<T>(dir: string): { name: string; html: string; labels: T }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.labels.json'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.labels\.json$/, '');
      return {
        name,
        html: readFileSync(path.join(dir, `${name}.html`), 'utf8'),
        labels: JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as T,
      };
    });
}

const fixed = (value: number, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');

function problemRows(): BenchRow[] {
  const all = problemCases();
  const results = all.map(evaluateCase);
  const times: number[] = [];
  for (const { context } of all) {
    if (!context) continue;
    const started = performance.now();
    for (let i = 0; i < REPEATS; i++) analyzeProblem(context);
    times.push((performance.now() - started) / REPEATS);
  }
  if (process.env.COACH_BENCH_VERBOSE) {
    for (const miss of results.map(describeMiss)) if (miss) process.stderr.write(`${miss}\n`);
  }
  const figures = score(results);
  const mean = times.reduce((sum, t) => sum + t, 0) / Math.max(1, times.length);
  const worst = Math.max(0, ...times);
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
    ...[...scoresByCategory(results)].map(([category, s]) =>
      row(
        `  ${category} (${s.cases})`,
        `top-1 ${fixed(s.top1)}, top-3 ${fixed(s.recall)}, target ${fixed(s.target)}, limit ${fixed(s.limit)}`,
      ),
    ),
    row('problem library entries', String(library.index.length)),
    row('problem analysis per page (mean)', `${fixed(mean, 3)} ms`, '≤ 10 ms'),
    row('problem analysis per page (worst)', `${fixed(worst, 3)} ms`, '≤ 10 ms'),
  ];
}

function jobRows(): BenchRow[] {
  const all = cases<JobLabels>(JOBS);
  if (all.length === 0) return [{ section: 'coach', metric: 'job postings', value: 'none found' }];
  let truePositives = 0;
  let predicted = 0;
  let expected = 0;
  let seniorityRight = 0;
  const times: number[] = [];
  const today = new Date('2025-01-06T00:00:00');
  for (const { html, labels } of all) {
    const { document } = parseHTML(html);
    const context = contextForCoach(document as unknown as Document, labels.url);
    if (context.kind !== 'job') {
      expected += labels.skills.length;
      continue;
    }
    const started = performance.now();
    const analysis = analyzeJob(context, { today });
    times.push(performance.now() - started);
    const wanted = new Set(labels.skills.map((s) => s.toLowerCase()));
    const got = new Set(analysis.skills.map((s) => s.toLowerCase()));
    truePositives += [...got].filter((s) => wanted.has(s)).length;
    predicted += got.size;
    expected += wanted.size;
    if (analysis.seniority === labels.seniority) seniorityRight++;
  }
  const precision = truePositives / Math.max(1, predicted);
  const recall = truePositives / Math.max(1, expected);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const mean = times.reduce((sum, t) => sum + t, 0) / Math.max(1, times.length);
  return [
    { section: 'coach', metric: `job postings read (of ${all.length})`, value: String(times.length) },
    { section: 'coach', metric: 'skills precision', value: fixed(precision) },
    { section: 'coach', metric: 'skills recall', value: fixed(recall) },
    { section: 'coach', metric: 'skills F1', value: fixed(f1), aim: '≥ 0.9' },
    {
      section: 'coach',
      metric: 'seniority accuracy',
      value: fixed(seniorityRight / all.length),
      aim: '≥ 0.9',
    },
    {
      section: 'coach',
      metric: 'job analysis per page (mean)',
      value: `${fixed(mean, 3)} ms`,
      aim: '≤ 10 ms',
    },
  ];
}

/** The offline coach's figures: problem techniques and complexity, job skills and level, speed. */
export default async function coachBench(): Promise<BenchRow[]> {
  return [...problemRows(), ...jobRows()];
}
