import { textOf } from '../dom';
import { firstOf } from '../jobs/body';
import { readJob } from '../jobs/build';
import { jsonLdFields } from '../jobs/jsonld';
import type { SiteExtractor } from '../types';
import { readJobFallback } from './careers';

const POSTING = /^\/[^/]+\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/i;

/** Lever writes its categories as "Full-time /": the separators are text. */
function category(doc: Document, name: string): string {
  return textOf(doc.querySelector(`.posting-categories .${name}`)).replace(/\s*\/$/, '');
}

/**
 * The posting's sections: the section wrapper after the headline (the logo header is one too).
 * The application page has none, only its form.
 */
function description(doc: Document): Element | null {
  const marked = doc.querySelector('[data-qa="job-description"]')?.parentElement;
  if (marked) return marked;
  const wrapper = doc.querySelector('.section-wrapper:not(.accent-section):not(.main-header)');
  return wrapper?.querySelector('#application-form') ? null : (wrapper ?? null);
}

export const lever: SiteExtractor = {
  id: 'lever',
  name: 'Lever',
  matches: ['https://jobs.lever.co/*', 'https://jobs.eu.lever.co/*'],
  handles: (url) => /^jobs\.(eu\.)?lever\.co$/.test(url.hostname),
  pageId: (url) => POSTING.exec(url.pathname)?.[1],
  extract(doc, url) {
    const id = POSTING.exec(url.pathname)?.[1];
    if (!id) return null;
    const salary = firstOf(doc, ['[data-qa="salary-range"] .posting-category', '[data-qa="salary-range"]']);
    return readJob('lever', url, id, [
      [
        'dom',
        {
          // The application page (…/apply) heads its form with the title and categories but no
          // .posting-headline around them.
          title: textOf(doc.querySelector('.posting-headline h2, .posting-header h2')),
          // <title> is "Company - Title"; the header logo's alt names the company too.
          company:
            doc.querySelector('.main-header-logo img')?.getAttribute('alt') || doc.title.split(' - ')[0],
          location: category(doc, 'location'),
          employmentType: category(doc, 'commitment'),
          salary: textOf(salary),
          body: description(doc),
        },
      ],
      ['json-ld', jsonLdFields(doc)],
    ]);
  },
  fallback: readJobFallback,
};
