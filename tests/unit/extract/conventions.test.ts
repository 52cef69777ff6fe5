import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BLOCKED_MATCHES } from '@/lib/extract/blocked';
import { CONTENT_MATCHES, EXTRACTORS } from '@/lib/extract/registry';

const ROOT = join(__dirname, '../../..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const table = readme.slice(readme.indexOf('<!-- sites:start -->'), readme.indexOf('<!-- sites:end -->'));

describe('every registered extractor', () => {
  const ids = [...new Set(EXTRACTORS.map((e) => e.id))];

  it.each(ids)('%s has at least two fixtures with expected results', (id) => {
    const dir = join(ROOT, 'tests/fixtures', id);
    const pages = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.html')) : [];
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const page of pages)
      expect(existsSync(join(dir, page.replace(/\.html$/, '.expected.json')))).toBe(true);
  });

  it.each(ids)('%s has a row in the README sites table', (id) => {
    const rows = table.split('\n').filter((line) => line.startsWith('|'));
    expect(
      rows.some((row) =>
        row
          .toLowerCase()
          .replace(/[^a-z|]/g, '')
          .includes(id),
      ),
    ).toBe(true);
  });
});

describe('content script matches', () => {
  it('cover every site-specific extractor and every refused assessment site', () => {
    for (const extractor of EXTRACTORS)
      for (const m of extractor.matches) expect(CONTENT_MATCHES).toContain(m);
    for (const m of BLOCKED_MATCHES) expect(CONTENT_MATCHES).toContain(m);
    expect(CONTENT_MATCHES).toContain('https://leetcode.com/*');
  });

  it('are valid match patterns without query strings (LeetCode adds ?envType=…)', () => {
    for (const m of CONTENT_MATCHES) expect(m).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+\/\*$/);
  });
});
