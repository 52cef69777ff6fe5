import { defineItem } from './item';

/**
 * Answers of the sites' own APIs (LeetCode's GraphQL: a problem's topic tags and hints), by
 * request, so a revisited problem does not ask the site again. A cache: "Free up space" drops it.
 */
export type KeptAnswers = Record<string, { json: unknown; at: number }>;

/**
 * Requests remembered, the most recently fetched kept: a few hundred bytes each, so they stay far
 * under storage quotas while covering months of practice.
 */
export const KEPT_LIMIT = 300;
/** Sites revise tags and hints now and then: ask again after this long. */
export const KEPT_TTL_MS = 14 * 24 * 60 * 60 * 1000;

/** Each entry kept on its own: one with no answer or no time is dropped, the others stay. */
function repairKept(raw: unknown): KeptAnswers {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const kept: KeptAnswers = {};
  for (const [key, entry] of Object.entries(raw)) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { json, at } = entry as { json?: unknown; at?: unknown };
    if (json === undefined || json === null || typeof at !== 'number' || !Number.isFinite(at)) continue;
    Object.defineProperty(kept, key, {
      value: { json, at },
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return kept;
}

export const keptAnswersItem = defineItem<KeptAnswers>('local', 'keptAnswers', {
  version: 1,
  fallback: {},
  repair: repairKept,
});

export function keptAnswer(kept: KeptAnswers, key: string, now: number): unknown {
  const entry = Object.hasOwn(kept, key) ? kept[key] : undefined;
  return entry && entry.at <= now && now - entry.at < KEPT_TTL_MS ? entry.json : null;
}

/** The answers with this one added, stale ones dropped, and the oldest beyond the limit. */
export function withAnswer(kept: KeptAnswers, key: string, json: unknown, now: number): KeptAnswers {
  const entries = Object.entries(kept)
    .filter(([other, entry]) => other !== key && now - entry.at < KEPT_TTL_MS)
    .sort(([, a], [, b]) => b.at - a.at)
    .slice(0, KEPT_LIMIT - 1);
  return repairKept(Object.fromEntries([[key, { json, at: now }], ...entries]));
}
