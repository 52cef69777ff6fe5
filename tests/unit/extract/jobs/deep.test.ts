import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractPage } from '@/lib/extract';
import { pageContextSchema } from '@/lib/extract/context';
import { extractPageDeep } from '@/lib/extract/full';

const ROOT = join(__dirname, '../../../..');
const DEEP = join(ROOT, 'tests/fixtures/generic-job/deep');
const pages = readdirSync(DEEP)
  .filter((file) => file.endsWith('.html'))
  .map((file) => file.slice(0, -'.html'.length));

describe('careers pages read on request (extractPageDeep)', () => {
  it.each(pages)('%s reads as its expected context', (name) => {
    const expected = JSON.parse(readFileSync(join(DEEP, `${name}.expected.json`), 'utf8')) as {
      url: string;
      context: unknown;
    };
    const { document } = parseHTML(readFileSync(join(DEEP, `${name}.html`), 'utf8'));
    const context = extractPageDeep(document, expected.url);
    expect(pageContextSchema().safeParse(context).success).toBe(true);
    expect(context).toEqual(expected.context);
  });

  it('the always-on pipeline leaves a careers page without structured data alone', () => {
    const html = readFileSync(join(DEEP, 'careers-page.html'), 'utf8');
    const { document } = parseHTML(html);
    const url = 'https://saltmarsh.example/careers/devops-engineer/';
    expect(extractPage(document, url).kind).toBe('none');
    // Readability works on a copy: the page is unchanged after the deep read.
    extractPageDeep(document, url);
    expect(document.documentElement.outerHTML).toBe(parseHTML(html).document.documentElement.outerHTML);
  });

  it('keeps a careers listing (no requirements) as "none"', () => {
    const { document } = parseHTML(`<html><head><title>Careers</title></head><body><main><h1>Join us</h1>
      <p>${'We are a small team building tools for developers. '.repeat(12)}</p>
      <h2>Open roles</h2><ul><li><a href="/jobs/1">Backend Engineer</a></li><li><a href="/jobs/2">Designer</a></li></ul>
      </main></body></html>`);
    expect(extractPageDeep(document, 'https://acme.example/careers').kind).toBe('none');
  });
});

describe('the content script bundle stays free of Readability', () => {
  /** Relative imports of a module, followed through lib/extract. */
  function imports(file: string, seen = new Set<string>()): Set<string> {
    if (seen.has(file)) return seen;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, spec] of source.matchAll(/from '([^']+)'/g)) {
      if (!spec) continue;
      if (spec.startsWith('.')) {
        const base = join(file, '..', spec);
        const target = [`${base}.ts`, join(base, 'index.ts')].find((candidate) => {
          try {
            return readFileSync(candidate) !== undefined;
          } catch {
            return false;
          }
        });
        if (target) imports(target, seen);
      } else seen.add(spec);
    }
    return seen;
  }

  it('neither extractPage nor the registry reach readable.ts or @mozilla/readability', () => {
    const graph = imports(join(ROOT, 'lib/extract/index.ts'));
    expect([...graph].some((entry) => entry.endsWith('readable.ts'))).toBe(false);
    expect(graph.has('@mozilla/readability')).toBe(false);
    expect(imports(join(ROOT, 'lib/extract/full.ts')).has('@mozilla/readability')).toBe(true);
  });
});
