import OpenAI from 'openai';
import { type LlmError, LlmFailure, StreamError, toLlmError } from './errors';
import { assertNoKey, createClient, type LlmConfig, type RetryOptions, withRetries } from './sdk';
import type { PromptMessage } from './tokens';
import { fromApiUsage, type Usage } from './usage';

export type { LlmConfig, RetryOptions } from './sdk';
export { type StructuredOptions, type StructuredResult, structured } from './structured';

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
    const found =
      models.length > 0 ? ` ${models.length} ${models.length === 1 ? 'model' : 'models'} available.` : '';
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

/** For the background: an answer cut short because the service worker was restarted. */
export function workerRestartedFailure(partialText: string): LlmFailure {
  return new LlmFailure(toLlmError(new StreamError('worker-restarted')), partialText);
}
