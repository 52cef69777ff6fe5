import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type LlmErrorCode, LlmFailure } from '@/lib/llm/errors';
import { type OpenAIEndpoint, openAITransport } from '@/lib/llm/openai-transport';
import type { RetryOptions } from '@/lib/llm/retry';
import type { StreamRequest, Timeouts } from '@/lib/llm/transport';
import { closedPort } from '../../support/closed-port';
import { chunkText, type MockOpenAI, startMockOpenAI } from '../../support/mock-openai';

const REPLY = 'Use a hash map from value to index; one pass is enough for this problem.';
let mock: MockOpenAI;

beforeAll(async () => {
  mock = await startMockOpenAI({ tokenDelayMs: 1 });
  mock.setReply(REPLY);
});
afterAll(() => mock.close());
afterEach(() => {
  mock.setFault(null);
  mock.setReply(REPLY);
  mock.setTokenDelay(1);
  mock.requests.length = 0;
});

/** Waits recorded instead of slept, so backoff tests run instantly. */
function recordingSleep() {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}

type Options = Partial<OpenAIEndpoint & RetryOptions & StreamRequest & Timeouts>;

/** One streamed answer from the mock through the transport, with any part of its setup changed. */
function streamChat(overrides: Options = {}) {
  const { baseURL, apiKey, model, maxTokensField, firstTokenMs, idleMs, sleep, maxRetries, ...call } = {
    baseURL: mock.baseURL,
    apiKey: 'sk-test-key-123456',
    model: 'gpt-4o-mini',
    maxTokensField: 'max_tokens' as const,
    firstTokenMs: 30_000,
    idleMs: 30_000,
    messages: [{ role: 'user' as const, content: 'Give me a nudge.' }],
    maxTokens: 500,
    ...overrides,
  };
  const transport = openAITransport(
    { baseURL, apiKey, model, maxTokensField },
    { timeouts: { firstTokenMs, idleMs }, sleep, maxRetries },
  );
  return transport.stream(call);
}

async function failure(promise: Promise<unknown>): Promise<LlmFailure> {
  const caught = await promise.then(
    () => null,
    (error: unknown) => error,
  );
  expect(caught).toBeInstanceOf(LlmFailure);
  return caught as LlmFailure;
}

