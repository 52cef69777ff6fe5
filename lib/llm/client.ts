import OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import type { z } from 'zod';
import { type LlmError, LlmFailure, StreamError, toLlmError } from './errors';
import type { PromptMessage } from './tokens';
import { fromApiUsage, type Usage } from './usage';

export interface LlmConfig {
  baseURL: string;
  /** Empty or absent for local servers (Ollama, LM Studio) that take none. */
  apiKey?: string;
  model: string;
}

export interface RetryOptions {
  signal?: AbortSignal;
  /** Retries after a 5xx or a short rate limit; the SDK's own retries are off so these rules stay explicit. */
  maxRetries?: number;
  /** A 429 whose retry-after is longer than this is reported at once ("try again in N s") instead of waited out. */
  maxAutoRetryAfterMs?: number;
  /** Seam for tests: how to wait between attempts. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export interface StreamChatOptions extends LlmConfig, RetryOptions {
  messages: readonly PromptMessage[];
  firstTokenTimeoutMs?: number;
  temperature?: number;
  maxTokens?: number;
  onToken?: (delta: string) => void;
  onUsage?: (usage: Usage) => void;
}

export interface ChatResult {
  text: string;
  usage: Usage | null;
  /** "stop", or "length" when the answer hit maxTokens. */
  finishReason: string;
}

const DEFAULT_FIRST_TOKEN_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_RETRIES = 2;
const DEFAULT_MAX_AUTO_RETRY_AFTER_MS = 10_000;
const BACKOFF_BASE_MS = 500;
const BACKOFF_CAP_MS = 8_000;
/** The SDK needs some key; this one is never sent (the Authorization header is removed below). */
const NO_KEY = 'no-key-configured';

export function createClient(config: LlmConfig, timeoutMs?: number): OpenAI {
  const apiKey = config.apiKey?.trim();
  return new OpenAI({
    baseURL: config.baseURL,
    apiKey: apiKey || NO_KEY,
    // Explicit so Node's OPENAI_ORG_ID / OPENAI_PROJECT_ID never leak into requests.
    organization: null,
    project: null,
    dangerouslyAllowBrowser: true,
    maxRetries: 0,
    // The SDK logs unparsable chunks verbatim; answers are private, so it stays quiet.
    logLevel: 'off',
    ...(timeoutMs ? { timeout: timeoutMs } : {}),
    ...(apiKey ? {} : { defaultHeaders: { Authorization: null } }),
  });
}

/** A prompt must never carry the key (a page could echo it back through the model). */
function assertNoKey(messages: readonly PromptMessage[], apiKey: string | undefined): void {
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

export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
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
export function retryDelay(error: LlmError, attempt: number, maxAutoRetryAfterMs: number): number | null {
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
async function withRetries<T>(
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

/**
 * Stream a chat completion, calling onToken per delta. Resolves with the whole answer, or throws an
 * LlmFailure carrying the mapped error and the text that had streamed before it.
 */
export async function streamChat(options: StreamChatOptions): Promise<ChatResult> {
  assertNoKey(options.messages, options.apiKey);
  const firstTokenTimeoutMs = options.firstTokenTimeoutMs ?? DEFAULT_FIRST_TOKEN_TIMEOUT_MS;
  const context = { baseURL: options.baseURL, model: options.model, firstTokenTimeoutMs };
  const client = createClient(options);
  const controller = new AbortController();
  const onUserAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onUserAbort, { once: true });
  if (options.signal?.aborted) controller.abort();

  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const armTimer = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, firstTokenTimeoutMs);
  };

  let text = '';
  let usage: Usage | null = null;
  let finishReason: string | null = null;
  let streaming = false;
  const failure = (error: unknown) => {
    if (options.signal?.aborted)
      return new LlmFailure(toLlmError(new DOMException('Aborted', 'AbortError')), text);
    if (timedOut) return new LlmFailure(toLlmError(new StreamError('first-token-timeout'), context), text);
    if (error instanceof LlmFailure) return new LlmFailure(error.error, text, { cause: error.cause });
    if (
      streaming &&
      !(error instanceof OpenAI.APIError) &&
      !(error instanceof SyntaxError) &&
      !(error instanceof StreamError)
    ) {
      return new LlmFailure(toLlmError(new StreamError('dropped'), context), text, { cause: error });
    }
    return new LlmFailure(toLlmError(error, context), text, { cause: error });
  };

  try {
    const stream = await withRetries(
      () => {
        armTimer();
        return client.chat.completions.create(
          {
            model: options.model,
            messages: [...options.messages],
            stream: true,
            stream_options: { include_usage: true },
            ...(options.temperature === undefined ? {} : { temperature: options.temperature }),
            ...(options.maxTokens === undefined ? {} : { max_completion_tokens: options.maxTokens }),
          },
          { signal: controller.signal },
        );
      },
      { ...options, signal: controller.signal },
      (error) => {
        clearTimeout(timer);
        return timedOut || options.signal?.aborted
          ? { code: 'aborted', retryable: false, message: '' }
          : toLlmError(error, context);
      },
    );
    streaming = true;
    for await (const chunk of stream) {
      if (typeof chunk !== 'object' || chunk === null) throw new StreamError('malformed-stream');
      if (chunk.usage) {
        usage = fromApiUsage(chunk.usage);
        options.onUsage?.(usage);
      }
      const choice = chunk.choices?.[0];
      const delta = choice?.delta?.content;
      if (delta) {
        clearTimeout(timer);
        text += delta;
        options.onToken?.(delta);
      }
      if (choice?.finish_reason) {
        clearTimeout(timer);
        finishReason = choice.finish_reason;
      }
    }
  } catch (error) {
    throw failure(error);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onUserAbort);
  }
  // The SDK ends an aborted stream quietly, and a cut connection can end it cleanly too: only a
  // finish_reason proves the answer is whole.
  if (options.signal?.aborted || timedOut || finishReason === null) {
    throw failure(new StreamError('dropped'));
  }
  return { text, usage, finishReason };
}

