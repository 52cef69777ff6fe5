import { squash, textOf } from '../dom';
import { firstOf } from '../jobs/body';
import { type Layer, readJob } from '../jobs/build';
import { employmentType, employmentTypeIn } from '../jobs/fields';
import { jsonLdFields } from '../jobs/jsonld';
import type { SiteExtractor } from '../types';
import { readJobFallback } from './careers';

const VIEW = /\/jobs\/view\/(?:[^/]*?-)?(\d+)/;
const MONEY = /[$€£¥₹]\s?\d|\d\s?(k|K)\b.*\/(yr|hr|mo)/;

/** The guest page (`/jobs/view/<slug>-<id>`): top card, criteria list, show-more description. */
function guest(doc: Document): Layer {
  const criteria = new Map(
    [...doc.querySelectorAll('.description__job-criteria-item')].map((item) => [
      textOf(item.querySelector('h3')).toLowerCase(),
      textOf(item.querySelector('.description__job-criteria-text')),
    ]),
  );
  const type = criteria.get('employment type') ?? '';
  return [
    'dom',
    {
      title: textOf(doc.querySelector('.top-card-layout__title, .topcard__title')),
      company: textOf(doc.querySelector('.topcard__org-name-link, .topcard__flavor a')),
      location: textOf(doc.querySelector('.topcard__flavor--bullet')),
      employmentType: employmentType(type),
      salary: textOf(doc.querySelector('.compensation__salary')),
      body: doc.querySelector('.show-more-less-html__markup, .description__text'),
      // The criteria block states the level the description often leaves out.
      level: criteria.get('seniority level'),
    },
  ];
}

/**
 * The logged-in view: the selected job's details pane beside a list of cards. Everything is read
 * inside the pane, so a card's title or company never leaks in.
 */
function selected(doc: Document, id: string | undefined): Layer | null {
  // Substring selectors: LinkedIn renames the prefix (jobs-unified-… → job-details-jobs-unified-…)
  // more often than the part that names the field.
  const heading = doc.querySelector('[class*="unified-top-card__job-title"]');
  if (!heading) return ['dom', {}];
  const pane = heading.closest('.jobs-search__job-details, .jobs-details, .scaffold-layout__detail') ?? doc;
  // After a click the URL changes before the pane re-renders: a pane still showing another job
  // is not this job.
  const shown = VIEW.exec(heading.querySelector('a')?.getAttribute('href') ?? '')?.[1];
  if (id && shown && shown !== id) return null;
  // The chips are buttons, which textOf leaves out as controls: read their labels directly.
  const insights = [
    ...pane.querySelectorAll(
      '[class*="preferences-and-skills"], [class*="fit-level-preferences"] button, [class*="top-card__job-insight"]',
    ),
  ].map((el) => squash(el.textContent ?? ''));
  return [
    'dom',
    {
      id: shown,
      title: textOf(heading.querySelector('h1') ?? heading),
      company: textOf(pane.querySelector('[class*="top-card__company-name"]')),
      location: textOf(
        firstOf(pane, [
          '[class*="top-card__primary-description-container"] .tvm__text',
          '[class*="top-card__bullet"]',
        ]),
      ),
      employmentType: insights.map(employmentTypeIn).find(Boolean),
      salary: insights
        .flatMap((text) => text.split(/\s*·\s*/))
        .find((text) => MONEY.test(text))
        ?.replace(/\s*\(from job description\)$/i, ''),
      body: firstOf(pane, ['#job-details', '.jobs-description__content']),
    },
  ];
}

export const linkedin: SiteExtractor = {
  id: 'linkedin',
  name: 'LinkedIn',
  // The whole site: LinkedIn is a single-page app, the jobs pages are usually reached from the feed.
  matches: ['https://www.linkedin.com/*', 'https://*.linkedin.com/*'],
  handles: (url) => /(^|\.)linkedin\.com$/.test(url.hostname) && url.pathname.startsWith('/jobs/'),
  // The posting's own page; a search page shows the selected job beside a list of others.
  pageId: (url) => VIEW.exec(url.pathname)?.[1],
  extract(doc, url) {
    const id = url.searchParams.get('currentJobId') ?? VIEW.exec(url.pathname)?.[1];
    const pane = selected(doc, id);
    if (!pane) return null;
    // Logged-in pages carry no JSON-LD and no guest markup: skip those scans on a huge feed.
    const layers: Layer[] = pane[1].title ? [pane] : [guest(doc), ['json-ld', jsonLdFields(doc)]];
    return readJob('linkedin', url, id ?? pane[1].id, layers);
  },
  fallback: readJobFallback,
};
