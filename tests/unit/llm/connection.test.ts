import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { listModels, testConnection } from '@/lib/llm/connection';
import type { OpenAIEndpoint } from '@/lib/llm/openai-transport';
import { closedPort } from '../../support/closed-port';
import { type MockOpenAI, startMockOpenAI } from '../../support/mock-openai';

/* The options page's connection check against an OpenAI-compatible server. */

let mock: MockOpenAI;
beforeAll(async () => {
  mock = await startMockOpenAI({ tokenDelayMs: 1 });
});
afterAll(() => mock.close());
afterEach(() => mock.setFault(null));

describe('listModels and testConnection', () => {
  const config = (): OpenAIEndpoint => ({
    baseURL: mock.baseURL,
    apiKey: 'sk-test-key-123456',
    model: 'gpt-4o-mini',
    maxTokensField: 'max_tokens',
  });

  it('lists the server models, sorted', async () => {
    const models = await listModels(config());
    expect(models).toContain('gpt-4o-mini');
    expect(models).toEqual([...models].sort((a, b) => a.localeCompare(b)));
  });

  it('reports success with the host and model', async () => {
    const report = await testConnection(config());
    expect(report.ok).toBe(true);
    if (report.ok) expect(report.message).toMatch(/Connected to 127\.0\.0\.1:\d+ with model "gpt-4o-mini"/);
  });

  it('reports a bad key precisely', async () => {
    mock.setFault({ kind: 'invalid-api-key' });
    const report = await testConnection(config());
    expect(report).toMatchObject({ ok: false, error: { code: 'invalid-key' } });
  });

  it('reports a model the server does not have, naming some it does', async () => {
    const report = await testConnection({ ...config(), model: 'gpt-9-huge' });
    expect(report.ok).toBe(false);
    if (!report.ok) {
      expect(report.error.code).toBe('model-not-found');
      expect(report.error.message).toMatch(/no model "gpt-9-huge".*gpt-4o-mini/);
    }
  });

  it('reports an unreachable server', async () => {
    const report = await testConnection({
      ...config(),
      baseURL: `http://127.0.0.1:${await closedPort()}/v1`,
    });
    expect(report).toMatchObject({ ok: false, error: { code: 'network' } });
  });

  it('reports a wrong base URL as a missing endpoint', async () => {
    const report = await testConnection({ ...config(), baseURL: mock.baseURL.replace('/v1', '/api') });
    expect(report).toMatchObject({ ok: false, error: { code: 'endpoint-not-found' } });
  });
});
