import { textOf } from '../dom';
import { readJob } from '../jobs/build';
import { employmentType } from '../jobs/fields';
import { jsonLdFields } from '../jobs/jsonld';
import type { SiteExtractor } from '../types';
import { readJobFallback } from './careers';

function testId(root: ParentNode, id: string): Element | null {
  return root.querySelector(`[data-testid="${id}"]`);
}

export const indeed: SiteExtractor = {
  id: 'indeed',
  name: 'Indeed',
  matches: [
    'https://*.indeed.com/*',
    'https://*.indeed.co.uk/*',
    'https://*.indeed.ca/*',
    'https://*.indeed.de/*',
    'https://*.indeed.fr/*',
    'https://*.indeed.com.au/*',
    'https://*.indeed.co.in/*',
  ],
  handles: (url) => /(^|\.)indeed\.(com|co\.uk|ca|de|fr|com\.au|co\.in)$/.test(url.hostname),
  // The posting's own page; a search page's pane (vjk=) sits beside a list of other jobs.
  pageId: (url) => url.searchParams.get('jk') ?? undefined,
  extract(doc, url) {
    // viewjob?jk=<id>; a search page's right pane shows ?vjk=<id>.
    const id = url.searchParams.get('jk') ?? url.searchParams.get('vjk') ?? undefined;
    if (!id) return null;
    const pane = doc.querySelector('#jobsearch-ViewjobPaneWrapper, .jobsearch-RightPane') ?? doc;
    // The classic view page (no data-testid) puts pay and job type in a metadata row, and the
    // company, its rating and the location in one row: the company first, the location last.
    const details = pane.querySelector('#salaryInfoAndJobType, .jobsearch-JobMetadataHeader-item');
    const [rowCompany, ...rowRest] = [
      ...(pane.querySelector('.jobsearch-InlineCompanyRating')?.children ?? []),
    ].filter((el) => !el.querySelector('.icl-Ratings') && textOf(el) !== '-');
    const parts = details ? [...details.children].map((el) => textOf(el).replace(/^-\s*/, '')) : [];
    const title = textOf(testId(pane, 'jobsearch-JobInfoHeader-title') ?? pane.querySelector('h1'));
    return readJob('indeed', url, id, [
      [
        'dom',
        {
          // The heading carries a visually hidden " - job post" for screen readers.
          title: title.replace(/\s*-\s*job post$/i, ''),
          company: textOf(
            testId(pane, 'inlineHeader-companyName') ??
              pane.querySelector('[data-company-name="true"]') ??
              rowCompany,
          ),
          location: textOf(
            testId(pane, 'inlineHeader-companyLocation') ?? testId(pane, 'job-location') ?? rowRest.at(-1),
          ).replace(/^•\s*/, ''),
          salary: parts.find((part) => /\d/.test(part)),
          employmentType: employmentType(parts.find((part) => part && !/\d/.test(part))),
          body: pane.querySelector('#jobDescriptionText'),
        },
      ],
      ['json-ld', jsonLdFields(doc)],
    ]);
  },
  fallback: readJobFallback,
};
