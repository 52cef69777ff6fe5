import { readFileSync } from 'node:fs';
import { findInLibrary, type LibraryIndexItem } from '@/lib/coach/problem/library/lookup';
import type { SiteId } from '@/lib/extract/context';

/** One name a judge, course or textbook gives a problem (tests/fixtures/library/other-names.json). */
export interface OtherName {
  site: SiteId;
  title: string;
  /** The library entry the page asks about, or null for a near miss that must match nothing. */
  slug: string | null;
  why: string;
}

export function otherNames(): OtherName[] {
  const file = new URL('../fixtures/library/other-names.json', import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { rows: OtherName[] }).rows;
}

export interface OtherNamesFigures {
  /** Rows naming an entry. */
  named: number;
  /** Of those, found as the entry they name. */
  matched: number;
  /** Rows naming an entry that found another one: worse than none, its notes would be wrong. */
  wrongEntry: string[];
  nearMisses: number;
  /** Near misses that found an entry. */
  nearMissesMatched: string[];
  /** Rows naming an entry that found nothing. */
  unmatched: string[];
}

/** Every row looked up on its own site, as a page of that site with an id the library does not know. */
export function measureOtherNames(
  index: readonly LibraryIndexItem[],
  rows: readonly OtherName[] = otherNames(),
): OtherNamesFigures {
  const figures: OtherNamesFigures = {
    named: 0,
    matched: 0,
    wrongEntry: [],
    nearMisses: 0,
    nearMissesMatched: [],
    unmatched: [],
  };
  for (const { site, title, slug } of rows) {
    const found = findInLibrary(index, { site, id: 'not-a-library-slug', title })?.slug ?? null;
    const label = `${site}: ${title} → ${found ?? 'nothing'}`;
    if (slug === null) {
      figures.nearMisses++;
      if (found) figures.nearMissesMatched.push(label);
    } else {
      figures.named++;
      if (found === slug) figures.matched++;
      else if (found) figures.wrongEntry.push(`${label} (names ${slug})`);
      else figures.unmatched.push(`${site}: ${title} (names ${slug})`);
    }
  }
  return figures;
}
