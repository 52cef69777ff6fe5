import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai/error';
import type { LlmErrorCode } from './error-codes';
import type { Usage } from './usage';

export type { LlmErrorCode } from './error-codes';

export interface LlmError {
  code: LlmErrorCode;
  /** One sentence naming the cause and the next step; empty for `aborted`, which is not an error to show. */
  message: string;
  retryable: boolean;
  retryAfterMs?: number;
  status?: number;
}

/** Failures our own stream handling detects (the SDK has no class for them). */
export type StreamErrorKind =
  | 'first-token-timeout'
  | 'stalled'
  | 'dropped'
  | 'malformed-stream'
  | 'worker-restarted';

export class StreamError extends Error {
  constructor(
    readonly kind: StreamErrorKind,
    message: string = kind,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StreamError';
  }
}

export interface FailureDetails {
  cause?: unknown;
  /**
   * Whether the prompt reached a model that may have read it (and billed it): true for a timeout,
   * a Stop or a cut stream, false when the server refused the request or could not be reached.
   */
  sent?: boolean;
  /** What the server reported spending before the failure, when it did. */
  usage?: Usage | null;
}

/** What the transports throw: the mapped error, plus whatever text had already streamed. */
export class LlmFailure extends Error {
  readonly sent: boolean;
  readonly usage: Usage | null;

  constructor(
    readonly error: LlmError,
    readonly partialText = '',
    details: FailureDetails = {},
  ) {
    super(error.message || error.code, { cause: details.cause });
    this.name = 'LlmFailure';
    this.sent = details.sent ?? false;
    this.usage = details.usage ?? null;
  }
}

/** A failure Sparring decides on itself, before any request (no model, a cap, a missing input). */
export function refusal(code: LlmErrorCode, message: string): LlmFailure {
  return new LlmFailure({ code, retryable: false, message });
}

export interface ErrorContext {
  baseURL?: string;
  model?: string;
  /** The first-token timeout in force, to quote it. */
  firstTokenTimeoutMs?: number;
  /** The silence allowed between chunks once the answer has started. */
  idleTimeoutMs?: number;
}

const OPTIONS_HINT = "Sparring's options → Provider";

/** Whether the request went to a local Ollama (its default port), whose 403 means a refused origin. */
function looksLikeOllama(baseURL: string | undefined): boolean {
  if (!baseURL) return false;
  try {
    return new URL(baseURL).port === '11434';
  } catch {
    return false;
  }
}

