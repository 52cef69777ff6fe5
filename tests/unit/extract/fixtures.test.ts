import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePage } from '@/lib/cli/parse';
import { pageContextSchema } from '@/lib/extract/context';
import { readAsExtension } from '@/lib/extract/pipeline';

const FIXTURES = join(__dirname, '../../fixtures');

/** Every saved page directly under tests/fixtures/<site>/, with the result expected beside it. */
const pages = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((dir) =>
    readdirSync(join(FIXTURES, dir.name))
      .filter((file) => file.endsWith('.html'))
      .map((file) => `${dir.name}/${file.slice(0, -'.html'.length)}`),
  );

describe('every fixture page reads as its expected context, as the extension reads it', () => {
  it('finds the fixtures', () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  it.each(pages)('%s', (page) => {
    const expectedFile = join(FIXTURES, `${page}.expected.json`);
    expect(existsSync(expectedFile), `${page}.expected.json is missing`).toBe(true);
    // `now` pins the clock for a page that shows a contest's start and end.
    const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as {
      url: string;
      now?: string;
      context: unknown;
    };
    const document = parsePage(readFileSync(join(FIXTURES, `${page}.html`), 'utf8'));
    const now = expected.now ? Date.parse(expected.now) : undefined;
    const context = readAsExtension(document, expected.url, now);
    expect(pageContextSchema().safeParse(context).success).toBe(true);
    expect(context).toEqual(expected.context);
  });
});
