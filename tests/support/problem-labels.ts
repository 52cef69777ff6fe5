import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { contextForCoach } from '@/lib/coach/page';
import { analyzeProblem, type ProblemAnalysis } from '@/lib/coach/problem';
import { contradictedBy } from '@/lib/coach/problem/contradictions';
import type { Guarantee } from '@/lib/coach/problem/guarantees';
import { sameBigO } from '@/lib/coach/problem/library/complexity-steps';
import { codeIn } from '@/lib/coach/problem/library/spoilers';
import type { ProblemContext } from '@/lib/extract/context';

export const PROBLEM_CASES = 'tests/fixtures/coach/problems';
/**
 * Real problems of the kinds issue 10 found misread on pages nobody tuned to, labelled before
 * the coach changed for them (tests/fixtures/coach/generalise/README.md).
 */
export const GENERALISE_CASES = 'tests/fixtures/coach/generalise';
/**
 * Real problems whose reading of sizes, orders and input formats issue 10 found wrong (sorted by
 * another key, a count of states, sizes given only in the input format, a search over the answer,
 * a logarithmic target), labelled before the coach changed for them (tests/fixtures/coach/reading).
 */
export const READING_CASES = 'tests/fixtures/coach/reading';

/** One labelled case (format: tests/fixtures/coach/problems/README.md). */
export interface ProblemLabels {
  url: string;
  primary: string;
  techniques: string[];
  complexityTarget: string;
  complexityLimit: string;
  guarantees: Guarantee[];
  category?: string[];
}

export interface ProblemCase {
  name: string;
  labels: ProblemLabels;
  context: ProblemContext | null;
}

/** The labelled pages of a directory, or only the named ones (reading every page takes seconds). */
export function problemCases(dir = PROBLEM_CASES, only?: readonly string[]): ProblemCase[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.labels.json'))
    .filter((file) => !only || only.includes(file.replace(/\.labels\.json$/, '')))
    .sort()
    .map((file) => {
      const name = file.replace(/\.labels\.json$/, '');
      const labels = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as ProblemLabels;
      const { document } = parseHTML(readFileSync(path.join(dir, `${name}.html`), 'utf8'));
      const context = contextForCoach(document as unknown as Document, labels.url);
      return { name, labels, context: context.kind === 'problem' ? context : null };
    });
}

/**
 * Whether two big-O strings say the same thing (`sameBigO`): a label is in the coach's letters,
 * and a letter of Sparring's notes outside them (`O(L)`, `O(S)`) may stand for the one it names.
 */
export function sameComplexity(a: string, b: string): boolean {
  return sameBigO(a, b, true);
}

export interface CaseResult {
  name: string;
  labels: ProblemLabels;
  analysis: ProblemAnalysis | null;
  top1: boolean;
  /** Share of the labelled techniques (at most three) found among the first three guesses. */
  recall: number;
  target: boolean;
  limit: boolean;
  /** Edge cases that contradict a labelled guarantee, with the guarantee. */
  contradictions: string[];
  /** Coach hints that hold code. */
  codeHints: string[];
}

export function evaluateCase({ name, labels, context }: ProblemCase): CaseResult {
  if (!context) {
    return {
      name,
      labels,
      analysis: null,
      top1: false,
      recall: 0,
      target: false,
      limit: false,
      contradictions: [],
      codeHints: [],
    };
  }
  // The statement's reasoning is what is measured: the set retells famous problems under new
  // names, so Sparring's notes on the originals must not stand in for it.
  const analysis = analyzeProblem(context, null);
  const top = analysis.patterns.slice(0, 3).map((p) => p.id as string);
  const wanted = labels.techniques.slice(0, 3);
  return {
    name,
    labels,
    analysis,
    top1: analysis.patterns[0]?.id === labels.primary,
    recall: wanted.filter((id) => top.includes(id)).length / Math.max(1, wanted.length),
    target: sameComplexity(analysis.complexityTarget, labels.complexityTarget),
    limit: sameComplexity(analysis.complexityLimit, labels.complexityLimit),
    contradictions: analysis.edgeCases.flatMap((edgeCase) =>
      contradictedBy(edgeCase, labels.guarantees).map((guarantee) => `${guarantee}: ${edgeCase}`),
    ),
    codeHints: analysis.hints.map((hint) => hint.text).filter((text) => codeIn(text) !== null),
  };
}

export interface Scores {
  cases: number;
  top1: number;
  recall: number;
  target: number;
  limit: number;
  contradictions: number;
  codeHints: number;
}

