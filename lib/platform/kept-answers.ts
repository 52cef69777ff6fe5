import { post } from '@/lib/messaging/content';
import type { KeptAnswerGet, KeptAnswerPut } from '@/lib/messaging/protocol';

export type JsonFetch = (input: string, init: RequestInit) => Promise<Pick<Response, 'ok' | 'json'>>;

/** Kept answers by request, with when each was fetched (ms since the epoch). */
export type KeptAnswers = Record<string, { json: unknown; at: number }>;

/**
 * Requests remembered, the most recently fetched kept: a few hundred bytes each, so they stay far
 * under storage quotas while covering months of practice.
 */
export const KEPT_LIMIT = 300;
/** Sites revise tags and hints now and then: ask again after this long. */
export const KEPT_TTL_MS = 14 * 24 * 60 * 60 * 1000;

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
  return Object.fromEntries([[key, { json, at: now }], ...entries]);
}

/**
 * A fetch for a site's own API (LeetCode's GraphQL: a problem's tags and hints) whose JSON answers
 * the background keeps, so the same request on a later visit costs the site nothing. Only whole
 * answers are kept: a failed request, or one whose body reports `errors` (GraphQL's way of
 * failing with a 200), is asked again next time.
 */
export function withKeptAnswers(fetchFn: JsonFetch): JsonFetch {
  return async (input, init) => {
    const key = `${init.method ?? 'GET'} ${input} ${typeof init.body === 'string' ? init.body : ''}`;
    const kept = (await post<typeof KeptAnswerGet>('kept-answer/get', { key }).catch(() => null)) as {
      json?: unknown;
    } | null;
    if (kept?.json !== undefined && kept.json !== null) {
      const json = kept.json;
      return { ok: true, json: async () => json };
    }
    const response = await fetchFn(input, init);
    if (!response.ok) return response;
    const json: unknown = await response.json();
    const whole = typeof json === 'object' && json !== null && !('errors' in json);
    if (whole) void post<typeof KeptAnswerPut>('kept-answer/put', { key, json }).catch(() => undefined);
    return { ok: true, json: async () => json };
  };
}
