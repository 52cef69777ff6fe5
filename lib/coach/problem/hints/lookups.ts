import { seenRecently } from '../knowledge/lookups';
import { PAIRED_LOOKUP } from '../knowledge/pairs';
import type { Ladder } from './ladder';

/**
 * A map's ladder when the question pairs items up (each item looks for the one that completes it)
 * or asks whether a value came back within the last k positions (each remembers where it was last).
 */
export type LookupVariant = 'lookup-partner' | 'lookup-recent';

/** The map's ladder the question asks for, if one of its own. */
export function lookupVariant(body: string): LookupVariant | undefined {
  if (pairsItems(body)) return 'lookup-partner';
  return seenRecently(body) ? 'lookup-recent' : undefined;
}

/** Whether the question pairs items up, so that a map is asked for each item's partner. */
export function pairsItems(body: string): boolean {
  return PAIRED_LOOKUP.test(body);
}

export const LOOKUP_LADDERS: Record<LookupVariant, Ladder> = {
  'lookup-partner': [
    'As you pass each {item}, which earlier {item} would complete a pair with it, and could you know at once whether it has been seen?',
    'Store what you have seen in a map (item to count, or item to position) so asking for the partner of each {item} is constant time.',
    'Walk through {input} once. For each {item}, first ask the map whether its partner or an earlier copy is there, then record the {item} itself, so no {item} pairs with its own entry. The answer comes from those lookups.',
  ],
  'lookup-recent': [
    'As you pass each {item}, what single fact about its earlier copies would tell you at once whether one lies close enough behind it?',
    'Only the most recent earlier copy matters: if even that one is too far back, every older one is further. Keep a map from each value to the last position it was seen at.',
    'Walk through {input} once. For each {item}, look up the last position of its value and compare the distance with the limit, then overwrite that position with the current one. No sort: the positions are the question.',
  ],
};
