import { metaContent, textOf } from '../dom';
import { firstOf } from '../jobs/body';
import { readJob } from '../jobs/build';
import { findJobPosting, jsonLdFields } from '../jobs/jsonld';
import type { Fallback, SiteExtractor } from '../types';

/**
 * Any page that publishes a schema.org JobPosting (company careers sites, ATSs without a reader of
 * their own). No match patterns: it runs where the content script already is, and on request.
 */
export const careers: SiteExtractor = {
  id: 'generic',
  name: 'Generic',
  matches: [],
  handles: () => true,
  extract(doc, url) {
    const posting = findJobPosting(doc);
    if (!posting) return null;
    const fields = jsonLdFields(doc, posting);
    // Without an identifier the page's address is the posting's identity.
    const id = fields.id || `${url.hostname}${url.pathname.replace(/\/$/, '')}`;
    return readJob('generic', url, id, [['json-ld', fields]]);
  },
};

/**
 * A board's posting its reader no longer recognises (a redesign): the schema.org JobPosting when
 * there is one, else the page's main heading and content split by its section headings. Null
 * unless the content reads as a posting (a list of requirements or duties under their headings).
 */
export const readJobFallback: Fallback = (doc, url, site, id) => {
  const context = readJob(site, url, id, [
    ['fallback', jsonLdFields(doc)],
    [
      'fallback',
      {
        title: textOf(firstOf(doc, ['main h1', 'article h1', 'h1'])) || metaContent(doc, 'og:title'),
        company: metaContent(doc, 'og:site_name'),
        body: firstOf(doc, ['main', 'article', '[role="main"]']) ?? doc.body,
      },
    ],
  ]);
  return context && (context.requirements.length || context.responsibilities.length) ? context : null;
};