/** retry-after-ms (OpenAI's precise header) first, then retry-after in seconds or as an HTTP date. */
export function retryAfterMs(headers: Headers | undefined, now = Date.now()): number | undefined {
  const precise = Number(headers?.get('retry-after-ms'));
  if (headers?.get('retry-after-ms') && Number.isFinite(precise) && precise >= 0) return precise;
  const value = headers?.get('retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(date - now, 0);
}

function seconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

function fromApiError(error: APIError, context: ErrorContext): LlmError {
  const { status, code } = error;
  const model = context.model ? `"${context.model}"` : 'this model';
  if (status === 401) {
    return {
      code: 'invalid-key',
      status,
      retryable: false,
      message: `The API key was rejected (401). Check or change it in ${OPTIONS_HINT} → API key, then try again.`,
    };
  }
  if (status === 403) {
    if (looksLikeOllama(context.baseURL) || !error.error) {
      return {
        code: 'ollama-origin',
        status,
        retryable: false,
        message:
          "The server refused the extension's origin (403). For Ollama, restart it with OLLAMA_ORIGINS=chrome-extension://* (moz-extension://* in Firefox) set, then try again.",
      };
    }
    return {
      code: 'forbidden',
      status,
      retryable: false,
      message: `Your key has no access to ${model} (403). Pick another model in ${OPTIONS_HINT} → Model, or enable it for your account.`,
    };
  }
  // Ollama says "model … not found" without a code; other 404s mean the URL itself is wrong.
  if (
    code === 'model_not_found' ||
    (status === 404 && /\bmodel\b.*\b(not found|does not exist)/i.test(error.message))
  ) {
    return {
      code: 'model-not-found',
      status,
      retryable: false,
      message: `The server does not know the model ${model} (404). Pick another model in ${OPTIONS_HINT} → Model.`,
    };
  }
  if (status === 404) {
    return {
      code: 'endpoint-not-found',
      status,
      retryable: false,
      message: `The server has no such endpoint (404). Check the base URL in ${OPTIONS_HINT} (it usually ends in /v1).`,
    };
  }
  if (code === 'insufficient_quota') {
    return {
      code: 'quota-exhausted',
      status,
      retryable: false,
      message:
        "Your provider account has run out of quota (429 insufficient_quota). Add credit or raise the limit in the provider's billing settings, or switch to Offline in Sparring's options.",
    };
  }
  if (status === 429 || code === 'rate_limit_exceeded') {
    const wait = retryAfterMs(error.headers);
    return {
      code: 'rate-limited',
      status,
      retryable: true,
      ...(wait === undefined ? {} : { retryAfterMs: wait }),
      message:
        wait === undefined
          ? 'The provider is rate-limiting requests (429). Wait a moment, then press Retry.'
          : `The provider is rate-limiting requests (429). Try again in ${seconds(wait)} s.`,
    };
  }
  if (code === 'context_length_exceeded') {
    return {
      code: 'context-too-long',
      status,
      retryable: false,
      message: `The request is longer than ${model} accepts (context length exceeded). Clear the chat history or shorten your code, or pick a model with a larger context.`,
    };
  }
  if (status !== undefined && status >= 500) {
    return {
      code: 'server-error',
      status,
      retryable: true,
      message: `The provider had a server error (${status}) and retries did not help. Try again in a minute.`,
    };
  }
  if (status === undefined) {
    // An error event inside an otherwise good stream (OpenRouter and others send these).
    return {
      code: 'server-error',
      retryable: true,
      message: `The provider reported an error mid-answer${error.message ? ` (${error.message})` : ''}. Press Retry.`,
    };
  }
  return {
    code: 'bad-request',
    status,
    retryable: false,
    message: `The provider rejected the request (${status}${error.message ? `: ${error.message}` : ''}). Check the model and base URL in ${OPTIONS_HINT}.`,
  };
}

const NETWORK_MESSAGE =
  "Could not reach the model server. Check that you are online, or that the local server (Ollama, LM Studio) is running at the base URL in Sparring's options.";

/** Map any failure of a model request to a code and a sentence the user can act on. */
export function toLlmError(error: unknown, context: ErrorContext = {}): LlmError {
  if (error instanceof LlmFailure) return error.error;
  if (error instanceof APIUserAbortError || (error instanceof Error && error.name === 'AbortError')) {
    return { code: 'aborted', retryable: true, message: '' };
  }
  if (error instanceof StreamError) {
    switch (error.kind) {
      case 'first-token-timeout':
        return {
          code: 'first-token-timeout',
          retryable: true,
          message: `The model sent nothing for ${seconds(context.firstTokenTimeoutMs ?? 30_000)} s, so Sparring stopped waiting. The server may be overloaded or still loading the model or reading the prompt: press Retry, or allow it longer in ${OPTIONS_HINT} → Wait for the first word.`,
        };
      case 'stalled':
        return {
          code: 'stalled',
          retryable: true,
          message: `The model went quiet for ${seconds(context.idleTimeoutMs ?? 30_000)} s in the middle of its answer, so Sparring stopped waiting. The partial answer is kept; press Retry for a full one.`,
        };
      case 'dropped':
        return {
          code: 'dropped',
          retryable: true,
          message:
            'The connection dropped before the answer finished. The partial answer is kept; press Retry for a full one.',
        };
      case 'malformed-stream':
        return {
          code: 'malformed-stream',
          retryable: true,
          message:
            'The server sent a chunk Sparring could not read (malformed stream). The partial answer is kept; press Retry, and check the base URL points at an OpenAI-compatible /v1 endpoint.',
        };
      case 'worker-restarted':
        return {
          code: 'worker-restarted',
          retryable: true,
          message:
            "Sparring's background restarted while answering (the browser stops idle extension workers). The partial answer is kept; press Retry.",
        };
    }
  }
  // Checked before APIError: the timeout class is a subclass of the connection error, which is one of APIError.
  if (error instanceof APIConnectionTimeoutError) {
    return {
      code: 'first-token-timeout',
      retryable: true,
      message:
        'The model server did not answer in time. It may be overloaded or loading the model; press Retry.',
    };
  }
  if (error instanceof APIConnectionError || isNetworkError(error)) {
    return { code: 'network', retryable: true, message: NETWORK_MESSAGE };
  }
  if (error instanceof APIError) return fromApiError(error, context);
  if (error instanceof SyntaxError) return toLlmError(new StreamError('malformed-stream'), context);
  return {
    code: 'unknown',
    retryable: true,
    message: `Something unexpected went wrong (${error instanceof Error ? error.message : String(error)}). Press Retry.`,
  };
}

/** fetch's TypeError ("Failed to fetch", "fetch failed") and Node's socket errors. */
function isNetworkError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code ?? (error.cause as { code?: unknown } | undefined)?.code;
  if (typeof code === 'string' && ['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN'].includes(code))
    return true;
  return error instanceof TypeError && /fetch|network/i.test(error.message);
}

/**
 * Some servers and proxies quote the Authorization header in their error text, which the UI shows:
 * the key is cut out of anything that reaches it.
 */
export function redactKey(text: string, apiKey: string | undefined): string {
  const key = apiKey?.trim();
  if (!key || key.length < 8) return text;
  return text.split(key).join('[API key hidden]');
}
