import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/coach';
import { extractPage } from '@/lib/extract';
import { greenhouse } from '@/lib/extract/sites/greenhouse';
import { linkedin } from '@/lib/extract/sites/linkedin';
import { workday } from '@/lib/extract/sites/workday';
import { page } from './helpers';

const FIXTURES = join(__dirname, '../../../fixtures');
const fixture = (name: string) => parseHTML(readFileSync(join(FIXTURES, name), 'utf8')).document;

describe('LinkedIn two-pane view', () => {
  const doc = fixture('linkedin/search-two-pane.html');
  const search = (query: string) => new URL(`https://www.linkedin.com/jobs/search/?${query}`);

  it('reads the selected job, not the first card in the list', () => {
    const context = linkedin.extract(doc, search('currentJobId=4107766554'));
    expect(context).toMatchObject({
      id: '4107766554',
      title: 'Backend Engineer - Go',
      company: 'Parcelwise',
    });
  });

  it('reads nothing while the pane still shows the previously selected job', () => {
    expect(linkedin.extract(doc, search('currentJobId=4105550011'))).toBeNull();
    expect(extractPage(doc, search('currentJobId=4105550011').href).kind).toBe('none');
  });

  it('takes the id from the pane when the URL has no currentJobId', () => {
    expect(linkedin.extract(doc, search('keywords=go'))).toMatchObject({ id: '4107766554' });
  });

  it('reads the same pane on the collections view', () => {
    const url = new URL('https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4107766554');
    expect(linkedin.extract(doc, url)).toMatchObject({ title: 'Backend Engineer - Go' });
  });

  it('declines LinkedIn pages that are not jobs', () => {
    expect(linkedin.handles(new URL('https://www.linkedin.com/feed/'))).toBe(false);
  });
});

describe('Greenhouse embeds on company sites', () => {
  const url = new URL('https://www.acme.example/careers?gh_jid=123');

  it('is handled on any host by its gh_jid', () => {
    expect(greenhouse.handles(url)).toBe(true);
    expect(greenhouse.handles(new URL('https://www.acme.example/careers'))).toBe(false);
  });

  it('reads nothing from a page that only holds the Greenhouse iframe', () => {
    const doc = page(
      '<main><h1>Careers</h1><div id="grnhse_app"><iframe id="grnhse_iframe" src="https://job-boards.greenhouse.io/embed/job_app?for=acme&token=123"></iframe></div></main>',
    );
    expect(greenhouse.extract(doc, url)).toBeNull();
  });

  it('reads the embed frame itself by its token', () => {
    const doc = page(
      '<div class="job__title"><h1>Data Engineer</h1></div><div class="job__description"><p>Pipelines.</p></div>',
    );
    const frame = new URL('https://job-boards.greenhouse.io/embed/job_app?for=acme&token=777');
    expect(greenhouse.extract(doc, frame)).toMatchObject({ id: '777', title: 'Data Engineer' });
  });
});

describe('Workday job ids', () => {
  const doc = page('<h2 data-automation-id="jobPostingHeader">Analyst</h2>');

  it('come from the URL, the apply page included', () => {
    const apply = new URL('https://acme.wd1.myworkdayjobs.com/en-US/Careers/job/Remote/Analyst_R-0042/apply');
    expect(workday.extract(doc, apply)).toMatchObject({ id: 'R-0042', company: 'Acme' });
  });

  it('are not invented for pages that are not a job', () => {
    expect(workday.extract(doc, new URL('https://acme.wd1.myworkdayjobs.com/en-US/Careers'))).toBeNull();
  });
});