export function score(results: readonly CaseResult[]): Scores {
  const share = (pick: (r: CaseResult) => number) =>
    results.reduce((sum, r) => sum + pick(r), 0) / Math.max(1, results.length);
  return {
    cases: results.length,
    top1: share((r) => Number(r.top1)),
    recall: share((r) => r.recall),
    target: share((r) => Number(r.target)),
    limit: share((r) => Number(r.limit)),
    contradictions: results.reduce((sum, r) => sum + r.contradictions.length, 0),
    codeHints: results.reduce((sum, r) => sum + r.codeHints.length, 0),
  };
}

/** A miss in one line, as the bench prints it with COACH_BENCH_VERBOSE=1. */
export function describeMiss(result: CaseResult): string | null {
  const { analysis, labels } = result;
  if (!analysis) return `${result.name}: not read as a problem`;
  const parts: string[] = [];
  if (!result.top1 || result.recall < 1)
    parts.push(
      `top ${analysis.patterns
        .slice(0, 3)
        .map((p) => p.id)
        .join(',')} want ${labels.techniques.join(',')}`,
    );
  if (!result.target) parts.push(`target ${analysis.complexityTarget} want ${labels.complexityTarget}`);
  if (!result.limit) parts.push(`limit ${analysis.complexityLimit} want ${labels.complexityLimit}`);
  for (const contradiction of result.contradictions) parts.push(`contradicts ${contradiction}`);
  for (const hint of result.codeHints) parts.push(`code in hint: ${hint}`);
  return parts.length > 0 ? `${result.name}: ${parts.join('; ')}` : null;
}

/** The figures of one group of cases, for the bench's table. */
export function scoresByCategory(results: readonly CaseResult[]): Map<string, Scores> {
  const groups = new Map<string, CaseResult[]>();
  for (const result of results) {
    for (const category of result.labels.category ?? ['uncategorised']) {
      groups.set(category, [...(groups.get(category) ?? []), result]);
    }
  }
  return new Map(
    [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([name, group]) => [name, score(group)]),
  );
}

/** How far the panel's "sure" can be trusted: how often it says it, and how often it is then right. */
export interface Sureness {
  cases: number;
  /** Pages on which the panel calls its leading technique sure. */
  sure: number;
  /** Share of those whose leader is the labelled primary technique. */
  topWhenSure: number;
  /** On the pages it is not sure of: the leader is the primary, or it is among the first three. */
  topWhenUnsure: number;
  top3WhenUnsure: number;
}

export function sureness(results: readonly CaseResult[]): Sureness {
  const read = results.filter((r) => r.analysis);
  const sure = read.filter((r) => r.analysis?.techniqueSure);
  const unsure = read.filter((r) => !r.analysis?.techniqueSure);
  const share = (group: readonly CaseResult[], hit: (r: CaseResult) => boolean) =>
    group.filter(hit).length / Math.max(1, group.length);
  const inTop3 = (r: CaseResult) =>
    (r.analysis?.patterns ?? []).slice(0, 3).some((guess) => guess.id === r.labels.primary);
  return {
    cases: read.length,
    sure: sure.length,
    topWhenSure: share(sure, (r) => r.top1),
    topWhenUnsure: share(unsure, (r) => r.top1),
    top3WhenUnsure: share(unsure, inTop3),
  };
}

/** "sure on 105 of 369; top-1 when sure 0.95; when not sure 0.69 (top-3 0.84)", as the bench prints it. */
export function describeSureness(s: Sureness): string {
  const fixed = (value: number) => value.toFixed(2);
  return `sure on ${s.sure} of ${s.cases}; top-1 when sure ${fixed(s.topWhenSure)}; when not sure ${fixed(s.topWhenUnsure)} (top-3 ${fixed(s.top3WhenUnsure)})`;
}

/** A labelled page as the advice tests read it: its prose and its statement-only analysis. */
export interface ReadPage {
  name: string;
  labels: ProblemLabels;
  /** The title, statement and constraints as the page shows them (no examples), lower-cased. */
  prose: string;
  analysis: ProblemAnalysis;
}

/** Every labelled page, tuned and generalise, read from its statement alone. */
export function readLabelledPages(): ReadPage[] {
  return [...problemCases(GENERALISE_CASES), ...problemCases(PROBLEM_CASES)].flatMap(
    ({ name, labels, context }) =>
      context
        ? [
            {
              name,
              labels,
              prose:
                `${context.title}\n${context.statement}\n${context.constraints.join('\n')}`.toLowerCase(),
              analysis: analyzeProblem(context, null),
            },
          ]
        : [],
  );
}
