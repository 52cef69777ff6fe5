import { post } from '@/lib/messaging/content';
import type { KeptAnswerGet, KeptAnswerPut } from '@/lib/messaging/protocol';

export type JsonFetch = (input: string, init: RequestInit) => Promise<Pick<Response, 'ok' | 'json'>>;

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
