import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractPage } from '@/lib/extract';
import { pageContextSchema } from '@/lib/extract/context';
import { escapeRawControls, findJobPosting, jsonLdFields } from '@/lib/extract/jobs/jsonld';
import { readAssignedJson } from '@/lib/extract/jobs/script-data';
import { splitSections } from '@/lib/extract/jobs/sections';
import { appDataFields } from '@/lib/extract/sites/ashby';
import { careers } from '@/lib/extract/sites/careers';

const escapeScript = (text: string) => text.replace(/<\/script/gi, '<\\/script');
const docWith = (head: string, body = '') =>
  parseHTML(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`).document;

/** JSON values shaped like JobPostings: the right keys with any values, nested and in @graph. */
const hostileValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.constantFrom(
      '&lt;p&gt;x&lt;/p&gt;',
      '<ul><li>a</li></ul>',
      'FULL_TIME',
      'JobPosting',
      '&amp;lt;b&amp;gt;',
    ),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      fc.constantFrom(
        '@type',
        '@graph',
        'title',
        'description',
        'hiringOrganization',
        'name',
        'baseSalary',
        'value',
        'minValue',
        'maxValue',
        'unitText',
        'currency',
        'jobLocation',
        'address',
        'addressLocality',
        'addressCountry',
        'employmentType',
        'identifier',
        'jobLocationType',
      ),
      tie('value'),
      { maxKeys: 6 },
    ),
  ),
})).value;

const posting = fc
  .record({ extra: fc.dictionary(fc.string(), hostileValue, { maxKeys: 4 }), fields: hostileValue })
  .map(({ extra, fields }) => ({
    ...extra,
    ...(typeof fields === 'object' ? fields : {}),
    '@type': 'JobPosting',
  }));

describe('JSON-LD parsing never throws on hostile input', () => {
  it('random and truncated script text', () => {
    fc.assert(
      fc.property(fc.string(), fc.nat(), (text, cut) => {
        const doc = docWith(
          `<script type="application/ld+json">${escapeScript(text.slice(0, cut))}</script>`,
        );
        expect(() => jsonLdFields(doc)).not.toThrow();
        expect(() => escapeRawControls(text)).not.toThrow();
      }),
    );
  });

  it('postings with any values in the known fields still give a valid context or none', () => {
    fc.assert(
      fc.property(posting, fc.boolean(), (value, graph) => {
        const json = JSON.stringify(graph ? { '@graph': [{ '@type': 'WebSite' }, value] } : value);
        const doc = docWith(`<script type="application/ld+json">${escapeScript(json)}</script>`);
        expect(findJobPosting(doc)).toBeDefined();
        const context = careers.extract(doc, new URL('https://jobs.example.com/1'));
        if (context) expect(pageContextSchema().safeParse(context).success).toBe(true);
        const page = extractPage(doc, 'https://jobs.example.com/1');
        expect(pageContextSchema().safeParse(page).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('__appData parsing never throws on hostile input', () => {
  it('random script text around the assignment', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.string({ unit: fc.constantFrom('{', '}', '"', '\\', "'", 'a', ':', ',') }),
        (before, after, braces) => {
          const doc = docWith(
            `<script>${escapeScript(`${before}window.__appData = {${braces}${after}`)}</script>`,
          );
          expect(() => readAssignedJson(doc, 'window.__appData')).not.toThrow();
        },
      ),
    );
  });

  it('any JSON as app data', () => {
    fc.assert(
      fc.property(fc.jsonValue(), hostileValue, (data, posting) => {
        const doc = docWith('');
        expect(() => appDataFields(doc, data)).not.toThrow();
        expect(() => appDataFields(doc, { organization: data, posting })).not.toThrow();
      }),
    );
  });

  it('Ashby pages with any app data give a valid context', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (data) => {
        const script = `window.__appData = ${escapeScript(JSON.stringify({ posting: data }) ?? '{}')};`;
        const doc = docWith(
          `<script>${script}</script>`,
          '<h1 class="ashby-job-posting-heading">Fallback</h1>',
        );
        const context = extractPage(
          doc,
          'https://jobs.ashbyhq.com/acme/3f9c2d1e-8b7a-4c6d-9e0f-1a2b3c4d5e6f',
        );
        expect(pageContextSchema().safeParse(context).success).toBe(true);
        expect(context.kind).toBe('job');
      }),
      { numRuns: 200 },
    );
  });
});

describe('section splitting never throws', () => {
  const tag = fc.constantFrom('p', 'ul', 'ol', 'li', 'b', 'strong', 'h2', 'h3', 'div', 'br', 'span');
  const html = fc.array(
    fc.oneof(
      tag.map((t) => `<${t}>`),
      tag.map((t) => `</${t}>`),
      fc.constantFrom('Requirements', 'Nice to have:', '• item', '- item', 'What you will do'),
      fc.string(),
    ),
    { maxLength: 40 },
  );

  it('on random, unbalanced markup', () => {
    fc.assert(
      fc.property(html, (parts) => {
        const doc = docWith('', parts.join(''));
        const sections = splitSections(doc.body);
        for (const item of [...sections.requirements, ...sections.responsibilities, ...sections.niceToHave]) {
          expect(item.trim()).toBe(item);
          expect(item).not.toBe('');
        }
      }),
    );
  });
});
