import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProblemContext } from '@/lib/extract/context';

/** Relative to the repository's root, where tests and benchmarks run. */
export const FIXTURES = 'tests/fixtures';

export interface QueryLabel {
  page: string;
  database: boolean;
  tables?: { name: string; columns: string[]; primaryKey: string | null }[];
  lead?: string;
  trap?: string;
}

export const QUERY_LABELS = (
  JSON.parse(readFileSync(join(FIXTURES, 'coach/queries.json'), 'utf8')) as { pages: QueryLabel[] }
).pages;

/** The context the extension reads from a saved page (its expected.json, checked by the fixture test). */
export function savedContext(page: string): ProblemContext {
  const saved = JSON.parse(readFileSync(join(FIXTURES, `${page}.expected.json`), 'utf8')) as {
    context: ProblemContext;
  };
  return saved.context;
}
