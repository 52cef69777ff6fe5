import { type LlmError, LlmFailure } from './errors';
import type { PromptMessage } from './tokens';

/* The retry rules every request shares (streamed, structured, model listing), and the key guard. */

export interface RetryOptions {
  signal?: AbortSignal;
  /** Retries after a 5xx or a short rate limit. */
  maxRetries?: number;
  /** A 429 whose retry-after is longer than this is reported at once ("try again in N s") instead of waited out. */
  maxAutoRetryAfterMs?: number;
  /** Seam for tests: how to wait between attempts. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

const DEFAULT_MAX_RETRIES = 2;
const DEFAULT_MAX_AUTO_RETRY_AFTER_MS = 10_000;
const BACKOFF_BASE_MS = 500;
const BACKOFF_CAP_MS = 8_000;

/** A prompt must never carry the key (a page could echo it back through the model). */
export function assertNoKey(messages: readonly PromptMessage[], apiKey: string | undefined): void {
  const key = apiKey?.trim();
  if (!key || key.length < 8) return;
  if (messages.some((message) => message.content.includes(key))) {
    throw new LlmFailure({
      code: 'bad-request',
      retryable: false,
      message: 'Sparring refused to send a request that contained your API key.',
    });
  }
}

function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new DOMException('Aborted', 'AbortError'));
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new DOMException('Aborted', 'AbortError'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** How long to wait before retrying after `error`, or null when it must not be retried. */
function retryDelay(error: LlmError, attempt: number, maxAutoRetryAfterMs: number): number | null {
  if (error.code === 'rate-limited') {
    if (error.retryAfterMs === undefined) return Math.min(BACKOFF_BASE_MS * 2 ** attempt, BACKOFF_CAP_MS);
    return error.retryAfterMs <= maxAutoRetryAfterMs ? error.retryAfterMs : null;
  }
  if (error.code === 'server-error' && error.status !== undefined) {
    return error.retryAfterMs ?? Math.min(BACKOFF_BASE_MS * 2 ** attempt, BACKOFF_CAP_MS);
  }
  return null;
}

/** Run `request`, retrying 5xx with exponential backoff and rate limits after their retry-after. */
export async function withRetries<T>(
  request: () => Promise<T>,
  options: RetryOptions,
  mapError: (error: unknown) => LlmError,
): Promise<T> {
  const maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
  const sleep = options.sleep ?? abortableSleep;
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await request();
    } catch (error) {
      const mapped = mapError(error);
      const delay =
        attempt < maxRetries
          ? retryDelay(mapped, attempt, options.maxAutoRetryAfterMs ?? DEFAULT_MAX_AUTO_RETRY_AFTER_MS)
          : null;
      if (delay === null) throw new LlmFailure(mapped, '', { cause: error });
      await sleep(delay, options.signal);
    }
  }
}
