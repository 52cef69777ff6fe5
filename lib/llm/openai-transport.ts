import { Stream } from 'openai/core/streaming';
import { APIConnectionError, APIError } from 'openai/error';
import { LlmFailure, StreamError, toLlmError } from './errors';
import { assertNoKey, type RetryOptions, withRetries } from './retry';
import {
  type FailureState,
  failureOf,
  openAnswer,
  type StreamRequest,
  type StreamResult,
  type StructuredRequest,
  type Timeouts,
  type Transport,
} from './transport';
import { fromApiUsage } from './usage';

/*
 * OpenAI's chat completions API, and every server that copies it, over a plain fetch. Only the
 * SDK's SSE decoder and error classes come along: its client class would bring every resource of
 * the API into the service worker, which wakes on every supported page load.
 */

export interface OpenAIEndpoint {
  baseURL: string;
  /** Sent as a Bearer token; absent for local servers that take none. */
  apiKey?: string;
  model: string;
  /** OpenAI's `max_completion_tokens`, or `max_tokens` for compatible servers. */
  maxTokensField: 'max_completion_tokens' | 'max_tokens';
}

export interface OpenAITransportOptions extends RetryOptions {
  timeouts: Timeouts;
}

/** The chunk fields Sparring reads; everything else in a chunk is ignored. */
interface CompletionChunk {
  choices?: { delta?: { content?: string | null }; finish_reason?: string | null }[];
  usage?: Parameters<typeof fromApiUsage>[0] | null;
}

/** The SSE decoder logs unparsable chunks through its client; this stand-in has no logger, so answers stay private. */
const QUIET_CLIENT = {} as ConstructorParameters<typeof Stream>[2];

function endpointURL(baseURL: string, path: string): string {
  return `${baseURL.replace(/\/+$/, '')}/${path}`;
}

function headers(endpoint: OpenAIEndpoint): Record<string, string> {
  const key = endpoint.apiKey?.trim();
  return {
    'content-type': 'application/json',
    accept: 'application/json',
    ...(key ? { authorization: `Bearer ${key}` } : {}),
  };
}

/** A fetch whose failures are the SDK's error classes, so errors.ts maps them like the SDK's own. */
export async function request(
  endpoint: OpenAIEndpoint,
  path: string,
  init: { method: 'GET' | 'POST'; body?: unknown },
  signal: AbortSignal,
): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(endpointURL(endpoint.baseURL, path), {
      method: init.method,
      headers: headers(endpoint),
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      signal,
      // The key is for this server only: never follow a redirect that would carry it elsewhere.
      redirect: 'error',
      credentials: 'omit',
    });
  } catch (error) {
    if (signal.aborted) throw new DOMException('Aborted', 'AbortError');
    throw new APIConnectionError({ cause: error instanceof Error ? error : undefined });
  }
  if (response.ok) return response;
  const text = await response.text().catch(() => '');
  let body: object | undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    body = typeof parsed === 'object' && parsed !== null ? parsed : undefined;
  } catch {
    body = undefined;
  }
  throw APIError.generate(
    response.status,
    body,
    body === undefined ? text || undefined : undefined,
    response.headers,
  );
}

async function streamCompletion(
  endpoint: OpenAIEndpoint,
  options: OpenAITransportOptions,
  call: StreamRequest,
  responseFormat?: StructuredRequest['format'],
): Promise<StreamResult> {
  assertNoKey(call.messages, endpoint.apiKey);
  const context = {
    baseURL: endpoint.baseURL,
    model: endpoint.model,
    firstTokenTimeoutMs: options.timeouts.firstTokenMs,
    idleTimeoutMs: options.timeouts.idleMs,
  };
  const { controller, watchdog, state, take, close } = openAnswer(call, options.timeouts, context);
  let finishReason: string | null = null;
  let streaming = false;
  const body = {
    model: endpoint.model,
    messages: call.messages,
    stream: true,
    stream_options: { include_usage: true },
    [endpoint.maxTokensField]: call.maxTokens,
    ...(call.temperature === undefined ? {} : { temperature: call.temperature }),
    ...(responseFormat
      ? { response_format: { type: 'json_schema', json_schema: { ...responseFormat, strict: true } } }
      : {}),
  };

  try {
    const response = await withRetries(
      () => {
        watchdog.waitForFirst();
        state.sent = true;
        return request(endpoint, 'chat/completions', { method: 'POST', body }, controller.signal);
      },
      { ...options, signal: controller.signal },
      (error) => {
        // A refused or unreachable request was read by no model; only the last attempt's fate counts.
        if (error instanceof APIError) state.sent = false;
        return watchdog.expired || call.signal?.aborted
          ? { code: 'aborted', retryable: false, message: '' }
          : toLlmError(error, context);
      },
    );
    streaming = true;
    for await (const chunk of Stream.fromSSEResponse<CompletionChunk>(response, controller, QUIET_CLIENT)) {
      if (typeof chunk !== 'object' || chunk === null) throw new StreamError('malformed-stream');
      if (chunk.usage) state.usage = fromApiUsage(chunk.usage);
      const choice = chunk.choices?.[0];
      take(choice?.delta?.content);
      if (choice?.finish_reason) finishReason = choice.finish_reason;
    }
  } catch (error) {
    throw streamFailure(error, state, streaming);
  } finally {
    close();
  }
  // The decoder ends an aborted stream quietly, and a cut connection can end it cleanly too: only a
  // finish_reason proves the answer is whole.
  if (call.signal?.aborted || watchdog.expired || finishReason === null) {
    throw streamFailure(new StreamError('dropped'), state, true);
  }
  return { text: state.text, usage: state.usage, finishReason };
}

/** A network error after the stream began is a dropped connection, not an unreachable server. */
function streamFailure(error: unknown, state: FailureState, streaming: boolean): LlmFailure {
  const midStream =
    streaming &&
    !(error instanceof LlmFailure) &&
    !(error instanceof APIError && error.status !== undefined) &&
    !(error instanceof SyntaxError) &&
    !(error instanceof StreamError);
  return failureOf(midStream ? new StreamError('dropped', 'dropped', { cause: error }) : error, state);
}

export function openAITransport(endpoint: OpenAIEndpoint, options: OpenAITransportOptions): Transport {
  return {
    stream: (call) => streamCompletion(endpoint, options, call),
    structured: (call) => streamCompletion(endpoint, options, call, call.format),
  };
}
