import { describe, expect, it } from 'vitest';
import { employmentType } from '@/lib/extract/jobs/fields';
import { findJobPosting, jsonLdFields } from '@/lib/extract/jobs/jsonld';
import { splitSections } from '@/lib/extract/jobs/sections';
import { careers } from '@/lib/extract/sites/careers';
import { withJsonLd } from './helpers';

const URL_ = new URL('https://careers.example.com/jobs/42');

function posting(fields: Record<string, unknown>): string {
  return JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', ...fields });
}

describe('schema.org JobPosting JSON-LD', () => {
  it('reads an entity-escaped HTML description as markup, lists and all', () => {
    const html = '<h3>Requirements</h3><ul><li>Go &amp; SQL</li><li>Kafka</li></ul>';
    const escaped = html.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const doc = withJsonLd(posting({ title: 'Engineer', description: escaped }));
    const body = jsonLdFields(doc).body;
    expect(body).toBeTruthy();
    expect(splitSections(body as Element).requirements).toEqual(['Go & SQL', 'Kafka']);
  });

  it('reads a description escaped twice', () => {
    const doc = withJsonLd(
      posting({
        title: 'Engineer',
        description: '&amp;lt;ul&amp;gt;&amp;lt;li&amp;gt;Rust&amp;lt;/li&amp;gt;&amp;lt;/ul&amp;gt;',
      }),
    );
    expect(jsonLdFields(doc).body?.querySelector('li')?.textContent).toBe('Rust');
  });

  it('decodes entities in the title without treating angle brackets as tags', () => {
    const doc = withJsonLd(posting({ title: 'R&amp;D Engineer <Compilers>' }));
    expect(jsonLdFields(doc).title).toBe('R&D Engineer <Compilers>');
  });

  it('finds the posting inside @graph, beside other nodes, with @type as a list', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Site' },
        { '@type': ['JobPosting'], title: 'SRE' },
      ],
    };
    expect(findJobPosting(withJsonLd(JSON.stringify(graph)))?.title).toBe('SRE');
  });

  it('finds the posting in a top-level array and after a malformed block', () => {
    const doc = withJsonLd(
      '{"@type": "Organization", "name": ',
      JSON.stringify([{ '@type': 'JobPosting', title: 'QA' }]),
    );
    expect(findJobPosting(doc)?.title).toBe('QA');
  });

  it('keeps the lines of a description with raw line breaks inside the JSON string', () => {
    const raw = `{"@type": "JobPosting", "title": "Dev", "description": "Intro\n\nRequirements:\n- TypeScript\n- React"}`;
    const body = jsonLdFields(withJsonLd(raw)).body as Element;
    expect(splitSections(body).requirements).toEqual(['TypeScript', 'React']);
  });

  it('turns baseSalary, locations and employment types into readable strings', () => {
    const doc = withJsonLd(
      posting({
        title: 'Dev',
        employmentType: ['FULL_TIME', 'PART_TIME'],
        baseSalary: {
          '@type': 'MonetaryAmount',
          currency: 'EUR',
          value: { '@type': 'QuantitativeValue', minValue: 60000, maxValue: 75000, unitText: 'YEAR' },
        },
        jobLocation: [
          {
            '@type': 'Place',
            address: { addressLocality: 'Berlin', addressRegion: 'Berlin', addressCountry: 'DE' },
          },
          { '@type': 'Place', address: { addressLocality: 'Paris', addressCountry: { name: 'France' } } },
        ],
        jobLocationType: 'TELECOMMUTE',
      }),
    );
    expect(jsonLdFields(doc)).toMatchObject({
      employmentType: 'Full-time, Part-time',
      salary: '€60,000 – €75,000 per year',
      location: 'Berlin, DE; Paris, France; Remote',
    });
  });

  it('names the country once when the locality already names it, in short or in full', () => {
    const location = (address: Record<string, string>) =>
      jsonLdFields(withJsonLd(posting({ title: 'x', jobLocation: { '@type': 'Place', address } }))).location;
    expect(
      location({
        addressLocality: 'Round Rock, Texas, United States',
        addressCountry: 'United States of America',
      }),
    ).toBe('Round Rock, Texas, United States');
    expect(location({ addressLocality: 'Leeds', addressCountry: 'United Kingdom' })).toBe(
      'Leeds, United Kingdom',
    );
    // A country that only begins like a part of the address is still a different country.
    expect(location({ addressLocality: 'Guinea', addressCountry: 'Guinea-Bissau' })).toBe(
      'Guinea, Guinea-Bissau',
    );
  });

  it('reads a single salary value, a currency without a symbol and a plain-text salary', () => {
    const salary = (baseSalary: unknown) =>
      jsonLdFields(withJsonLd(posting({ title: 'x', baseSalary }))).salary;
    expect(salary({ currency: 'USD', value: { value: 45, unitText: 'HOUR' } })).toBe('$45 per hour');
    expect(salary({ currency: 'CHF', value: { minValue: '120000', maxValue: '140000' } })).toBe(
      '120,000 CHF – 140,000 CHF',
    );
    expect(salary('Competitive')).toBe('Competitive');
    expect(salary({ currency: 'USD', value: {} })).toBeUndefined();
  });

  it('takes the company from hiringOrganization as an object or a string', () => {
    expect(
      jsonLdFields(withJsonLd(posting({ title: 'x', hiringOrganization: { name: 'Acme' } }))).company,
    ).toBe('Acme');
    expect(jsonLdFields(withJsonLd(posting({ title: 'x', hiringOrganization: 'Initech' }))).company).toBe(
      'Initech',
    );
  });

  it('the generic reader uses the identifier as id, else the page address', () => {
    const withId = careers.extract(
      withJsonLd(posting({ title: 'Dev', identifier: { value: 'REQ-7' } })),
      URL_,
    );
    expect(withId).toMatchObject({ kind: 'job', site: 'generic', id: 'REQ-7', source: 'json-ld' });
    const withoutId = careers.extract(withJsonLd(posting({ title: 'Dev' })), URL_);
    expect(withoutId).toMatchObject({ id: 'careers.example.com/jobs/42' });
  });

  it('the generic reader declines pages without a posting, or with a posting without a title', () => {
    expect(careers.extract(withJsonLd('{"@type": "Article", "headline": "News"}'), URL_)).toBeNull();
    expect(careers.extract(withJsonLd(posting({ description: '<p>Body</p>' })), URL_)).toBeNull();
    expect(careers.extract(withJsonLd('not json at all'), URL_)).toBeNull();
  });
});

describe('employment types', () => {
  it('read the same whichever board spelt them', () => {
    expect(employmentType(['FULL_TIME', 'Full time', 'FullTime', 'full-time'])).toBe('Full-time');
    expect(employmentType('CONTRACTOR')).toBe('Contract');
    expect(employmentType(['PER_DIEM', 'VOLUNTEER'])).toBe('Per diem, Volunteer');
    expect(employmentType('Permanent')).toBe('Permanent');
    expect(employmentType([])).toBeUndefined();
  });
});