describe('facts of the boards as they are', () => {
  const read = (name: string, url: string) => extractPage(fixture(name), url);

  it("LinkedIn's criteria block states the level, and the coach reads it there", () => {
    const url = 'https://www.linkedin.com/jobs/view/data-engineer-at-brackwater-analytics-4109876501';
    const context = read('linkedin/seniority-entry-level.html', url);
    expect(context.kind === 'job' && context.description).toMatch(/Seniority level: Entry level$/);
    const result = analyze(context);
    expect(result?.kind === 'job' && result.analysis.seniority).toBe('junior');
  });

  it('Greenhouse job boards: the location line under the title, the range out of its paragraph', () => {
    const context = read(
      'greenhouse/job-boards-good-fit.html',
      'https://job-boards.greenhouse.io/haldenlabs/jobs/5123456007',
    );
    expect(context).toMatchObject({
      location: 'San Francisco, CA; Seattle, WA; New York, NY',
      salary: '$176,000 - $300,000 USD',
    });
  });

  it('classic Greenhouse: the pay range in the pay-transparency block', () => {
    const context = read(
      'greenhouse/real-anthropic-classic.html',
      'https://boards.greenhouse.io/anthropic/jobs/4182383008',
    );
    expect(context).toMatchObject({ salary: '$300,000 — $425,000 USD' });
  });

  it('Workday: the JSON-LD address, the brand within the legal entity', () => {
    const context = read(
      'workday/internal-location-legal-entity.html',
      'https://northpeak.wd1.myworkdayjobs.com/en-US/Ext/job/Montreal-Quebec-Canada/Software-Developer--Fabrication-Tools_25WD81234',
    );
    expect(context).toMatchObject({ location: 'Montreal, QC, Canada', company: 'Northpeak' });
  });

  it('Workday before the app renders: the brand spelt as the posting spells it, from the JSON-LD alone', () => {
    const context = read(
      'workday/real-dell-served.html',
      'https://dell.wd1.myworkdayjobs.com/en-US/External/job/Round-Rock-Texas-United-States/Internal-Audit-SOX-Senior-Advisor_R246118',
    );
    // The JSON-LD names the legal entity "DELL USA L.P. (1001)"; the description says "Dell Technologies".
    expect(context).toMatchObject({ source: 'json-ld', company: 'Dell', id: 'R246118' });
    const doc = parseHTML(
      `<script type="application/ld+json">${JSON.stringify({
        '@type': 'JobPosting',
        title: 'Auditor',
        hiringOrganization: { name: 'KPMG LLP' },
        description: 'Join KPMG in Leeds.',
      })}</script>`,
    ).document;
    const url = 'https://kpmg.wd3.myworkdayjobs.com/en-US/Careers/job/Leeds/Auditor_R1';
    expect(extractPage(doc, url)).toMatchObject({ company: 'KPMG' });
  });

  it('Wellfound: the pay as the facts row shows it, equity included, over the JSON-LD range', () => {
    const context = read(
      'wellfound/real-one-frequency-detail.html',
      'https://wellfound.com/jobs/3180780-founding-software-engineer',
    );
    // The JSON-LD says 1000–2000 USD a year; the row under the title "$1k – $2k • 1.0% – 5.0%".
    expect(context).toMatchObject({ source: 'json-ld', salary: '$1k – $2k • 1.0% – 5.0%' });
  });

  it('Lever application page: the posting header without .posting-headline, and the form is no description', () => {
    const url = 'https://jobs.lever.co/palantir/ac978161-6f46-4f6b-ad9e-a258e642751c/apply';
    expect(read('lever/real-palantir-apply-fragment.html', url)).toMatchObject({
      title: 'Administrative Business Partner',
      company: 'Palantir Technologies',
      location: 'London, United Kingdom',
    });
    // The page goes on with the form in the section a posting keeps its sections in.
    const doc = parseHTML(
      '<div class="main-header section-wrapper"><a class="main-header-logo"><img alt="Acme logo"></a></div><div class="section-wrapper accent-section"><div class="section page-centered posting-header"><h2>Analyst</h2></div></div><div class="section-wrapper page-full-width"><form id="application-form"><h4>Submit your application</h4><ul><li class="application-question"><div class="application-label">Resume/CV</div></li></ul></form></div>',
    ).document;
    const context = extractPage(doc, url);
    expect(context).toMatchObject({ kind: 'job', title: 'Analyst', description: '' });
  });

  it('classic Indeed view page: company first and location last in the rating row, pay and type in the metadata row', () => {
    const url = 'https://ca.indeed.com/viewjob?jk=f469dc5d556b4b4f';
    expect(read('indeed/real-aw-team-member-fragment.html', url)).toMatchObject({
      company: 'A&W Canada',
      location: 'Ottawa, ON',
      salary: '$14.25 an hour',
      employmentType: 'Full-time, Part-time, Permanent',
    });
    // A row without a location gives none, never the rating.
    const doc = parseHTML(
      '<h1 class="jobsearch-JobInfoHeader-title">Counter Staff</h1><div class="jobsearch-InlineCompanyRating"><div>Harbour Foods</div><div><div class="icl-Ratings">12 reviews</div></div></div><div id="jobDescriptionText"><p>Serve customers at the counter and keep the kitchen clean.</p></div>',
    ).document;
    const context = extractPage(doc, url);
    expect(context).toMatchObject({ company: 'Harbour Foods' });
    expect(context.kind === 'job' && context.location).toBeFalsy();
  });
});
