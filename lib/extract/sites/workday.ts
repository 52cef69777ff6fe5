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

/**
 * The brand as the posting's own text spells it: a registry writes "DELL USA L.P." where the
 * description says "Dell Technologies". The brand as given when the text never names it.
 */
function spelling(brand: string, text: string): string {
  const at = text.toLowerCase().indexOf(brand.toLowerCase());
  return at < 0 ? brand : text.slice(at, at + brand.length);
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
    const posting = jsonLdFields(doc);
    const body = automation(doc, 'jobPostingDescription');
    // The served page has only the JSON-LD; the rendered one adds the DOM. Both name the brand.
    const jsonLd = {
      ...posting,
      company: posting.company && spelling(brand(posting.company, tenant), textOf(body ?? posting.body)),
    };
    return readJob('workday', url, id, [
      [
        'dom',
        {
          title: textOf(automation(doc, 'jobPostingHeader')),
          company: jsonLd.company,
          // The JSON-LD address is the public one; the page shows Workday's internal site name.
          location: jsonLd.location || field(doc, 'locations'),
          employmentType: employmentType(field(doc, 'time')),
          body,
        },
      ],
      ['json-ld', jsonLd],
      ['url', { company: tenant.charAt(0).toUpperCase() + tenant.slice(1) }],
    ]);
  },
  fallback: readJobFallback,
};
