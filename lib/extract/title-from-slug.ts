/**
 * A title from a URL slug, for a page that names its problem nowhere else and for a library slug not
 * yet in the index: "next-larger-element-1587115620" → "Next Larger Element",
 * "two-sum-ii-input-array-is-sorted" → "Two Sum II Input Array Is Sorted". GeeksforGeeks' ten-digit id
 * is dropped, a short number is the title's own ("station-5"), and roman numerals stay numerals.
 * Kept terse: every matched page's content script carries it, within a 12 KB budget.
 */
export function titleFromSlug(slug: string): string {
  return slug
    .split(/[-_]+/)
    .filter((part) => part && !/^\d{6,}$/.test(part))
    .map((word) =>
      /^(?:i{1,3}|iv|vi{0,3})$/i.test(word)
        ? word.toUpperCase()
        : word.charAt(0).toUpperCase() + word.slice(1),
    )
    .join(' ');
}
