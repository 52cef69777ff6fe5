import type { ProblemContext } from '@/lib/extract/context';
import type { LibraryEntry } from './schema';

/**
 * What it takes to recognise a library problem on a page, and nothing else: the panel loads this
 * for every entry up front (a few dozen bytes each) and fetches an entry's prose only on a match.
 */
export interface LibraryIndexItem {
  slug: string;
  neetcodeSlug?: string;
  title: string;
  aliases: readonly string[];
}

/** A library entry found for a page, with the index so related problems can be named. */
export interface LibraryMatch {
  entry: LibraryEntry;
  index: readonly LibraryIndexItem[];
}

export function indexItem(entry: LibraryEntry): LibraryIndexItem {
  const item: LibraryIndexItem = { slug: entry.slug, title: entry.title, aliases: entry.aliases };
  if (entry.neetcodeSlug) item.neetcodeSlug = entry.neetcodeSlug;
  return item;
}

/**
 * A title as sites spell it reduced to what identifies the problem: "1. Two Sum", "1155.Number of
 * Dice Rolls", "Best Time to Buy & Sell Stock" → "two sum", "number of dice rolls", "best time to
 * buy and sell stock".
 */
export function normaliseTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(/^\s*(?:(?:#|no\.?)\s*\d+\s*[.:)\]-]?\s*|\d+\s*[.:)\]-]\s*)/, '')
    .replace(/&/g, ' and ')
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The entry a page is about. LeetCode (both sites share slugs) and NeetCode name the problem in the
 * URL, so only the slug counts there; a slug-less site is matched by its title or a known alias.
 */
export function findInLibrary(
  index: readonly LibraryIndexItem[],
  context: Pick<ProblemContext, 'site' | 'id' | 'title'>,
): LibraryIndexItem | undefined {
  if (context.site === 'leetcode') return index.find((item) => item.slug === context.id);
  if (context.site === 'neetcode') {
    const bySlug =
      index.find((item) => item.neetcodeSlug === context.id) ??
      index.find((item) => !item.neetcodeSlug && item.slug === context.id);
    if (bySlug) return bySlug;
  }
  const wanted = normaliseTitle(context.title);
  if (!wanted) return undefined;
  return index.find(
    (item) =>
      normaliseTitle(item.title) === wanted || item.aliases.some((alias) => normaliseTitle(alias) === wanted),
  );
}

const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to']);

/** "two-sum-ii-input-array-is-sorted" → "Two Sum II Input Array Is Sorted", for slugs not yet in the index. */
export function titleFromSlug(slug: string): string {
  return slug
    .split('-')
    .map((word, i) => {
      if (/^(?:i{1,3}|iv|v|vi{1,3})$/.test(word)) return word.toUpperCase();
      if (i > 0 && SMALL_WORDS.has(word)) return word;
      return word.charAt(0).toUpperCase() + word.slice(1);
    })
    .join(' ');
}
