import { PAIRED_LOOKUP } from '../knowledge/pairs';
import type { Ladder } from './ladder';

/** A map's ladder when the question pairs items up: each item looks for the one that completes it. */
export type LookupVariant = 'lookup-partner';

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
};
