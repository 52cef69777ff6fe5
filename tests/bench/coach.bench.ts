import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { contextForCoach } from '@/lib/coach/page';
import { analyzeProblem } from '@/lib/coach/problem';
import { measureJobCoach } from '../support/job-labels';
import type { BenchRow } from './types';

const PROBLEMS = 'tests/fixtures/coach/problems';
const TOP = 3;
/** Timing repeats per page, so one page's number is not a single noisy sample. */
const REPEATS = 20;

interface ProblemLabels {
  url: string;
  techniques: string[];
  complexity: string;
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
  let recall = 0;
  let correct = 0;
  let analysed = 0;
  const times: number[] = [];
  const misses: string[] = [];
  const all = cases<ProblemLabels>(PROBLEMS);
  for (const { name, html, labels } of all) {
    const { document } = parseHTML(html);
    const context = contextForCoach(document as unknown as Document, labels.url);
    if (context.kind !== 'problem') {
      misses.push(`${name}: read as ${context.kind}`);
      continue;
    }
    analysed++;
    const started = performance.now();
    for (let i = 0; i < REPEATS - 1; i++) analyzeProblem(context);
    const analysis = analyzeProblem(context);
    times.push((performance.now() - started) / REPEATS);
    const top = new Set(analysis.patterns.slice(0, TOP).map((p) => p.id));
    const wanted = labels.techniques;
    const found = wanted.filter((id) => top.has(id as never)).length;
    recall += found / Math.min(wanted.length, TOP);
    if (analysis.complexityTarget === labels.complexity) correct++;
    if (
      process.env.COACH_BENCH_VERBOSE &&
      (found < Math.min(wanted.length, TOP) || analysis.complexityTarget !== labels.complexity)
    ) {
      misses.push(
        `${name}: top ${[...top].join(',')} want ${wanted.join(',')}; ${analysis.complexityTarget} want ${labels.complexity}`,
      );
    }
  }
  if (process.env.COACH_BENCH_VERBOSE) for (const miss of misses) process.stderr.write(`${miss}\n`);
  const mean = times.reduce((sum, t) => sum + t, 0) / Math.max(1, times.length);
  const worst = Math.max(0, ...times);
  return [
    { section: 'coach', metric: `problems read (of ${all.length})`, value: String(analysed) },
    { section: 'coach', metric: 'technique top-3 recall', value: fixed(recall / all.length), aim: '≥ 0.85' },
    {
      section: 'coach',
      metric: 'complexity-target accuracy',
      value: fixed(correct / all.length),
      aim: '≥ 0.9',
    },
    {
      section: 'coach',
      metric: 'problem analysis per page (mean)',
      value: `${fixed(mean, 3)} ms`,
      aim: '≤ 10 ms',
    },
    {
      section: 'coach',
      metric: 'problem analysis per page (worst)',
      value: `${fixed(worst, 3)} ms`,
      aim: '≤ 10 ms',
    },
  ];
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
  return [...problemRows(), ...jobRows()];
}
