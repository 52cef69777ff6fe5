import OpenAI from 'openai';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chunkText, type MockOpenAI, startMockOpenAI } from '../../support/mock-openai';

let mock: MockOpenAI;
let client: OpenAI;

beforeAll(async () => {
  mock = await startMockOpenAI({ tokenDelayMs: 1 });
  client = new OpenAI({ baseURL: mock.baseURL, apiKey: 'sk-test', maxRetries: 0, logLevel: 'off' });
});
afterAll(() => mock.close());
afterEach(() => {
  mock.setFault(null);
  mock.setReply('Hello from the mock server, streamed in pieces.');
  mock.requests.length = 0;
  mock.tokenTimes.length = 0;
});

const messages = [{ role: 'user' as const, content: 'hi' }];

async function collect(stream: AsyncIterable<OpenAI.ChatCompletionChunk>) {
  const chunks: OpenAI.ChatCompletionChunk[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return chunks;
}

async function apiError(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(OpenAI.APIError);
  return error as InstanceType<typeof OpenAI.APIError>;
}

describe('mock OpenAI server', () => {
  it('lists models including a small gpt-4o-mini-like one', async () => {
    const page = await client.models.list();
    expect(page.data.map((model) => model.id)).toContain('gpt-4o-mini');
  });

  it('streams a role chunk, content chunks, finish_reason stop, usage and [DONE]', async () => {
    const chunks = await collect(
      await client.chat.completions.create({
        model: 'gpt-4o-mini',
        messages,
        stream: true,
        stream_options: { include_usage: true },
      }),
    );
    expect(chunks[0]?.choices[0]?.delta.role).toBe('assistant');
    const text = chunks.map((chunk) => chunk.choices[0]?.delta.content ?? '').join('');
    expect(text).toBe('Hello from the mock server, streamed in pieces.');
    const contentChunks = chunks.filter((chunk) => chunk.choices[0]?.delta.content);
    expect(contentChunks.length).toBeGreaterThan(2);
    expect(mock.tokenTimes).toHaveLength(contentChunks.length);
    expect(chunks.at(-2)?.choices[0]?.finish_reason).toBe('stop');
    expect(chunks.at(-1)?.usage?.completion_tokens).toBeGreaterThan(0);
  });

  it('omits the usage chunk unless asked', async () => {
    const chunks = await collect(
      await client.chat.completions.create({ model: 'gpt-4o-mini', messages, stream: true }),
    );
    expect(chunks.every((chunk) => !chunk.usage)).toBe(true);
  });

  it('answers non-streaming requests with usage, and records them', async () => {
    mock.setReply((request) => `echo ${(request.body as { model: string }).model}`);
    const completion = await client.chat.completions.create({ model: 'gpt-4.1-mini', messages });
    expect(completion.choices[0]?.message.content).toBe('echo gpt-4.1-mini');
    expect(completion.usage?.total_tokens).toBeGreaterThan(0);
    expect(mock.requests[0]).toMatchObject({ method: 'POST', path: '/v1/chat/completions' });
    expect(mock.requests[0]?.headers.authorization).toBe('Bearer sk-test');
  });

  it('returns the configured JSON for structured output', async () => {
    mock.setReply('{"answer":42}');
    const completion = await client.chat.completions.create({
      model: 'gpt-4o-mini',
      messages,
      response_format: {
        type: 'json_schema',
        json_schema: { name: 'a', schema: { type: 'object', properties: { answer: { type: 'number' } } } },
      },
    });
    expect(JSON.parse(completion.choices[0]?.message.content ?? '')).toEqual({ answer: 42 });
  });

  it('answers CORS preflights and allows any origin', async () => {
    const preflight = await fetch(`${mock.baseURL}/chat/completions`, { method: 'OPTIONS' });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    const models = await fetch(`${mock.baseURL}/models`);
    expect(models.headers.get('access-control-allow-origin')).toBe('*');
  });

  it.each([
    [{ kind: 'invalid-api-key' } as const, 401, 'invalid_api_key', 'invalid_request_error'],
    [{ kind: 'forbidden' } as const, 403, 'model_not_found', 'invalid_request_error'],
    [{ kind: 'model-not-found' } as const, 404, 'model_not_found', 'invalid_request_error'],
    [{ kind: 'insufficient-quota' } as const, 429, 'insufficient_quota', 'insufficient_quota'],
    [{ kind: 'server-error' } as const, 500, null, 'server_error'],
    [{ kind: 'context-length-exceeded' } as const, 400, 'context_length_exceeded', 'invalid_request_error'],
  ])('fault %o answers %i with OpenAI-shaped error', async (fault, status, code, type) => {
    mock.setFault(fault);
    const error = await apiError(client.chat.completions.create({ model: 'gpt-4o-mini', messages }));
    expect(error.status).toBe(status);
    expect(error.code).toBe(code);
    expect(error.type).toBe(type);
    expect(error.error).toMatchObject({ message: expect.any(String) });
  });

  it('sends retry-after with rate limits', async () => {
    mock.setFault({ kind: 'rate-limit', retryAfterSeconds: 7 });
    const error = await apiError(client.chat.completions.create({ model: 'gpt-4o-mini', messages }));
    expect(error.status).toBe(429);
    expect(error.code).toBe('rate_limit_exceeded');
    expect(error.headers?.get('retry-after')).toBe('7');
  });

  it('answers like Ollama with an empty 403 when asked', async () => {
    mock.setFault({ kind: 'forbidden', ollama: true });
    const error = await apiError(client.models.list());
    expect(error.status).toBe(403);
    expect(error.error).toBeUndefined();
  });

  it('keeps a fault until cleared, or for one request with once', async () => {
    mock.setFault({ kind: 'server-error' });
    await apiError(client.models.list());
    await apiError(client.models.list());
    mock.setFault({ kind: 'server-error', once: true });
    await apiError(client.models.list());
    await expect(client.models.list()).resolves.toBeDefined();
  });

  it('delays the first token when slow', async () => {
    mock.setFault({ kind: 'slow-first-token', delayMs: 150 });
    const started = Date.now();
    const stream = await client.chat.completions.create({ model: 'gpt-4o-mini', messages, stream: true });
    await collect(stream);
    expect((mock.tokenTimes[0] ?? 0) - started).toBeGreaterThanOrEqual(140);
  });

  it('drops the connection mid-stream after N chunks', async () => {
    mock.setFault({ kind: 'drop-mid-stream', afterChunks: 2 });
    const received: string[] = [];
    const stream = await client.chat.completions.create({ model: 'gpt-4o-mini', messages, stream: true });
    const outcome = await (async () => {
      for await (const chunk of stream) {
        received.push(chunk.choices[0]?.delta.content ?? '');
        if (chunk.choices[0]?.finish_reason) return 'finished';
      }
      return 'ended';
    })().catch((error: unknown) => error);
    expect(outcome).not.toBe('finished');
    expect(received.join('')).toBe(
      chunkText('Hello from the mock server, streamed in pieces.', 12).slice(0, 2).join(''),
    );
  });

  it('holds a stalled connection until the test cuts it, after the client has read what came', async () => {
    mock.setFault({ kind: 'stall-mid-stream', afterChunks: 2 });
    const received: string[] = [];
    const stream = await client.chat.completions.create({ model: 'gpt-4o-mini', messages, stream: true });
    const outcome = (async () => {
      for await (const chunk of stream) {
        received.push(chunk.choices[0]?.delta.content ?? '');
        if (
          received.join('') ===
          chunkText('Hello from the mock server, streamed in pieces.', 12).slice(0, 2).join('')
        )
          mock.cutHeld();
        if (chunk.choices[0]?.finish_reason) return 'finished';
      }
      return 'ended';
    })().catch((error: unknown) => error);
    expect(await outcome).not.toBe('finished');
    expect(received.join('')).toBe(
      chunkText('Hello from the mock server, streamed in pieces.', 12).slice(0, 2).join(''),
    );
  });

  it('sends a malformed data line on demand', async () => {
    mock.setFault({ kind: 'malformed-chunk', afterChunks: 1 });
    const stream = await client.chat.completions.create({ model: 'gpt-4o-mini', messages, stream: true });
    await expect(collect(stream)).rejects.toBeInstanceOf(SyntaxError);
  });
});
