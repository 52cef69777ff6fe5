import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chromeAIStatus,
  DEFAULT_OPENAI_MODEL,
  DEFAULT_PROVIDER,
  firstTokenTimeoutMs,
  hostPermissionPattern,
  isCleartextRemote,
  isLocalBaseURL,
  keyFor,
  OPENAI_BASE_URL,
  PROVIDER_KINDS,
  PROVIDERS,
  parseProvider,
  providerOrOffline,
  serverId,
} from '@/lib/llm/providers';

describe('the provider table', () => {
  it('has one row per kind, each naming its own kind and a transport', () => {
    expect(Object.keys(PROVIDERS).sort()).toEqual([...PROVIDER_KINDS].sort());
    for (const kind of PROVIDER_KINDS) {
      const spec = PROVIDERS[kind];
      expect(spec.kind).toBe(kind);
      expect(['none', 'openai-compatible', 'chrome-ai']).toContain(spec.transport);
      // A provider that talks HTTP says which server and how to limit an answer's length.
      if (spec.transport === 'openai-compatible') {
        expect(spec.needsServer).toBe(true);
        expect(spec.maxTokensField).toBeDefined();
      }
      if (!spec.needsServer) expect(spec.key).toBe('none');
    }
  });
});

describe('parseProvider', () => {
  it('accepts each provider kind, defaulting what its row defaults', () => {
    expect(parseProvider({ kind: 'offline' })).toEqual({ ok: true, config: DEFAULT_PROVIDER });
    expect(parseProvider({ kind: 'openai', apiKey: ' sk-abc ' })).toEqual({
      ok: true,
      config: {
        kind: 'openai',
        baseURL: OPENAI_BASE_URL,
        model: DEFAULT_OPENAI_MODEL,
        apiKey: 'sk-abc',
        keyOrigin: 'https://api.openai.com',
      },
    });
    expect(
      parseProvider({ kind: 'compatible', baseURL: 'http://localhost:11434/v1/', model: 'llama3.2' }),
    ).toEqual({
      ok: true,
      config: { kind: 'compatible', baseURL: 'http://localhost:11434/v1', model: 'llama3.2' },
    });
    expect(parseProvider({ kind: 'chrome-ai' })).toMatchObject({ ok: true, config: { kind: 'chrome-ai' } });
  });

  it('rejects a missing key, a non-http base URL, a missing model and unknown kinds, saying which', () => {
    expect(parseProvider({ kind: 'openai', apiKey: '  ' })).toEqual({
      ok: false,
      message: 'Enter your OpenAI API key.',
    });
    for (const baseURL of ['javascript:alert(1)', 'file:///etc/passwd', 'nope'])
      expect(parseProvider({ kind: 'compatible', baseURL, model: 'm' })).toMatchObject({
        ok: false,
        message: /Base URL/,
      });
    expect(parseProvider({ kind: 'compatible', baseURL: 'http://localhost/v1' })).toMatchObject({
      ok: false,
      message: 'Choose a model.',
    });
    expect(parseProvider({ kind: 'anthropic' }).ok).toBe(false);
    expect(providerOrOffline({ kind: 'anthropic' })).toEqual(DEFAULT_PROVIDER);
  });

  it('reads an older save (no key origin) as belonging to the server it was saved with', () => {
    const parsed = parseProvider({
      kind: 'compatible',
      baseURL: 'https://openrouter.ai/api/v1',
      model: 'm',
      apiKey: 'sk-or',
    });
    expect(parsed).toMatchObject({ ok: true, config: { keyOrigin: 'https://openrouter.ai' } });
  });

  it('keeps a first-word timeout only within its bounds', () => {
    const base = { kind: 'compatible', baseURL: 'http://localhost/v1', model: 'm' };
    expect(providerOrOffline({ ...base, firstTokenTimeoutSec: 120 }).firstTokenTimeoutSec).toBe(120);
    expect(providerOrOffline({ ...base, firstTokenTimeoutSec: 1 }).firstTokenTimeoutSec).toBeUndefined();
    expect(providerOrOffline({ ...base, firstTokenTimeoutSec: '60' }).firstTokenTimeoutSec).toBeUndefined();
  });

  it('never throws on stored junk, and always yields a known kind', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const config = providerOrOffline(raw);
        expect(PROVIDER_KINDS).toContain(config.kind);
      }),
    );
  });
});

describe('a key and its origin', () => {
  const openai = providerOrOffline({ kind: 'openai', apiKey: 'sk-openai-secret' });

  it('is sent to the origin it was entered for', () => {
    expect(keyFor(openai)).toBe('sk-openai-secret');
    expect(keyFor(openai, 'https://api.openai.com/v2')).toBe('sk-openai-secret');
  });

  it('is never sent to another origin, whatever the scheme, host or port', () => {
    for (const other of [
      'http://api.openai.com/v1',
      'https://api.openai.com:8443/v1',
      'https://api.openai.com.evil.example/v1',
      'https://evil.example/v1',
      'http://localhost:11434/v1',
    ])
      expect(keyFor(openai, other)).toBeUndefined();
    fc.assert(
      fc.property(fc.webUrl(), fc.webUrl(), (a, b) => {
        const config = providerOrOffline({ kind: 'compatible', baseURL: a, model: 'm', apiKey: 'sk-x' });
        if (new URL(a).origin !== new URL(b).origin) expect(keyFor(config, b)).toBeUndefined();
      }),
    );
  });

  it('goes nowhere when the saved key has no origin', () => {
    expect(
      keyFor({ kind: 'compatible', baseURL: 'http://localhost/v1', model: 'm', apiKey: 'sk-x' }),
    ).toBeUndefined();
  });
});

describe('timeouts and servers', () => {
  it('waits minutes for a model on this machine and seconds for a remote one, unless the user chose', () => {
    const local = providerOrOffline({ kind: 'compatible', baseURL: 'http://localhost:11434/v1', model: 'm' });
    expect(firstTokenTimeoutMs(local)).toBe(300_000);
    expect(firstTokenTimeoutMs({ ...local, firstTokenTimeoutSec: 45 })).toBe(45_000);
    expect(firstTokenTimeoutMs(providerOrOffline({ kind: 'openai', apiKey: 'sk' }))).toBe(30_000);
    expect(firstTokenTimeoutMs(providerOrOffline({ kind: 'chrome-ai' }))).toBe(300_000);
  });

  it('names the server by its base URL, or the kind when there is none', () => {
    expect(serverId(providerOrOffline({ kind: 'openai', apiKey: 'sk' }))).toBe(OPENAI_BASE_URL);
    expect(serverId(providerOrOffline({ kind: 'chrome-ai' }))).toBe('chrome-ai');
  });
});

describe('base URLs and permissions', () => {
  it('treats localhost, 127.0.0.1 and [::1] as local (all three are host permissions in the manifest)', () => {
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
    expect(hostPermissionPattern('http://[::1]:8080/v1')).toBeNull();
    expect(hostPermissionPattern('https://api.openai.com/v1')).toBeNull();
    expect(hostPermissionPattern('ftp://example.com')).toBeNull();
    expect(hostPermissionPattern('nope')).toBeNull();
  });

  it('warns about a remote server over plain http, not a local one', () => {
    expect(isCleartextRemote('http://192.168.1.20:11434/v1')).toBe(true);
    expect(isCleartextRemote('http://llm.example.com/v1')).toBe(true);
    expect(isCleartextRemote('https://llm.example.com/v1')).toBe(false);
    expect(isCleartextRemote('http://localhost:11434/v1')).toBe(false);
    expect(isCleartextRemote('http://[::1]:8080/v1')).toBe(false);
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
