import type { BuiltPrompt } from './prompts/shared';
import type { Usage } from './usage';

/**
 * A 53-bit string hash (cyrb53). Synchronous and tiny, unlike crypto.subtle; collisions are
 * vanishingly rare among the few prompts one context, flow and model ever see.
 */
export function hashText(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

export interface CacheKeyParts {
  /** contextKey() of the page: "leetcode:two-sum". */
  contextId: string;
  flow: BuiltPrompt['flow'];
  /** The hint level, or 0 for flows without levels. */
  level: number;
  /** The server (its base URL, or the provider kind when it has none): one model id on two servers is two models. */
  server: string;
  model: string;
  promptVersion: string;
  /** hashText of the request's inputs (see promptInputHash). */
  inputHash: string;
}

export function cacheKey(parts: CacheKeyParts): string {
  return [
    'llm',
    parts.contextId,
    parts.flow,
    parts.level,
    parts.server,
    parts.model,
    parts.promptVersion,
    parts.inputHash,
  ]
    .map((part) => encodeURIComponent(String(part)))
    .join('|');
}

/** Hash of everything a prompt says, so an edited approach, code or chat history misses the cache. */
function promptInputHash(prompt: BuiltPrompt): string {
  return hashText(prompt.messages.map((message) => `${message.role}\u0000${message.content}`).join('\u0001'));
}

export function cacheKeyFor(
  prompt: BuiltPrompt,
  where: { contextId: string; server: string; model: string },
  level = 0,
): string {
  return cacheKey({
    ...where,
    flow: prompt.flow,
    level,
    promptVersion: prompt.version,
    inputHash: promptInputHash(prompt),
  });
}

export interface CachedAnswer {
  /** The answer text; JSON for structured flows. */
  text: string;
  model: string;
  /** What the answer cost when it was made (a cache hit costs nothing). */
  usage: Usage | null;
  createdAt: number;
}

/** Where cache entries live: a Map in tests, storage.local in the extension. */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
}

interface IndexEntry {
  key: string;
  bytes: number;
  usedAt: number;
}

export interface AnswerCacheOptions {
  maxEntries?: number;
  /** Total answer text kept, in UTF-16 code units (storage.local's 10 MB is shared with everything else). */
  maxChars?: number;
  /** Key of the LRU index inside the store. */
  indexKey?: string;
}

/**
 * A least-recently-used answer cache over any KeyValueStore. Operations are serialised so that
 * concurrent answers cannot lose each other's index updates.
 */
export class AnswerCache {
  private readonly maxEntries: number;
  private readonly maxChars: number;
  private readonly indexKey: string;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: KeyValueStore,
    options: AnswerCacheOptions = {},
  ) {
    this.maxEntries = options.maxEntries ?? 200;
    this.maxChars = options.maxChars ?? 1_000_000;
    this.indexKey = options.indexKey ?? 'llm-cache-index';
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async readIndex(): Promise<IndexEntry[]> {
    const value = await this.store.get(this.indexKey);
    return Array.isArray(value) ? (value as IndexEntry[]) : [];
  }

  /** The cached answer, or undefined on a miss or when the user asked to regenerate. */
  get(key: string, now: number, options: { regenerate?: boolean } = {}): Promise<CachedAnswer | undefined> {
    if (options.regenerate) return Promise.resolve(undefined);
    return this.serial(async () => {
      const answer = (await this.store.get(key)) as CachedAnswer | undefined;
      if (!answer) return undefined;
      const index = await this.readIndex();
      const entry = index.find((item) => item.key === key);
      if (entry) {
        entry.usedAt = now;
        await this.store.set(this.indexKey, index);
      }
      return answer;
    });
  }

  set(key: string, answer: CachedAnswer, now: number): Promise<void> {
    return this.serial(async () => {
      const bytes = answer.text.length;
      if (bytes > this.maxChars) return;
      const index = (await this.readIndex()).filter((item) => item.key !== key);
      index.push({ key, bytes, usedAt: now });
      index.sort((a, b) => b.usedAt - a.usedAt);
      let total = 0;
      const kept: IndexEntry[] = [];
      const evicted: IndexEntry[] = [];
      for (const item of index) {
        if (kept.length < this.maxEntries && total + item.bytes <= this.maxChars) {
          kept.push(item);
          total += item.bytes;
        } else {
          evicted.push(item);
        }
      }
      await this.store.set(key, answer);
      await Promise.all(evicted.map((item) => this.store.remove(item.key)));
      await this.store.set(this.indexKey, kept);
    });
  }
}
