import { type ErrorContext, LlmFailure, StreamError, toLlmError } from './errors';
import type { PromptMessage } from './tokens';
import type { Usage } from './usage';

/**
 * One transport per kind of provider (the provider table names it): how a prompt reaches a model
 * and how its answer streams back. Flows, the cache, the cap and the panel never see which one.
 */

/** A JSON schema the answer must match, where the provider can enforce one. */
export interface JsonSchemaFormat {
  /** Letters, digits, _ and - (OpenAI's rule for schema names). */
  name: string;
  schema: Record<string, unknown>;
}

export interface StreamRequest {
  messages: readonly PromptMessage[];
  /** The most the answer may spend; a longer answer ends with finishReason "length". */
  maxTokens: number;
  temperature?: number;
  signal?: AbortSignal;
  onToken?: (delta: string) => void;
}

export interface StructuredRequest extends StreamRequest {
  format: JsonSchemaFormat;
}

export interface StreamResult {
  text: string;
  /** What the server reported, or null when it reported nothing (then the caller estimates). */
  usage: Usage | null;
  /** "stop", or "length" when the answer hit maxTokens. */
  finishReason: string;
}

export interface Transport {
  stream(request: StreamRequest): Promise<StreamResult>;
  /**
   * The same, with the answer constrained to a JSON schema. Absent where the provider cannot
   * constrain output; structured.ts then asks for JSON in words and parses what comes.
   */
  structured?(request: StructuredRequest): Promise<StreamResult>;
}

/** How long a transport waits: for the first word, then between words. */
export interface Timeouts {
  firstTokenMs: number;
  idleMs: number;
}

/**
 * The clock over one streamed answer: the first word gets `firstTokenMs`, every later silence
 * `idleMs`. Expiry aborts `controller` and is remembered, so the transport can tell it from a Stop.
 */
export class Watchdog {
  expired: 'first-token-timeout' | 'stalled' | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private started = false;

  constructor(
    private readonly timeouts: Timeouts,
    private readonly controller: AbortController,
  ) {}

  /** Before the first word: (re)start its wait, e.g. for each retry of the request. */
  waitForFirst(): void {
    this.arm(this.timeouts.firstTokenMs, 'first-token-timeout');
  }

  /** Something arrived. Only text counts as the first word; after it, any chunk shows life. */
  heard(isText: boolean): void {
    if (isText) this.started = true;
    if (this.started) this.arm(this.timeouts.idleMs, 'stalled');
  }

  stop(): void {
    clearTimeout(this.timer);
  }

  private arm(ms: number, kind: 'first-token-timeout' | 'stalled'): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.expired = kind;
      this.controller.abort();
    }, ms);
  }
}

/** An AbortController that also aborts when the caller's signal does; `release` unhooks it. */
function linkedController(signal: AbortSignal | undefined): {
  controller: AbortController;
  release(): void;
} {
  const controller = new AbortController();
  const onAbort = () => controller.abort();
  if (signal?.aborted) controller.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  return { controller, release: () => signal?.removeEventListener('abort', onAbort) };
}

/**
 * What every transport's call starts with: a controller that also hears the caller's Stop, the
 * watchdog over it, and the state a failure reports. `take` adds a streamed delta (a chunk with no
 * text still shows life once the first word came); `close` stops the clock and unhooks the Stop.
 */
export function openAnswer(call: StreamRequest, timeouts: Timeouts, context: ErrorContext) {
  const { controller, release } = linkedController(call.signal);
  const watchdog = new Watchdog(timeouts, controller);
  const state: FailureState = { signal: call.signal, watchdog, text: '', usage: null, sent: false, context };
  const take = (delta: string | null | undefined): void => {
    watchdog.heard(Boolean(delta));
    if (!delta) return;
    state.text += delta;
    call.onToken?.(delta);
  };
  const close = (): void => {
    watchdog.stop();
    release();
  };
  return { controller, watchdog, state, take, close };
}

export interface FailureState {
  signal: AbortSignal | undefined;
  watchdog: Watchdog;
  text: string;
  usage: Usage | null;
  sent: boolean;
  context: ErrorContext;
}

/**
 * The failure to throw for an answer that did not finish: a Stop, an expired wait, or the error,
 * with the partial text and whether the model had the prompt (for the token count).
 */
export function failureOf(error: unknown, state: FailureState): LlmFailure {
  const details = { sent: state.sent, usage: state.usage, cause: error };
  if (state.signal?.aborted) {
    return new LlmFailure(toLlmError(new DOMException('Aborted', 'AbortError')), state.text, details);
  }
  if (state.watchdog.expired) {
    return new LlmFailure(
      toLlmError(new StreamError(state.watchdog.expired), state.context),
      state.text,
      details,
    );
  }
  if (error instanceof LlmFailure) {
    return new LlmFailure(error.error, state.text, { ...details, sent: state.sent && error.sent });
  }
  return new LlmFailure(toLlmError(error, state.context), state.text, details);
}
