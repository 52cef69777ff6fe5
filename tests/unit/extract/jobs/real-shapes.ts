import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePage } from '@/lib/cli/parse';
import type { JobContext } from '@/lib/extract/context';
import { readAsExtension } from '@/lib/extract/pipeline';

const FIXTURES = join(import.meta.dirname, '../../../fixtures');

/** A posting shaped as real ones are, labelled by hand with what it requires (fixtures/job-shapes.json). */
export interface LabelledPosting {
  page: string;
  requirements: string[];
}

export function labelledPostings(): LabelledPosting[] {
  return (
    JSON.parse(readFileSync(join(FIXTURES, 'job-shapes.json'), 'utf8')) as { postings: LabelledPosting[] }
  ).postings;
}

/** The posting as the extension reads it (null when it does not read as one). */
export function readPosting(page: string): JobContext | null {
  const { url } = JSON.parse(readFileSync(join(FIXTURES, `${page}.expected.json`), 'utf8')) as {
    url: string;
  };
  const context = readAsExtension(parsePage(readFileSync(join(FIXTURES, `${page}.html`), 'utf8')), url);
  return context.kind === 'job' ? context : null;
}

/** Every labelled requirement is among the requirements and in no other list. */
export function requirementsRight({ page, requirements }: LabelledPosting): boolean {
  const context = readPosting(page);
  if (!context) return false;
  const elsewhere = [...context.responsibilities, ...context.niceToHave];
  return requirements.every((item) => context.requirements.includes(item) && !elsewhere.includes(item));
}
