import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePage } from '@/lib/cli/parse';
import type { PageContext } from '@/lib/extract/context';
import { readAsExtension } from '@/lib/extract/pipeline';

/** Field checks a person wrote for a real page (tests/fixtures/real-pages.json). */
export interface RealPageChecks {
  kind: PageContext['kind'];
  site?: string;
  title?: string;
  examples?: number;
  exampleInputs?: string[];
  exampleOutputs?: string[];
  constraintsInclude?: string[];
  limits?: { timeMs?: number; memoryMb?: number };
  difficulty?: string | null;
  statementIncludes?: string[];
  statementExcludes?: string[];
  company?: string;
  location?: string;
  salary?: string;
  requirementsInclude?: string[];
  responsibilitiesInclude?: string[];
  niceToHaveInclude?: string[];
}

export interface RealPage {
  page: string;
  source: string;
  checks: RealPageChecks;
}

export interface RealPageResult {
  page: RealPage;
  context: PageContext;
  /** One entry per field check, with whether it held. */
  checks: { name: string; held: boolean }[];
}

const FIXTURES = join(import.meta.dirname, '../../fixtures');

export function realPages(): RealPage[] {
  return (JSON.parse(readFileSync(join(FIXTURES, 'real-pages.json'), 'utf8')) as { pages: RealPage[] }).pages;
}

/** Read a real page as the extension does and run its field checks. */
export function checkRealPage(page: RealPage): RealPageResult {
  const { url } = JSON.parse(readFileSync(join(FIXTURES, `${page.page}.expected.json`), 'utf8')) as {
    url: string;
  };
  const context = readAsExtension(parsePage(readFileSync(join(FIXTURES, `${page.page}.html`), 'utf8')), url);
  const checks: RealPageResult['checks'] = [];
  const check = (name: string, held: boolean) => checks.push({ name, held });
  const c = page.checks;
  const field = (key: string) => (context as unknown as Record<string, unknown>)[key];
  check('kind', context.kind === c.kind);
  for (const key of ['site', 'title', 'company', 'location', 'salary'] as const) {
    if (c[key] !== undefined) check(key, field(key) === c[key]);
  }
  if (c.difficulty !== undefined) check('difficulty', (field('difficulty') ?? null) === c.difficulty);
  // Checks of the other kind's fields fail when the page read as another kind.
  const problem = context.kind === 'problem' ? context : null;
  const job = context.kind === 'job' ? context : null;
  if (c.examples !== undefined) check('examples', problem?.examples.length === c.examples);
  for (const [i, input] of (c.exampleInputs ?? []).entries())
    check(`example ${i + 1} input`, problem?.examples[i]?.input === input);
  for (const [i, output] of (c.exampleOutputs ?? []).entries())
    check(`example ${i + 1} output`, problem?.examples[i]?.output === output);
  for (const constraint of c.constraintsInclude ?? [])
    check(constraint, !!problem?.constraints.includes(constraint));
  for (const [key, value] of Object.entries(c.limits ?? {}))
    check(key, problem?.limits?.[key as 'timeMs' | 'memoryMb'] === value);
  for (const text of c.statementIncludes ?? []) check(`says ${text}`, !!problem?.statement.includes(text));
  for (const text of c.statementExcludes ?? [])
    check(`leaves out ${text}`, !!problem && !problem.statement.includes(text));
  for (const item of c.requirementsInclude ?? []) check(item, !!job?.requirements.includes(item));
  for (const item of c.responsibilitiesInclude ?? []) check(item, !!job?.responsibilities.includes(item));
  for (const item of c.niceToHaveInclude ?? []) check(item, !!job?.niceToHave.includes(item));
  return { page, context, checks };
}
