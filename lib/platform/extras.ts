import type { ProblemContext } from '@/lib/extract/context';
import type { ProblemExtras } from '@/lib/messaging/protocol';

/** Merge extras into the problem; the page's own reading wins where it has one. */
export function applyExtras(context: ProblemContext, extras: ProblemExtras | null): ProblemContext {
  if (!extras) return context;
  const merged: ProblemContext = {
    ...context,
    tags: context.tags.length ? context.tags : extras.tags,
    hints: context.hints.length ? context.hints : extras.hints,
  };
  const difficulty = context.difficulty ?? extras.difficulty;
  if (difficulty) merged.difficulty = difficulty;
  return merged;
}

/** Only the fields the protocol carries (a site's loader may return more, e.g. the slug it asked for). */
export function extrasOf({ tags, hints, difficulty }: ProblemExtras): ProblemExtras {
  return difficulty ? { tags, hints, difficulty } : { tags, hints };
}

export interface CachedExtras {
  extras: ProblemExtras;
  /** When they were fetched (ms since the epoch). */
  at: number;
}

export type ExtrasCache = Record<string, CachedExtras>;

/**
 * Problems remembered, most recently fetched kept: a few hundred bytes each, so the cache stays
 * far under storage quotas while covering months of practice.
 */
export const EXTRAS_LIMIT = 300;
/** Sites revise tags and hints now and then: ask again after this long. */
export const EXTRAS_TTL_MS = 14 * 24 * 60 * 60 * 1000;

export function freshExtras(cache: ExtrasCache, key: string, now: number): ProblemExtras | null {
  const entry = cache[key];
  return entry && now - entry.at < EXTRAS_TTL_MS && entry.at <= now ? entry.extras : null;
}

/** The cache with these extras added, stale entries dropped, and the oldest beyond the limit. */
export function withExtras(cache: ExtrasCache, key: string, extras: ProblemExtras, now: number): ExtrasCache {
  const entries = Object.entries({ ...cache, [key]: { extras, at: now } })
    .filter(([, entry]) => now - entry.at < EXTRAS_TTL_MS)
    .sort(([, a], [, b]) => b.at - a.at)
    .slice(0, EXTRAS_LIMIT);
  return Object.fromEntries(entries);
}
