import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  NotFoundError,
} from 'openai/error';
import { describe, expect, it } from 'vitest';
import { errorAction, LLM_ERROR_CODES } from '@/lib/llm/error-codes';
import { LlmFailure, retryAfterMs, StreamError, toLlmError } from '@/lib/llm/errors';

const body = (code: string | null, message = 'x', type = 'invalid_request_error') => ({
  message,
  type,
  code,
  param: null,
});

describe('toLlmError', () => {
  it('gives every failure kind its own code and sentence', () => {
    const failures = [
      new AuthenticationError(401, body('invalid_api_key'), undefined, new Headers()),
      APIError.generate(403, { error: body(null) }, undefined, new Headers()),
      APIError.generate(403, undefined, undefined, new Headers()),
      new NotFoundError(404, body('model_not_found'), undefined, new Headers()),
      APIError.generate(
        429,
        { error: body('rate_limit_exceeded') },
        undefined,
        new Headers({ 'retry-after': '3' }),
      ),
      APIError.generate(429, { error: body('insufficient_quota') }, undefined, new Headers()),
      APIError.generate(502, { error: body(null, 'bad gateway', 'server_error') }, undefined, new Headers()),
      new TypeError('Failed to fetch'),
      new StreamError('first-token-timeout'),
      new StreamError('dropped'),
      APIError.generate(400, { error: body('context_length_exceeded') }, undefined, new Headers()),
      new StreamError('malformed-stream'),
      new StreamError('worker-restarted'),
      new StreamError('stalled'),
    ];
    const mapped = failures.map((failure) => toLlmError(failure, { model: 'gpt-4o-mini' }));
    expect(mapped.map((error) => error.code)).toEqual([
      'invalid-key',
      'forbidden',
      'ollama-origin',
      'model-not-found',
      'rate-limited',
      'quota-exhausted',
      'server-error',
      'network',
      'first-token-timeout',
      'dropped',
      'context-too-long',
      'malformed-stream',
      'worker-restarted',
      'stalled',
    ]);
    const messages = mapped.map((error) => error.message);
    expect(new Set(messages).size).toBe(messages.length);
    for (const message of messages) expect(message.length).toBeGreaterThan(40);
  });

  it('treats a user abort as silent', () => {
    expect(toLlmError(new APIUserAbortError())).toEqual({ code: 'aborted', retryable: true, message: '' });
    expect(toLlmError(new DOMException('stop', 'AbortError')).code).toBe('aborted');
  });

  it('recognises network failures from browsers and Node', () => {
    expect(toLlmError(new APIConnectionError({ message: 'Connection error.' })).code).toBe('network');
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:11434'), {
      code: 'ECONNREFUSED',
    });
    expect(toLlmError(refused).code).toBe('network');
    expect(toLlmError(new TypeError('fetch failed', { cause: refused })).code).toBe('network');
  });

  it('reports a connection timeout as a timeout, not a generic network error', () => {
    expect(toLlmError(new APIConnectionTimeoutError()).code).toBe('first-token-timeout');
  });

  it("recognises Ollama's unknown-model 404 without a code", () => {
    const ollama = APIError.generate(
      404,
      {
        error: {
          message: 'model "llama9" not found, try pulling it first',
          type: 'api_error',
          param: null,
          code: null,
        },
      },
      undefined,
      new Headers(),
    );
    expect(toLlmError(ollama, { model: 'llama9' }).message).toMatch(/"llama9".*Pick another model/);
  });

  it('names Ollama when a 403 comes from its port, even with a body', () => {
    const error = APIError.generate(403, { error: body(null) }, undefined, new Headers());
    expect(toLlmError(error, { baseURL: 'http://localhost:11434/v1' }).code).toBe('ollama-origin');
  });

  it('maps an error event inside a stream (no status) to a retryable server error', () => {
    const midStream = new APIError(undefined, body(null, 'overloaded', 'server_error'), undefined, undefined);
    expect(toLlmError(midStream)).toMatchObject({ code: 'server-error', retryable: true });
  });

  it('quotes the first-token timeout in force', () => {
    expect(
      toLlmError(new StreamError('first-token-timeout'), { firstTokenTimeoutMs: 45_000 }).message,
    ).toMatch(/45 s/);
  });

  it('quotes the silence allowed mid-answer and keeps the partial answer', () => {
    const message = toLlmError(new StreamError('stalled'), { idleTimeoutMs: 30_000 }).message;
    expect(message).toMatch(/quiet for 30 s.*partial answer is kept.*Retry/);
  });

  it('unwraps an LlmFailure, keeping its partial text and what it cost', () => {
    const failure = new LlmFailure(toLlmError(new StreamError('dropped')), 'half an answer', {
      sent: true,
      usage: { promptTokens: 10, completionTokens: 3, totalTokens: 13 },
    });
    expect(toLlmError(failure).code).toBe('dropped');
    expect(failure).toMatchObject({ partialText: 'half an answer', sent: true, usage: { totalTokens: 13 } });
  });
});

describe('errorAction', () => {
  it('offers the options page where only a setting can help, never a Retry that cannot work', () => {
    expect(errorAction('invalid-key')).toBe('options');
    expect(errorAction('model-not-found')).toBe('options');
    expect(errorAction('daily-cap')).toBe('options');
    expect(errorAction('context-too-long')).toBe('clear-chat');
    expect(errorAction('bad-request')).toBe('none');
  });

  it('offers Retry where asking again can work', () => {
    for (const code of [
      'rate-limited',
      'server-error',
      'network',
      'first-token-timeout',
      'stalled',
      'dropped',
    ])
      expect(errorAction(code)).toBe('retry');
  });

  it('has an action for every code, unknown ones included', () => {
    for (const code of [...LLM_ERROR_CODES, 'from-a-newer-version'])
      expect(['retry', 'options', 'clear-chat', 'none']).toContain(errorAction(code));
  });
});

describe('retryAfterMs', () => {
  it('reads retry-after-ms, retry-after seconds and HTTP dates', () => {
    expect(retryAfterMs(new Headers({ 'retry-after-ms': '1500', 'retry-after': '9' }))).toBe(1500);
    expect(retryAfterMs(new Headers({ 'retry-after': '7' }))).toBe(7000);
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(retryAfterMs(new Headers({ 'retry-after': 'Wed, 01 Jan 2025 00:00:05 GMT' }), now)).toBe(5000);
    expect(retryAfterMs(new Headers({ 'retry-after': 'soon' }))).toBeUndefined();
    expect(retryAfterMs(undefined)).toBeUndefined();
  });
});
