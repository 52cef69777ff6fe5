const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to']);

/**
 * A title from a URL slug, for a page that names its problem nowhere else and for a library slug not
 * yet in the index: "next-larger-element-1587115620" → "Next Larger Element",
 * "two-sum-ii-input-array-is-sorted" → "Two Sum II Input Array Is Sorted". A site's long numeric id is
 * dropped; roman numerals stay numerals ("IV", not "Iv").
 */
export function titleFromSlug(slug: string): string {
  // GeeksforGeeks appends a ten-digit id; a short number is the title's own ("station-5").
  return slug
    .split(/[-_]+/)
    .filter((part) => part && !/^\d{6,}$/.test(part))
    .map((word, i) => {
      const lower = word.toLowerCase();
      if (/^(?:i{1,3}|iv|v|vi{1,3})$/.test(lower)) return lower.toUpperCase();
      if (i > 0 && SMALL_WORDS.has(lower)) return lower;
      return word.charAt(0).toUpperCase() + word.slice(1);
    })
    .join(' ');
}
