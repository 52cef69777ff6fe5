import { namedTechnique } from '../library/spoilers';

/**
 * The level each of the site's hints joins, in the site's order since each builds on the one
 * before: a first hint that names no technique sits beside the nudge, the next beside the
 * approach, and the rest beside the outline. A hint that names a technique or a data structure
 * ("Use KMP-table or String Hashing") never opens the ladder.
 */
export function siteHintLevels(siteHints: readonly string[]): { text: string; level: 1 | 2 | 3 }[] {
  const placed: { text: string; level: 1 | 2 | 3 }[] = [];
  for (const raw of siteHints) {
    const text = raw.trim();
    if (!text) continue;
    const previous = placed.at(-1)?.level;
    const level: 1 | 2 | 3 = previous === undefined ? (namedTechnique(text) ? 2 : 1) : previous === 1 ? 2 : 3;
    placed.push({ text, level });
  }
  return placed;
}
