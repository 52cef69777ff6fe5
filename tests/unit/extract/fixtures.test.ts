import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { PageContext } from '@/lib/extract/context';
import { extractPageDeep } from '@/lib/extract/full';

const FIXTURES = join(__dirname, '../../fixtures');

/** Every saved page directly under tests/fixtures/<site>/, with the result expected beside it. */
const pages = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((dir) =>
    readdirSync(join(FIXTURES, dir.name))
      .filter((file) => file.endsWith('.html'))
      .map((file) => `${dir.name}/${file.slice(0, -'.html'.length)}`),
  );

describe('every fixture page reads as its expected context', () => {
  it('finds the fixtures', () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  it.each(pages)('%s', (page) => {
    const expectedFile = join(FIXTURES, `${page}.expected.json`);
    expect(existsSync(expectedFile), `${page}.expected.json is missing`).toBe(true);
    const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as { url: string; context: unknown };
    const { document } = parseHTML(readFileSync(join(FIXTURES, `${page}.html`), 'utf8'));
    const context = extractPageDeep(document, expected.url);
    expect(PageContext.safeParse(context).success).toBe(true);
    expect(context).toEqual(expected.context);
  });
});
