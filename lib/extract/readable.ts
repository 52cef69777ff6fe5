import { Readability } from '@mozilla/readability';
import type { JobContext } from './context';
import { linesOf, metaContent, textOf } from './dom';
import { firstOf } from './jobs/body';
import { jobContext } from './jobs/build';
import { employmentType } from './jobs/fields';
import { splitSections } from './jobs/sections';
import { pruneUnseen } from './visible';

/** A title that names a role, for pages whose headings show only one of the job lists. */
const ROLE =
  /engineer|developer|programmer|architect|scientist|analyst|designer|manager|lead|intern|devops|\bsre\b|administrator|specialist|consultant|researcher/i;

/** "Location: Berlin" style lines near the top of a careers page. */
function labelled(lines: string[], label: RegExp): string {
  for (const line of lines.slice(0, 40)) {
    const match = label.exec(line);
    if (match) return line.slice(match[0].length).trim();
  }
  return '';
}

/**
 * A careers page without structured data, read with Readability and the posting's own headings
 * (Requirements, What you'll do…). Heavy, so only the on-request pipeline (`full.ts`) loads it.
 * Null unless the page reads as one job posting: a requirements list, and a list of duties or a
 * role-like title.
 */
export function readCareersPage(doc: Document, url: URL): JobContext | null {
  // Readability rewrites the document it is given: it gets a copy, without what a person cannot
  // see (judged on the original, whose style sheets Readability would drop).
  const copy = doc.cloneNode(true) as Document;
  if (doc.documentElement && copy.documentElement) pruneUnseen(doc.documentElement, copy.documentElement);
  const article = new Readability<Element>(copy, { serializer: (node) => node as Element }).parse();
  const body = article?.content;
  if (!body) return null;
  const title = textOf(firstOf(doc, ['main h1', 'article h1', 'h1'])) || (article.title ?? '');
  const sections = splitSections(body);
  const jobLike =
    sections.requirements.length > 0 && (sections.responsibilities.length > 0 || ROLE.test(title));
  if (!jobLike) return null;
  const lines = linesOf(doc.body);
  return jobContext('generic', url, 'generic', {
    id: `${url.hostname}${url.pathname.replace(/\/$/, '')}`,
    title,
    company: metaContent(doc, 'og:site_name') || (article.siteName ?? ''),
    location: labelled(lines, /^location\s*:/i),
    employmentType: employmentType(labelled(lines, /^(employment|job) type\s*:/i)),
    body,
  });
}