export async function listModels(config: LlmConfig, options: RetryOptions = {}): Promise<string[]> {
  const client = createClient(config, 15_000);
  const page = await withRetries(
    () => client.models.list({ signal: options.signal ?? null }),
    options,
    (error) => toLlmError(error, { baseURL: config.baseURL }),
  );
  return page.data.map((model) => model.id).sort((a, b) => a.localeCompare(b));
}

export type ConnectionReport =
  | { ok: true; models: string[]; message: string }
  | { ok: false; error: LlmError };

/**
 * What the options page's "Test connection" shows: the key and base URL work and the model exists,
 * or the precise reason they do not.
 */
export async function testConnection(
  config: LlmConfig,
  options: RetryOptions = {},
): Promise<ConnectionReport> {
  const retry = { maxRetries: 0, ...options };
  try {
    const models = await modelsOrProbe(config, retry);
    if (models.length > 0 && !models.includes(config.model)) {
      return {
        ok: false,
        error: {
          code: 'model-not-found',
          retryable: false,
          message: `Connected, but the server has no model "${config.model}". Pick another in Sparring's options → Model: ${models.slice(0, 8).join(', ')}${models.length > 8 ? ', …' : ''}.`,
        },
      };
    }
    const found = models.length > 0 ? ` ${models.length} models available.` : '';
    return {
      ok: true,
      models,
      message: `Connected to ${new URL(config.baseURL).host} with model "${config.model}".${found}`,
    };
  } catch (error) {
    return { ok: false, error: toLlmError(error, { baseURL: config.baseURL, model: config.model }) };
  }
}

/** The server's models, or [] after a one-token completion succeeds on servers without /models. */
async function modelsOrProbe(config: LlmConfig, options: RetryOptions): Promise<string[]> {
  try {
    return await listModels(config, options);
  } catch (error) {
    if (!(error instanceof LlmFailure) || error.error.code !== 'endpoint-not-found') throw error;
    await streamChat({
      ...config,
      ...options,
      messages: [{ role: 'user', content: 'Say OK.' }],
      maxTokens: 1,
    });
    return [];
  }
}

export interface StructuredOptions<Schema extends z.ZodType> extends LlmConfig, RetryOptions {
  messages: readonly PromptMessage[];
  schema: Schema;
  /** The schema's name in the request (letters, digits, _ and -). */
  schemaName: string;
  /** Whole-response timeout: structured answers arrive in one piece, so there is no first token to wait for. */
  timeoutMs?: number;
  /** How many times an answer that fails validation is asked for again. */
  invalidRetries?: number;
}

export interface StructuredResult<T> {
  data: T;
  /** Summed over every attempt: invalid answers cost tokens too. */
  usage: Usage | null;
}

function addUsages(a: Usage | null, b: Usage | null): Usage | null {
  if (!a || !b) return a ?? b;
  return {
    promptTokens: a.promptTokens + b.promptTokens,
    completionTokens: a.completionTokens + b.completionTokens,
    totalTokens: a.totalTokens + b.totalTokens,
  };
}

/**
 * A structured answer validated against `schema`. An invalid answer is retried once; a second one
 * throws an LlmFailure with code "invalid-output", so the caller shows the offline result with a notice.
 */
export async function structured<Schema extends z.ZodType>(
  options: StructuredOptions<Schema>,
): Promise<StructuredResult<z.infer<Schema>>> {
  assertNoKey(options.messages, options.apiKey);
  const client = createClient(options, options.timeoutMs ?? 90_000);
  const context = { baseURL: options.baseURL, model: options.model };
  const responseFormat = zodResponseFormat(options.schema, options.schemaName);
  let usage: Usage | null = null;
  let problem = '';
  for (let attempt = 0; attempt <= (options.invalidRetries ?? 1); attempt += 1) {
    const completion = await withRetries(
      () =>
        client.chat.completions.create(
          {
            model: options.model,
            messages: [...options.messages],
            response_format: { type: 'json_schema', json_schema: responseFormat.json_schema },
          },
          { signal: options.signal ?? null },
        ),
      options,
      (error) => toLlmError(error, context),
    );
    usage = addUsages(usage, completion.usage ? fromApiUsage(completion.usage) : null);
    const message = completion.choices[0]?.message;
    if (message?.refusal) {
      problem = `the model declined: ${message.refusal}`;
      continue;
    }
    const parsed = parseJson(message?.content ?? '');
    const result = parsed.ok ? options.schema.safeParse(parsed.value) : null;
    if (result?.success) return { data: result.data, usage };
    problem = result ? (result.error.issues[0]?.message ?? 'it did not match') : 'it was not JSON';
  }
  throw new LlmFailure({
    code: 'invalid-output',
    retryable: true,
    message: `The model's answer did not have the expected structure (${problem}), so the offline result is shown instead. Press Retry to ask again.`,
  });
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** For the background: an answer cut short because the service worker was restarted. */
export function workerRestartedFailure(partialText: string): LlmFailure {
  return new LlmFailure(toLlmError(new StreamError('worker-restarted')), partialText);
}
