import type { JobContext, SiteId } from '../context';
import { squash, textOf } from '../dom';
import { htmlToMarkdown } from '../markdown';
import { cleanBody } from './body';
import { cleanCompany, type JobFields } from './fields';
import { splitSections } from './sections';

/** One strategy's reading, named by the `source` it reports. */
export type Layer = [source: string, fields: JobFields];

function filled(value: JobFields[keyof JobFields]): boolean {
  if (value === undefined || value === null) return false;
  return typeof value === 'string' ? squash(value) !== '' : textOf(value) !== '';
}

/**
 * A job context from several strategies: the first that names the job leads (its `source` is
 * reported), the others fill in only what it lacks. `id` (the board's id, from the URL) wins over
 * any a strategy read. Null when no strategy found a title or an id.
 */
export function readJob(site: SiteId, url: URL, id: string | undefined, layers: Layer[]): JobContext | null {
  const lead = layers.find(([, fields]) => filled(fields.title));
  if (!lead) return null;
  const merged: JobFields = id ? { id } : {};
  for (const [, fields] of [lead, ...layers]) {
    for (const key of Object.keys(fields) as (keyof JobFields)[]) {
      if (!filled(merged[key]) && filled(fields[key])) Object.assign(merged, { [key]: fields[key] });
    }
  }
  return jobContext(site, url, lead[0], merged);
}

/** "Berlin, Berlin, Germany" (city, state, country) → "Berlin, Germany". */
function dedupeParts(location: string): string {
  return location.replace(/(^|, )([^,;]+)(?:, \2)+(?=,|;|$)/g, '$1$2');
}

export function jobContext(site: SiteId, url: URL, source: string, fields: JobFields): JobContext | null {
  const title = squash(fields.title ?? '');
  const id = squash(fields.id ?? '');
  if (!title || !id) return null;
  const body = fields.body ? cleanBody(fields.body) : null;
  const context: JobContext = {
    kind: 'job',
    site,
    url: url.href,
    id,
    title,
    company: cleanCompany(fields.company ?? ''),
    description: [
      body ? htmlToMarkdown(body) : '',
      fields.level ? `Seniority level: ${squash(fields.level)}` : '',
    ]
      .filter(Boolean)
      .join('\n\n'),
    ...(body ? splitSections(body) : { requirements: [], responsibilities: [], niceToHave: [] }),
    source,
  };
  for (const key of ['location', 'employmentType', 'salary'] as const) {
    const value = squash(fields[key] ?? '');
    if (value) context[key] = key === 'location' ? dedupeParts(value) : value;
  }
  return context;
}
