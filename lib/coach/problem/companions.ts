import counts from './companions.json';
import type { TechniqueId } from './types';

/**
 * Which techniques go together, counted from Sparring's library (each entry lists its techniques
 * with the one an interviewer names first at the front). The counts are data derived from the
 * entries (`deriveCompanions`, checked against them by a unit test and rewritten by
 * `learned/train.ts`), so the coach ships no prose of the library, only these numbers.
 */
export interface CompanionCounts {
  /** How many entries were counted. */
  entries: number;
  /** How many entries list the technique at all. */
  listed: Partial<Record<TechniqueId, number>>;
  /** How many entries list the technique first, a design entry aside (see `deriveCompanions`). */
  primary: Partial<Record<TechniqueId, number>>;
  /** `ahead[a][b]`: how many entries list `a` before `b`. */
  ahead: Partial<Record<TechniqueId, Partial<Record<TechniqueId, number>>>>;
}

export function deriveCompanions(lists: readonly (readonly TechniqueId[])[]): CompanionCounts {
  const result: CompanionCounts = { entries: lists.length, listed: {}, primary: {}, ahead: {} };
  const bump = (table: Partial<Record<TechniqueId, number>>, id: TechniqueId) => {
    table[id] = (table[id] ?? 0) + 1;
  };
  const pairs = (
    table: Partial<Record<TechniqueId, Partial<Record<TechniqueId, number>>>>,
    id: TechniqueId,
  ): Partial<Record<TechniqueId, number>> => {
    const row = table[id] ?? {};
    table[id] = row;
    return row;
  };
  for (const list of lists) {
    const first = list[0];
    // A class's entry names the structure that makes it fast first, by the labels' rule for design
    // problems, not because that structure is the idea of a problem about data: a map behind a
    // cache says nothing of whether a map is the approach when a statement asks a question.
    if (first && !list.includes('design')) bump(result.primary, first);
    list.forEach((id, at) => {
      bump(result.listed, id);
      for (const later of list.slice(at + 1)) bump(pairs(result.ahead, id), later);
    });
  }
  return result;
}

const shipped = counts as CompanionCounts;

/**
 * Of the entries that list both, the share that put `a` before `b`, and how many they are: a
 * prefix sum comes before the hash table that stores its totals in every entry that lists both.
 */
export function precedence(
  a: TechniqueId,
  b: TechniqueId,
  data: CompanionCounts = shipped,
): { share: number; both: number } {
  const before = data.ahead[a]?.[b] ?? 0;
  const after = data.ahead[b]?.[a] ?? 0;
  const both = before + after;
  return { share: both === 0 ? 0.5 : before / both, both };
}

/** Of the entries that list `id`, the share that list it first: how often it is the idea itself. */
export function primaryRate(id: TechniqueId, data: CompanionCounts = shipped): number {
  const listed = data.listed[id] ?? 0;
  return listed === 0 ? 0 : (data.primary[id] ?? 0) / listed;
}

/** Of the entries that list `leader`, the share that also list `id`: a sort beside a greedy choice. */
export function alongside(leader: TechniqueId, id: TechniqueId, data: CompanionCounts = shipped): number {
  const listed = data.listed[leader] ?? 0;
  if (listed === 0) return 0;
  return ((data.ahead[leader]?.[id] ?? 0) + (data.ahead[id]?.[leader] ?? 0)) / listed;
}
