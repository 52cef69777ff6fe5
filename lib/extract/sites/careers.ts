import { readJob } from '../jobs/build';
import { findJobPosting, jsonLdFields } from '../jobs/jsonld';
import type { SiteExtractor } from '../types';

/**
 * Any page that publishes a schema.org JobPosting (company careers sites, ATSs without a reader of
 * their own). No match patterns: it runs where the content script already is, and on request.
 */
export const careers: SiteExtractor = {
  id: 'generic',
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