describe('the OpenAI-compatible transport', () => {
  it('streams tokens in order and returns text, usage and finish reason', async () => {
    const tokens: string[] = [];
    const result = await streamChat({ onToken: (delta) => tokens.push(delta) });
    expect(result.text).toBe(REPLY);
    expect(tokens).toEqual(chunkText(REPLY, 12));
    expect(result.finishReason).toBe('stop');
    expect(result.usage?.completionTokens).toBeGreaterThan(0);
    const body = mock.requests[0]?.body as { stream: boolean; stream_options: unknown };
    expect(body.stream).toBe(true);
    expect(body.stream_options).toEqual({ include_usage: true });
    expect(mock.requests[0]?.headers.authorization).toBe('Bearer sk-test-key-123456');
  });

  it("sends a token limit with every request, in the field the provider's row names", async () => {
    await streamChat({ maxTokens: 321 });
    await streamChat({ maxTokens: 654, maxTokensField: 'max_completion_tokens' });
    const bodies = mock.requests.map((request) => request.body as Record<string, unknown>);
    expect(bodies[0]).toMatchObject({ max_tokens: 321 });
    expect(bodies[0]).not.toHaveProperty('max_completion_tokens');
    expect(bodies[1]).toMatchObject({ max_completion_tokens: 654 });
  });

  it('reports an answer cut at its token limit as finish reason "length", text kept', async () => {
    mock.setFault({ kind: 'cut-at-length', afterChunks: 2 });
    const result = await streamChat();
    expect(result.finishReason).toBe('length');
    expect(result.text).toBe(chunkText(REPLY, 12).slice(0, 2).join(''));
  });

  it('returns no usage when the server reports none, for the caller to estimate', async () => {
    mock.setFault({ kind: 'no-usage' });
    expect((await streamChat()).usage).toBeNull();
  });

  it('sends no Authorization header when no key is set (local servers)', async () => {
    await streamChat({ apiKey: '' });
    await streamChat({ apiKey: undefined });
    expect(mock.requests.map((request) => request.headers.authorization)).toEqual([undefined, undefined]);
  });

  it('refuses to send a prompt that contains the API key', async () => {
    const error = await failure(
      streamChat({ messages: [{ role: 'user', content: 'my key is sk-test-key-123456' }] }),
    );
    expect(error.error.code).toBe('bad-request');
    expect(mock.requests).toHaveLength(0);
  });

  it.each<[Parameters<MockOpenAI['setFault']>[0], LlmErrorCode, RegExp]>([
    [{ kind: 'invalid-api-key' }, 'invalid-key', /API key was rejected.*options → Provider → API key/],
    [{ kind: 'forbidden' }, 'forbidden', /no access to "gpt-4o-mini".*another model/],
    [{ kind: 'forbidden', ollama: true }, 'ollama-origin', /OLLAMA_ORIGINS=chrome-extension:\/\/\*/],
    [
      { kind: 'model-not-found' },
      'model-not-found',
      /does not know the model "gpt-4o-mini".*options → Provider → Model/,
    ],
    [{ kind: 'insufficient-quota' }, 'quota-exhausted', /run out of quota.*billing/],
    [{ kind: 'context-length-exceeded' }, 'context-too-long', /context length exceeded/],
  ])('maps fault %o to %s with a sentence naming cause and next step', async (fault, code, message) => {
    mock.setFault(fault);
    const { sleep, waits } = recordingSleep();
    const error = await failure(streamChat({ sleep }));
    expect(error.error.code).toBe(code);
    expect(error.error.message).toMatch(message);
    expect(error.error.retryable).toBe(false);
    expect(waits).toEqual([]);
    expect(mock.requests).toHaveLength(1);
  });

  it('waits out a short rate limit as retry-after says, then answers', async () => {
    mock.setFault({ kind: 'rate-limit', retryAfterSeconds: 2, once: true });
    const { sleep, waits } = recordingSleep();
    const result = await streamChat({ sleep });
    expect(result.text).toBe(REPLY);
    expect(waits).toEqual([2000]);
  });

  it('reports a long rate limit at once with its retry-after', async () => {
    mock.setFault({ kind: 'rate-limit', retryAfterSeconds: 42 });
    const { sleep, waits } = recordingSleep();
    const error = await failure(streamChat({ sleep }));
    expect(error.error).toMatchObject({ code: 'rate-limited', retryable: true, retryAfterMs: 42_000 });
    expect(error.error.message).toMatch(/try again in 42 s/i);
    expect(waits).toEqual([]);
  });

  it('retries a 500 with backoff, then succeeds', async () => {
    mock.setFault({ kind: 'server-error', once: true });
    const { sleep, waits } = recordingSleep();
    const result = await streamChat({ sleep });
    expect(result.text).toBe(REPLY);
    expect(waits).toEqual([500]);
    expect(mock.requests).toHaveLength(2);
  });

  it('gives up on a persistent 5xx after maxRetries, with growing waits', async () => {
    mock.setFault({ kind: 'server-error', status: 503 });
    const { sleep, waits } = recordingSleep();
    const error = await failure(streamChat({ sleep, maxRetries: 3 }));
    expect(error.error).toMatchObject({ code: 'server-error', status: 503, retryable: true });
    expect(error.error.message).toMatch(/server error \(503\)/);
    expect(waits).toEqual([500, 1000, 2000]);
    expect(mock.requests).toHaveLength(4);
  });

  it('stops waiting when no token arrives within the first-token timeout, counting the prompt as sent', async () => {
    mock.setFault({ kind: 'slow-first-token', delayMs: 1_000 });
    const started = Date.now();
    const error = await failure(streamChat({ firstTokenMs: 150 }));
    expect(error.error.code).toBe('first-token-timeout');
    expect(error.error.message).toMatch(/sent nothing for 1 s/);
    expect(error.sent).toBe(true);
    expect(Date.now() - started).toBeLessThan(900);
  });

  it('waits for the first token even before the server sends its headers', async () => {
    mock.setFault({ kind: 'slow-headers', delayMs: 1_000 });
    const error = await failure(streamChat({ firstTokenMs: 150 }));
    expect(error.error.code).toBe('first-token-timeout');
  });

  it('does not time out once tokens flow, however long the answer takes', async () => {
    // Eight chunks 200 ms apart outlast both timeouts, while no single gap comes near them (a
    // loaded CI machine can pause a few hundred milliseconds).
    expect(chunkText(REPLY, 12).length * 200).toBeGreaterThan(1_000);
    mock.setTokenDelay(200);
    const result = await streamChat({ firstTokenMs: 1_000, idleMs: 1_000 });
    expect(result.text).toBe(REPLY);
  });

  it('ends a stream that goes quiet mid-answer, keeping the partial answer', async () => {
    mock.setFault({ kind: 'stall-mid-stream', afterChunks: 3 });
    const started = Date.now();
    const error = await failure(streamChat({ idleMs: 200 }));
    expect(error.error.code).toBe('stalled');
    expect(error.error.message).toMatch(/went quiet for 1 s.*partial answer is kept/);
    expect(error.partialText).toBe(chunkText(REPLY, 12).slice(0, 3).join(''));
    expect(error.sent).toBe(true);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('counts a request the server refused as not sent', async () => {
    mock.setFault({ kind: 'invalid-api-key' });
    expect((await failure(streamChat())).sent).toBe(false);
  });

  it('keeps the partial answer when the connection drops mid-stream', async () => {
    mock.setFault({ kind: 'drop-mid-stream', afterChunks: 3 });
    const tokens: string[] = [];
    const error = await failure(streamChat({ onToken: (delta) => tokens.push(delta) }));
    expect(error.error.code).toBe('dropped');
    expect(error.error.message).toMatch(/partial answer is kept.*Retry/);
    expect(error.partialText).toBe(chunkText(REPLY, 12).slice(0, 3).join(''));
    expect(error.partialText).toBe(tokens.join(''));
  });

  it('reports a malformed chunk and keeps what came before it', async () => {
    mock.setFault({ kind: 'malformed-chunk', afterChunks: 2 });
    const error = await failure(streamChat());
    expect(error.error.code).toBe('malformed-stream');
    expect(error.partialText).toBe(chunkText(REPLY, 12).slice(0, 2).join(''));
  });

  it('treats the user stopping as an abort, not an error, keeping the partial text', async () => {
    mock.setTokenDelay(30);
    const controller = new AbortController();
    let received = 0;
    const error = await failure(
      streamChat({
        signal: controller.signal,
        onToken: () => {
          received += 1;
          if (received === 2) controller.abort();
        },
      }),
    );
    expect(error.error).toMatchObject({ code: 'aborted', message: '' });
    expect(error.sent).toBe(true);
    expect(error.partialText).toBe(chunkText(REPLY, 12).slice(0, 2).join(''));
  });

  it('says the server is unreachable when nothing listens on the port', async () => {
    const port = await closedPort();
    const error = await failure(streamChat({ baseURL: `http://127.0.0.1:${port}/v1`, maxRetries: 0 }));
    expect(error.error.code).toBe('network');
    expect(error.error.message).toMatch(/online.*running/);
    expect(error.sent).toBe(false);
  });
});
