import { LlmFailure } from './errors';
import { chromeAIStatus } from './providers';
import {
  failureOf,
  openAnswer,
  type StreamRequest,
  type StreamResult,
  type StructuredRequest,
  type Timeouts,
  type Transport,
} from './transport';

/*
 * Chrome's built-in model through the Prompt API (`LanguageModel`), where the browser has it. No
 * server, no key, no usage figures (the caller estimates them). Structured answers use the API's
 * `responseConstraint`, so job prep and quiz generation get JSON as they do from a server.
 */

type Role = 'system' | 'user' | 'assistant';

interface LanguageModelSession {
  promptStreaming(
    input: string,
    options?: { signal?: AbortSignal; responseConstraint?: Record<string, unknown> },
  ): AsyncIterable<string>;
  destroy(): void;
}

interface LanguageModelApi {
  create(options: {
    initialPrompts?: { role: Role; content: string }[];
    signal?: AbortSignal;
  }): Promise<LanguageModelSession>;
}

async function promptModel(
  scope: object,
  timeouts: Timeouts,
  call: StreamRequest,
  format?: StructuredRequest['format'],
): Promise<StreamResult> {
  const status = await chromeAIStatus(scope);
  const api = (scope as { LanguageModel?: LanguageModelApi }).LanguageModel;
  if (!status.available || !api) {
    throw new LlmFailure({ code: 'forbidden', retryable: false, message: status.reason });
  }
  // The system prompt and the earlier turns open the session; the last user message is the prompt.
  const last = call.messages.at(-1);
  const input = last?.role === 'user' ? last.content : '';
  const earlier = last?.role === 'user' ? call.messages.slice(0, -1) : call.messages;
  const initialPrompts = earlier.map(({ role, content }) => ({ role, content }));

  const { controller, watchdog, state, take, close } = openAnswer(call, timeouts, {
    firstTokenTimeoutMs: timeouts.firstTokenMs,
    idleTimeoutMs: timeouts.idleMs,
  });
  let session: LanguageModelSession | undefined;
  try {
    watchdog.waitForFirst();
    session = await api.create({ initialPrompts, signal: controller.signal });
    state.sent = true;
    const options = {
      signal: controller.signal,
      ...(format ? { responseConstraint: format.schema } : {}),
    };
    for await (const chunk of session.promptStreaming(input, options)) {
      // Older Chromes stream the whole text so far rather than deltas.
      take(chunk.startsWith(state.text) && state.text.length > 0 ? chunk.slice(state.text.length) : chunk);
      if (controller.signal.aborted) break;
    }
    if (controller.signal.aborted) throw new DOMException('Aborted', 'AbortError');
  } catch (error) {
    throw failureOf(error, state);
  } finally {
    close();
    session?.destroy();
  }
  return { text: state.text, usage: null, finishReason: 'stop' };
}

/** `scope` is globalThis in the extension, a Prompt API stand-in in tests. */
export function chromeAITransport(timeouts: Timeouts, scope: object = globalThis): Transport {
  return {
    stream: (call) => promptModel(scope, timeouts, call),
    structured: (call) => promptModel(scope, timeouts, call, call.format),
  };
}
