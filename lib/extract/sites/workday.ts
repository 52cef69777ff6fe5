import { textOf } from '../dom';
import { readJob } from '../jobs/build';
import { employmentType, unique } from '../jobs/fields';
import { jsonLdFields } from '../jobs/jsonld';
import type { SiteExtractor } from '../types';

const HOST = /\.myworkday(jobs|site)\.com$/;

function automation(doc: Document, id: string): Element | null {
  return doc.querySelector(`[data-automation-id="${id}"]`);
}

/** A `<dl><dt>label</dt><dd>value</dd></dl>` field: the values, without the label. */
function field(doc: Document, id: string): string {
  const root = automation(doc, id);
  if (!root) return '';
  const values = [...root.querySelectorAll('dd')].map((dd) => textOf(dd));
  return unique(values.length ? values : [textOf(root)]).join('; ');
}

export const workday: SiteExtractor = {
  id: 'workday',
  matches: ['https://*.myworkdayjobs.com/*', 'https://*.myworkdaysite.com/*'],
  handles: (url) => HOST.test(url.hostname),
  extract(doc, url) {
    // …/job/<location>/<Title-Slug>_<REQ-ID>, optionally followed by /apply.
    const path = url.pathname.replace(/\/(apply|login)(\/.*)?$/, '');
    if (!/\/job\//.test(path)) return null;
    const id = /_([^_/]+)\/?$/.exec(path)?.[1] ?? field(doc, 'requisitionId');
    // The tenant (acme.wd5.myworkdayjobs.com, myworkdaysite.com/recruiting/acme/…) is the company
    // of last resort: the DOM does not name it.
    const tenant = /^\/recruiting\/([^/]+)/.exec(url.pathname)?.[1] ?? url.hostname.split('.')[0] ?? '';
    return readJob('workday', url, id, [
      [
        'dom',
        {
          title: textOf(automation(doc, 'jobPostingHeader')),
          location: field(doc, 'locations'),
          employmentType: employmentType(field(doc, 'time')),
          body: automation(doc, 'jobPostingDescription'),
        },
      ],
      ['json-ld', jsonLdFields(doc)],
      ['url', { company: tenant.charAt(0).toUpperCase() + tenant.slice(1) }],
    ]);
  },
};
