import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ProblemContext } from '@/lib/extract/context';
import type { TechniqueId } from '../types';

/*
 * The LeetCode corpus the technique model is trained on (README "The technique model"), read as
 * the panel reads a page: by train.ts, and by held-out.ts, which measures the coach on the fifth
 * it is never trained on.
 */

export interface CorpusProblem {
  frontend_id: string;
  problem_slug: string;
  title: string;
  difficulty?: string;
  description?: string;
  examples?: { example_text?: string }[];
  constraints?: string[];
  topics?: string[];
}

/** Problems whose number is a multiple of five are never trained on: they measure the model. */
export const HELD_OUT = (id: number) => id % 5 === 0;

/** The corpus writes powers of ten with the superscript flattened: "10^5" arrives as "105". */
const powers = (text: string) => text.replace(/\b10([1-9])\b/g, '10^$1');

export function contextOf(problem: CorpusProblem): ProblemContext {
  const statement = String(problem.description).split(/\nExample 1:/)[0] ?? '';
  const examples = (problem.examples ?? []).map(({ example_text: text = '' }) => ({
    input: /Input:?\s*(.*?)(?:\nOutput|$)/s.exec(text)?.[1] ?? '',
    output: /Output:?\s*(.*?)(?:\nExplanation|$)/s.exec(text)?.[1] ?? '',
  }));
  return {
    kind: 'problem',
    site: 'leetcode',
    url: `https://leetcode.com/problems/${problem.problem_slug}/`,
    id: problem.problem_slug,
    title: problem.title,
    statement,
    examples,
    constraints: (problem.constraints ?? []).map(powers),
    tags: [],
    hints: [],
    source: 'corpus',
  };
}

/** Every problem of the corpus directory, one JSON file each, in file order. */
export function corpusProblems(corpus: string): CorpusProblem[] {
  return readdirSync(corpus)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(readFileSync(path.join(corpus, file), 'utf8')) as CorpusProblem);
}

const ENTRIES = new URL('../library/entries/', import.meta.url);

/** Each library entry's techniques, primary first, by slug. */
export function libraryTechniques(): Map<string, readonly TechniqueId[]> {
  const techniques = new Map<string, readonly TechniqueId[]>();
  for (const file of readdirSync(ENTRIES)
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    const entry = JSON.parse(readFileSync(new URL(file, ENTRIES), 'utf8')) as {
      slug: string;
      techniques: TechniqueId[];
    };
    techniques.set(entry.slug, entry.techniques);
  }
  return techniques;
}
