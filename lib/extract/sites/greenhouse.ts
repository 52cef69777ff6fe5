import { metaContent, textOf } from '../dom';
import { firstOf } from '../jobs/body';
import { type Layer, readJob } from '../jobs/build';
import { payRange } from '../jobs/fields';
import { jsonLdFields } from '../jobs/jsonld';
import type { SiteExtractor } from '../types';
import { readJobFallback } from './careers';

const HOST = /(^|\.)greenhouse\.io$/;

/** The board's job id: `/jobs/<id>`, an embed's `token`, or a company page's `?gh_jid=`. */
function jobId(url: URL): string | undefined {
  const fromPath = /\/jobs\/(\d+)/.exec(url.pathname)?.[1];
  return fromPath ?? url.searchParams.get('gh_jid') ?? url.searchParams.get('token') ?? undefined;
}

/** The pay range: "$165,000", "—", "$205,000 USD" in adjacent spans, often after a long paragraph. */
function pay(doc: Document, selector: string): string {
  const range = doc.querySelector(selector);
  return range ? payRange([...range.children].map((part) => textOf(part)).join(' ')) : '';
}

/** The new `job-boards` template; its <title> is "Job Application for <title> at <company>". */
function newTemplate(doc: Document): Layer {
  return [
    'dom',
    {
      title: textOf(firstOf(doc, ['.job__title h1', '.job__title'])),
      company: /.* at (.+)$/.exec(doc.title.trim())?.[1] ?? '',
      // The location line under the title: `.job__location`, or a metadata paragraph on newer boards.
      location: textOf(firstOf(doc, ['.job__location', '.job__title .body--metadata'])),
      salary: pay(doc, '.pay-range'),
      body: doc.querySelector('.job__description'),
    },
  ];
}

/** The classic `boards` template: `h1.app-title`, "at Company", `#content`. */
function classicTemplate(doc: Document): Layer {
  return [
    'dom',
    {
      title: textOf(doc.querySelector('h1.app-title')),
      company: textOf(doc.querySelector('.company-name')),
      location: textOf(doc.querySelector('#header .location, .location')),
      salary: pay(doc, '.content-pay-transparency .pay-range'),
      body: doc.querySelector('#content'),
    },
  ];
}

/**
 * A company site with `?gh_jid=`: read only when it shows the posting itself. When the page holds
 * just Greenhouse's iframe (`#grnhse_app`), the posting is read inside that frame, on Greenhouse.
 */
function companyPage(doc: Document): Layer {
  const body = firstOf(doc, ['[class*="job-description"]', '[class*="job__description"]', 'article', 'main']);
  if (textOf(body).length < 200) return ['dom', {}];
  return [
    'dom',
    {
      title: textOf(firstOf(doc, ['main h1', 'article h1', 'h1'])),
      company: metaContent(doc, 'og:site_name'),
      body,
    },
  ];
}

export const greenhouse: SiteExtractor = {
  id: 'greenhouse',
  name: 'Greenhouse',
  matches: [
    'https://boards.greenhouse.io/*',
    'https://job-boards.greenhouse.io/*',
    'https://boards.eu.greenhouse.io/*',
    'https://job-boards.eu.greenhouse.io/*',
  ],
  handles: (url) => HOST.test(url.hostname) || url.searchParams.has('gh_jid'),
  // Only Greenhouse's own pages: a company site's page is not a posting page as a whole.
  pageId: (url) => (HOST.test(url.hostname) ? /\/jobs\/(\d+)/.exec(url.pathname)?.[1] : undefined),
  extract(doc, url) {
    const id = jobId(url);
    if (!id) return null;
    // One template per page: every selector of the other one would scan the whole document.
    const dom = !HOST.test(url.hostname)
      ? companyPage(doc)
      : doc.querySelector('.job__title')
        ? newTemplate(doc)
        : classicTemplate(doc);
    // Greenhouse's JSON-LD names the company but lacks locality, salary and employment type.
    return readJob('greenhouse', url, id, [dom, ['json-ld', jsonLdFields(doc)]]);
  },
  fallback: readJobFallback,
};
