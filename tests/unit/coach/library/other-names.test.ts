import { describe, expect, it } from 'vitest';
import { normaliseTitle } from '@/lib/coach/problem/library/lookup';
import { loadLibrary } from '@/lib/coach/problem/library/node';
import { SITE_IDS } from '@/lib/extract/context';
import { measureOtherNames, otherNames } from '../../../support/other-names';

const { index } = loadLibrary();
const rows = otherNames();

/**
 * The names other judges and textbooks give library problems, and near misses that must match
 * nothing. The floors are the figures measured when the set was written, raised as names were added.
 */
const MATCHED_FLOOR = 672;
const WRONG_ENTRIES_CEILING = 0;
const NEAR_MISSES_MATCHED_CEILING = 3;

describe('the library under the names other judges give its problems', () => {
  it('holds each name once per site, for a real entry and a site the extension knows', () => {
    const slugs = new Set(index.map((item) => item.slug));
    const seen = new Set<string>();
    for (const { site, title, slug, why } of rows) {
      const key = `${site} ${normaliseTitle(title)}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
      expect(SITE_IDS, title).toContain(site);
      if (slug !== null) expect(slugs.has(slug), `${title}: ${slug}`).toBe(true);
      expect(why.length, title).toBeGreaterThan(10);
    }
  });

  it('is broad enough to measure: many entries named, many near misses', () => {
    const named = rows.filter((row) => row.slug !== null);
    expect(named.length).toBeGreaterThanOrEqual(250);
    expect(new Set(named.map((row) => row.slug)).size).toBeGreaterThanOrEqual(150);
    expect(rows.length - named.length).toBeGreaterThanOrEqual(60);
  });

  it('finds the named entry for at least the recorded share of names', () => {
    expect(measureOtherNames(index, rows).matched).toBeGreaterThanOrEqual(MATCHED_FLOOR);
  });

  it('finds a wrong entry or matches a near miss no more often than recorded', () => {
    const figures = measureOtherNames(index, rows);
    expect(figures.wrongEntry.length, figures.wrongEntry.join('\n')).toBeLessThanOrEqual(
      WRONG_ENTRIES_CEILING,
    );
    expect(figures.nearMissesMatched.length, figures.nearMissesMatched.join('\n')).toBeLessThanOrEqual(
      NEAR_MISSES_MATCHED_CEILING,
    );
  });
});
