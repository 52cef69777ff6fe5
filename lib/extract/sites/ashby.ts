import { isObject, type JsonObject, str, textOf } from '../dom';
import { descriptionElement, firstOf } from '../jobs/body';
import { type Layer, readJob } from '../jobs/build';
import { employmentType, type JobFields, toArray, unique } from '../jobs/fields';
import { jsonLdFields } from '../jobs/jsonld';
import { readAssignedJson } from '../jobs/script-data';
import type { SiteExtractor } from '../types';
import { readJobFallback } from './careers';

const POSTING = /^\/([^/]+)\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/i;

/** The server data Ashby renders from: `window.__appData = {organization, posting, …}`. */
export function appDataFields(doc: Document, data: unknown): JobFields {
  if (!isObject(data) || !isObject(data.posting)) return {};
  const posting: JsonObject = data.posting;
  const org = isObject(data.organization) ? data.organization : {};
  const secondary = toArray(posting.secondaryLocations).map((place) =>
    isObject(place) ? str(place.locationName) : '',
  );
  const remote = posting.isRemote === true || str(posting.workplaceType) === 'Remote' ? ['Remote'] : [];
  return {
    title: str(posting.title),
    company: str(org.name) || str(posting.organizationName),
    location: unique([str(posting.locationName), ...secondary, ...remote]).join('; '),
    employmentType: employmentType(posting.employmentType),
    salary: str(posting.scrapeableCompensationSalarySummary) || str(posting.compensationTierSummary),
    body:
      descriptionElement(doc, str(posting.descriptionHtml)) ??
      descriptionElement(doc, str(posting.descriptionPlain)),
  };
}

/** Ashby's left column: `<h2>Location</h2><p>Berlin</p>` pairs under hashed class names. */
function sidebar(doc: Document, label: RegExp): string {
  for (const heading of doc.querySelectorAll('h2')) {
    if (label.test(textOf(heading))) return textOf(heading.nextElementSibling);
  }
  return '';
}

function domLayer(doc: Document, org: string): Layer {
  return [
    'dom',
    {
      title: textOf(doc.querySelector('h1.ashby-job-posting-heading')),
      // <title> is "<title> @ <company>"; the URL's org slug is the last resort.
      company: /@\s*([^@]+)$/.exec(doc.title)?.[1] ?? org,
      location: sidebar(doc, /^location$/i),
      employmentType: employmentType(sidebar(doc, /^employment type$/i)),
      salary: sidebar(doc, /^compensation$/i),
      body: firstOf(doc, ['[class*="_descriptionText"]', '#overview']),
    },
  ];
}

export const ashby: SiteExtractor = {
  id: 'ashby',
  name: 'Ashby',
  matches: ['https://jobs.ashbyhq.com/*'],
  handles: (url) => url.hostname === 'jobs.ashbyhq.com',
  pageId: (url) => POSTING.exec(url.pathname)?.[2],
  extract(doc, url) {
    const match = POSTING.exec(url.pathname);
    if (!match) return null;
    const [, org = '', id] = match;
    return readJob('ashby', url, id, [
      ['app-data', appDataFields(doc, readAssignedJson(doc, 'window.__appData'))],
      domLayer(doc, org),
      ['json-ld', jsonLdFields(doc)],
    ]);
  },
  fallback: readJobFallback,
};
