import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { CODING_EXTRACTORS } from '@/lib/extract/coding';
import type { PageVerdict, VerdictReader } from '@/lib/extract/verdicts';

/** The judges whose registration reads verdicts, by site id. */
const VERDICT_READERS: Readonly<Record<string, VerdictReader>> = Object.fromEntries(
  CODING_EXTRACTORS.flatMap((site) => (site.verdicts ? [[site.id, site.verdicts]] : [])),
);

const DIR = join(__dirname, '../../fixtures/verdicts');

const cases = Object.keys(VERDICT_READERS).flatMap((site) =>
  readdirSync(join(DIR, site))
    .filter((file) => file.endsWith('.html'))
    .map((file) => [site, file.slice(0, -'.html'.length)] as const),
);

describe('verdict readers on saved markup', () => {
  it('have fixtures for every judge that shows verdicts', () => {
    expect(Object.keys(VERDICT_READERS).sort()).toEqual(['codeforces', 'leetcode']);
    for (const site of Object.keys(VERDICT_READERS)) {
      expect(cases.filter(([s]) => s === site).length).toBeGreaterThanOrEqual(3);
    }
  });

  it.each(cases)('%s/%s', (site, name) => {
    const expected = JSON.parse(readFileSync(join(DIR, site, `${name}.expected.json`), 'utf8')) as {
      url: string;
      verdicts: PageVerdict[];
    };
    const { document } = parseHTML(readFileSync(join(DIR, site, `${name}.html`), 'utf8'));
    const read = VERDICT_READERS[site]?.(document, new URL(expected.url));
    expect(JSON.parse(JSON.stringify(read))).toEqual(expected.verdicts);
  });

  it('read no verdict from a page of someone else’s submissions, whatever it holds', () => {
    const html = readFileSync(join(DIR, 'codeforces/my-submissions.html'), 'utf8');
    const { document } = parseHTML(html);
    for (const path of ['/problemset/status', '/contest/1520/status', '/submissions/tourist']) {
      expect(VERDICT_READERS.codeforces?.(document, new URL(`https://codeforces.com${path}`))).toEqual([]);
    }
  });

  it('never throw on hostile markup, and only ever name a problem of the page’s site', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.oneof(fc.string(), fc.constant('http://[/problem/')),
        (verdict, text, href) => {
          const { document } = parseHTML(
            `<table><tr><td data-problemId="1"><a href="${href.replace(/"/g, '')}">x</a></td><td><span class="submissionVerdictWrapper" submissionId="9" submissionVerdict="${verdict.replace(/"/g, '')}">${text.replace(/</g, '')}</span></td></tr></table><span data-e2e-locator="submission-result">${text.replace(/</g, '')}</span>`,
          );
          const leetcode = VERDICT_READERS.leetcode?.(
            document,
            new URL('https://leetcode.com/problems/two-sum/'),
          );
          for (const found of leetcode ?? []) expect(found.problem).toBe('two-sum');
          const codeforces = VERDICT_READERS.codeforces?.(
            document,
            new URL('https://codeforces.com/contest/1/my'),
          );
          for (const found of codeforces ?? []) expect(found.problem).toMatch(/^(?:\d+|gym\d+|group-)/);
        },
      ),
    );
  });
});
