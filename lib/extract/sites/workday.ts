import { textOf } from '../dom';
import { readJob } from '../jobs/build';
import { employmentType, unique } from '../jobs/fields';
import { jsonLdFields } from '../jobs/jsonld';
import type { SiteExtractor } from '../types';
import { readJobFallback } from './careers';

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

/** …/job/<location>/<Title-Slug>_<REQ-ID>, optionally followed by /apply. */
function requisition(url: URL): string | undefined {
  const path = url.pathname.replace(/\/(apply|login)(\/.*)?$/, '');
  return /\/job\//.test(path) ? (/_([^_/]+)\/?$/.exec(path)?.[1] ?? '') : undefined;
}

/**
 * The brand within the legal entity JSON-LD names, spelt as the tenant is ("Autodesk Canada Co."
 * on autodesk.wd1… → "Autodesk"); the entity's name when it does not start with the tenant.
 */
function brand(entity: string, tenant: string): string {
  let letters = 0;
  for (let i = 0; i < entity.length && letters < tenant.length; i++) {
    const ch = entity.charAt(i).toLowerCase();
    if (!/[a-z0-9]/.test(ch)) continue;
    if (ch !== tenant.charAt(letters)) return entity;
    letters++;
    if (letters === tenant.length) return entity.slice(0, i + 1);
  }
  return entity;
}

export const workday: SiteExtractor = {
  id: 'workday',
  name: 'Workday',
  matches: ['https://*.myworkdayjobs.com/*', 'https://*.myworkdaysite.com/*'],
  handles: (url) => HOST.test(url.hostname),
  pageId: (url) => requisition(url) || undefined,
  extract(doc, url) {
    const fromUrl = requisition(url);
    if (fromUrl === undefined) return null;
    const id = fromUrl || field(doc, 'requisitionId');
    // The tenant (acme.wd5.myworkdayjobs.com, myworkdaysite.com/recruiting/acme/…) is the company
    // of last resort: the DOM does not name it.
    const tenant = (
      /^\/recruiting\/([^/]+)/.exec(url.pathname)?.[1] ??
      url.hostname.split('.')[0] ??
      ''
    ).toLowerCase();
    const jsonLd = jsonLdFields(doc);
    return readJob('workday', url, id, [
      [
        'dom',
        {
          title: textOf(automation(doc, 'jobPostingHeader')),
          company: jsonLd.company && brand(jsonLd.company, tenant),
          // The JSON-LD address is the public one; the page shows Workday's internal site name.
          location: jsonLd.location || field(doc, 'locations'),
          employmentType: employmentType(field(doc, 'time')),
          body: automation(doc, 'jobPostingDescription'),
        },
      ],
      ['json-ld', jsonLd],
      ['url', { company: tenant.charAt(0).toUpperCase() + tenant.slice(1) }],
    ]);
  },
  fallback: readJobFallback,
};
