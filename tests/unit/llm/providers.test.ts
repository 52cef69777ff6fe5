import { describe, expect, it } from 'vitest';
import {
  chromeAIStatus,
  DEFAULT_OPENAI_MODEL,
  endpointFor,
  hostPermissionPattern,
  isLocalBaseURL,
  OPENAI_BASE_URL,
  ProviderConfig,
  withoutKey,
} from '@/lib/llm/providers';

describe('ProviderConfig', () => {
  it('accepts each provider kind and defaults the OpenAI model', () => {
    expect(ProviderConfig.parse({ kind: 'offline' })).toEqual({ kind: 'offline' });
    expect(ProviderConfig.parse({ kind: 'openai', apiKey: ' sk-abc ' })).toEqual({
      kind: 'openai',
      apiKey: 'sk-abc',
      model: DEFAULT_OPENAI_MODEL,
    });
    expect(
      ProviderConfig.parse({ kind: 'compatible', baseURL: 'http://localhost:11434/v1', model: 'llama3.2' })
        .kind,
    ).toBe('compatible');
    expect(ProviderConfig.parse({ kind: 'chrome-ai' })).toEqual({ kind: 'chrome-ai' });
  });

  it('rejects a missing key, a non-http base URL and unknown kinds', () => {
    expect(ProviderConfig.safeParse({ kind: 'openai', apiKey: '  ' }).success).toBe(false);
    expect(
      ProviderConfig.safeParse({ kind: 'compatible', baseURL: 'javascript:alert(1)', model: 'm' }).success,
    ).toBe(false);
    expect(
      ProviderConfig.safeParse({ kind: 'compatible', baseURL: 'file:///etc/passwd', model: 'm' }).success,
    ).toBe(false);
    expect(ProviderConfig.safeParse({ kind: 'anthropic' }).success).toBe(false);
  });

  it('resolves endpoints only for SDK-backed providers', () => {
    expect(endpointFor({ kind: 'openai', apiKey: 'sk-1', model: 'gpt-4o-mini' })).toEqual({
      baseURL: OPENAI_BASE_URL,
      apiKey: 'sk-1',
      model: 'gpt-4o-mini',
    });
    expect(endpointFor({ kind: 'compatible', baseURL: 'http://127.0.0.1:1234/v1', model: 'qwen' })).toEqual({
      baseURL: 'http://127.0.0.1:1234/v1',
      model: 'qwen',
    });
    expect(endpointFor({ kind: 'offline' })).toBeNull();
    expect(endpointFor({ kind: 'chrome-ai' })).toBeNull();
  });

  it('hides the key from what the UI sees', () => {
    const visible = withoutKey({ kind: 'openai', apiKey: 'sk-secret', model: 'gpt-4o-mini' });
    expect(JSON.stringify(visible)).not.toContain('sk-secret');
    expect(visible).toMatchObject({ hasKey: true });
    expect(withoutKey({ kind: 'compatible', baseURL: 'http://localhost/v1', model: 'm' })).toMatchObject({
      hasKey: false,
    });
  });
});

describe('base URLs and permissions', () => {
  it('treats localhost, 127.0.0.1 and [::1] as local', () => {
    expect(isLocalBaseURL('http://localhost:11434/v1')).toBe(true);
    expect(isLocalBaseURL('http://127.0.0.1:1234/v1')).toBe(true);
    expect(isLocalBaseURL('http://[::1]:8080/v1')).toBe(true);
    expect(isLocalBaseURL('https://openrouter.ai/api/v1')).toBe(false);
    expect(isLocalBaseURL('http://localhost.evil.com/v1')).toBe(false);
    expect(isLocalBaseURL('not a url')).toBe(false);
  });

  it('asks for a host permission only for remote origins, without the port', () => {
    expect(hostPermissionPattern('https://openrouter.ai/api/v1')).toBe('https://openrouter.ai/*');
    expect(hostPermissionPattern('http://192.168.1.20:11434/v1')).toBe('http://192.168.1.20/*');
    expect(hostPermissionPattern('http://localhost:11434/v1')).toBeNull();
    expect(hostPermissionPattern('ftp://example.com')).toBeNull();
    expect(hostPermissionPattern('nope')).toBeNull();
  });
});

describe('chromeAIStatus', () => {
  const scope = (availability: () => Promise<string>) => ({ LanguageModel: { availability } });

  it('explains a browser without LanguageModel', async () => {
    expect(await chromeAIStatus({})).toMatchObject({
      available: false,
      state: 'missing',
      reason: /Chrome 138/,
    });
  });

  it('maps each availability state to a reason', async () => {
    expect(await chromeAIStatus(scope(async () => 'available'))).toMatchObject({
      available: true,
      state: 'available',
    });
    expect(await chromeAIStatus(scope(async () => 'downloadable'))).toMatchObject({
      available: true,
      reason: /downloaded first/,
    });
    expect(await chromeAIStatus(scope(async () => 'downloading'))).toMatchObject({
      available: true,
      state: 'downloading',
    });
    expect(await chromeAIStatus(scope(async () => 'unavailable'))).toMatchObject({
      available: false,
      state: 'unavailable',
      reason: /unavailable on this device/,
    });
  });

  it('reports a throwing availability() instead of crashing', async () => {
    const status = await chromeAIStatus(
      scope(async () => {
        throw new Error('policy disabled');
      }),
    );
    expect(status).toMatchObject({ available: false, state: 'error', reason: /policy disabled/ });
  });
});
