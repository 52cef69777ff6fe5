/*
 * Free of imports: the build's Vite plugin (vite-bank-parts.ts) runs this in Node, where the '@/'
 * alias does not resolve.
 */

/** How many parts each topic's bank is cut into for reviews, about fifteen questions each. */
export const SHARD_COUNT = 4;

/**
 * The part of its topic's bank a question is built into, from its id alone (FNV-1a), so a due
 * review loads about a quarter of one bank and the popup needs no index from ids to parts.
 */
export function shardOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i += 1) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % SHARD_COUNT;
}
