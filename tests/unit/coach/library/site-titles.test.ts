import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findInLibrary, normaliseTitle } from '@/lib/coach/problem/library/lookup';
import { loadLibrary } from '@/lib/coach/problem/library/node';
import { SITE_IDS, type SiteId } from '@/lib/extract/context';

interface SourcedTitle {
  site: SiteId;
  title: string;
  /** The entry the title names on its site, or null where the site's problem of that title is another one. */
  slug: string | null;
  url: string | null;
  source: string;
}

const { titles } = JSON.parse(
  readFileSync(new URL('../../../fixtures/library/site-titles.json', import.meta.url), 'utf8'),
) as { titles: SourcedTitle[] };
const { index } = loadLibrary();

/** Every site matched by a title: LeetCode alone is matched only by its slug. */
const TITLE_SITES = SITE_IDS.filter((site) => site !== 'leetcode');

describe('the titles other judges give library problems, read from their pages', () => {
  it('records each title once, with where it was read', () => {
    const seen = new Set<string>();
    for (const { site, title, source } of titles) {
      const key = `${site} ${normaliseTitle(title)}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
      expect(source.length, title).toBeGreaterThan(10);
    }
  });

  it('finds each recorded title on its site, or nothing where the site means another problem', () => {
    for (const { site, title, slug } of titles) {
      const found = findInLibrary(index, { site, id: 'not-a-library-slug', title });
      expect(found?.slug ?? null, `${site}: ${title}`).toBe(slug);
    }
  });

  it('never lets two entries claim the same title on one site', () => {
    for (const site of TITLE_SITES) {
      const ownSiteName = new Map<string, string>();
      const byName = new Map<string, string[]>();
      for (const item of index) {
        for (const named of item.siteTitles ?? []) {
          if (named.site !== site) continue;
          const key = normaliseTitle(named.title);
          expect(ownSiteName.get(key) ?? item.slug, `${site}: ${named.title}`).toBe(item.slug);
          ownSiteName.set(key, item.slug);
        }
        if (item.differsOn?.includes(site)) continue;
        // A problem at home on another judge is named by its aliases only (its id finds it there).
        const names = item.home ? item.aliases : [item.title, ...item.aliases];
        for (const name of new Set(names.map(normaliseTitle)))
          byName.set(name, [...(byName.get(name) ?? []), item.slug]);
      }
      // A site's own title settles which entry a shared name means there.
      for (const [name, slugs] of byName)
        if (!ownSiteName.has(name)) expect(slugs, `${site}: ${name}`).toHaveLength(1);
    }
  });
});
