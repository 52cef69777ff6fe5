/**
 * The provider table: every model provider Sparring can use, declared once. The options form, the
 * background, the panel and the popup read what they need from it (whether there is a server to
 * name, whether a key goes with it, which transport carries the requests) instead of testing kinds.
 */

export const PROVIDER_KINDS = ['offline', 'openai', 'compatible', 'chrome-ai'] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

/** How requests travel: none (the offline coach), HTTP to an OpenAI-style API, or the browser's Prompt API. */
export type TransportKind = 'none' | 'openai-compatible' | 'chrome-ai';

export interface ProviderSpec {
  kind: ProviderKind;
  label: string;
  /** The user names a server (a base URL) and a model. */
  needsServer: boolean;
  /** The base URL when the provider has exactly one, shown read-only. */
  fixedBaseURL?: string;
  /** What the base URL field starts with. */
  defaultBaseURL?: string;
  /** An API key: required, optional (local servers take none), or never. */
  key: 'required' | 'optional' | 'none';
  defaultModel?: string;
  transport: TransportKind;
  /**
   * The request field that limits the answer's length: OpenAI's current name, or the older one every
   * OpenAI-compatible server (Ollama, LM Studio, vLLM, llama.cpp) understands.
   */
  maxTokensField?: 'max_completion_tokens' | 'max_tokens';
  /** The model runs on this machine: it may need minutes to load or read a long prompt. */
  onDevice?: boolean;
}

export const OPENAI_BASE_URL = 'https://api.openai.com/v1';
/** A current small, cheap model; the options page offers the rest from /v1/models. */
export const DEFAULT_OPENAI_MODEL = 'gpt-4.1-mini';
/** Ollama's OpenAI-compatible endpoint, the most common local server. */
const DEFAULT_COMPATIBLE_BASE_URL = 'http://localhost:11434/v1';

export const PROVIDERS: Record<ProviderKind, ProviderSpec> = {
  offline: {
    kind: 'offline',
    label: 'Offline coach (no model)',
    needsServer: false,
    key: 'none',
    transport: 'none',
  },
  openai: {
    kind: 'openai',
    label: 'OpenAI',
    needsServer: true,
    fixedBaseURL: OPENAI_BASE_URL,
    key: 'required',
    defaultModel: DEFAULT_OPENAI_MODEL,
    transport: 'openai-compatible',
    maxTokensField: 'max_completion_tokens',
  },
  compatible: {
    kind: 'compatible',
    label: 'OpenAI-compatible',
    needsServer: true,
    defaultBaseURL: DEFAULT_COMPATIBLE_BASE_URL,
    key: 'optional',
    transport: 'openai-compatible',
    maxTokensField: 'max_tokens',
  },
  'chrome-ai': {
    kind: 'chrome-ai',
    label: "Chrome's built-in AI",
    needsServer: false,
    key: 'none',
    transport: 'chrome-ai',
    onDevice: true,
  },
};

function isProviderKind(value: unknown): value is ProviderKind {
  return (PROVIDER_KINDS as readonly unknown[]).includes(value);
}

/** The saved provider, one shape for every kind: fields a kind does not use are empty. */
export interface ProviderConfig {
  kind: ProviderKind;
  /** '' for providers without a server. */
  baseURL: string;
  /** '' for providers without a model choice. */
  model: string;
  apiKey?: string;
  /**
   * The origin the key was entered for. A key is sent only to that origin: changing the provider or
   * the base URL's host never carries the key to the new server.
   */
  keyOrigin?: string;
  /** How long to wait for the first word, when the user chose; else the default for the server. */
  firstTokenTimeoutSec?: number;
}

export const DEFAULT_PROVIDER: ProviderConfig = { kind: 'offline', baseURL: '', model: '' };

/** "https://api.openai.com", or null for anything that is not an http(s) URL. */
export function originOf(baseURL: string): string | null {
  try {
    const url = new URL(baseURL);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

/** Bounds of the first-word timeout the options page accepts, in seconds. */
const FIRST_TOKEN_TIMEOUT_RANGE = { min: 5, max: 1_800 } as const;

export type ProviderParse = { ok: true; config: ProviderConfig } | { ok: false; message: string };

/**
 * A provider as stored or as drafted, checked against its row of the table. Older saves (no base
 * URL for OpenAI, no key origin) are read as they were meant: the key belonged to the server it
 * was saved with.
 */
export function parseProvider(raw: unknown): ProviderParse {
  if (typeof raw !== 'object' || raw === null) return { ok: false, message: 'No provider is set.' };
  const value = raw as Record<string, unknown>;
  if (!isProviderKind(value.kind)) return { ok: false, message: 'Choose a provider.' };
  const spec = PROVIDERS[value.kind];
  const text = (field: string) => (typeof value[field] === 'string' ? (value[field] as string).trim() : '');
  if (!spec.needsServer)
    return { ok: true, config: { kind: spec.kind, baseURL: '', model: '', ...timeout(value) } };

  const baseURL = (spec.fixedBaseURL ?? text('baseURL')).replace(/\/+$/, '');
  const origin = originOf(baseURL);
  if (!origin) return { ok: false, message: 'Base URL: enter an http(s) address.' };
  const model = text('model') || spec.defaultModel || '';
  if (!model) return { ok: false, message: 'Choose a model.' };
  const apiKey = text('apiKey');
  if (spec.key === 'required' && !apiKey) return { ok: false, message: `Enter your ${spec.label} API key.` };
  const keyOrigin = apiKey ? text('keyOrigin') || origin : '';
  return {
    ok: true,
    config: {
      kind: spec.kind,
      baseURL,
      model,
      ...(apiKey ? { apiKey, keyOrigin } : {}),
      ...timeout(value),
    },
  };
}

function timeout(value: Record<string, unknown>): Pick<ProviderConfig, 'firstTokenTimeoutSec'> {
  const seconds = value.firstTokenTimeoutSec;
  if (typeof seconds !== 'number' || !Number.isInteger(seconds)) return {};
  if (seconds < FIRST_TOKEN_TIMEOUT_RANGE.min || seconds > FIRST_TOKEN_TIMEOUT_RANGE.max) return {};
  return { firstTokenTimeoutSec: seconds };
}

/** The saved provider, or the offline coach when nothing valid is saved. */
export function providerOrOffline(raw: unknown): ProviderConfig {
  const parsed = parseProvider(raw);
  return parsed.ok ? parsed.config : DEFAULT_PROVIDER;
}

/** The key to send to `baseURL`: the saved one only when it was entered for that origin. */
export function keyFor(config: ProviderConfig, baseURL = config.baseURL): string | undefined {
  if (!config.apiKey || !config.keyOrigin) return undefined;
  return originOf(baseURL) === config.keyOrigin ? config.apiKey : undefined;
}

/** Loopback hosts the manifest grants without asking (wxt.config.ts host_permissions). */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Whether the base URL is on this machine (reachable without an extra host permission). */
export function isLocalBaseURL(baseURL: string): boolean {
  try {
    return LOCAL_HOSTS.has(new URL(baseURL).hostname);
  } catch {
    return false;
  }
}

/** A remote server over plain http: the key and the user's code would cross the network unencrypted. */
export function isCleartextRemote(baseURL: string): boolean {
  try {
    return new URL(baseURL).protocol === 'http:' && !isLocalBaseURL(baseURL);
  } catch {
    return false;
  }
}

/**
 * The optional host permission to request for a remote base URL, e.g. "https://openrouter.ai/*"
 * (match patterns carry no port), or null when none is needed or the URL is invalid.
 */
export function hostPermissionPattern(baseURL: string): string | null {
  let url: URL;
  try {
    url = new URL(baseURL);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (LOCAL_HOSTS.has(url.hostname) || url.origin === new URL(OPENAI_BASE_URL).origin) return null;
  return `${url.protocol}//${url.hostname}/*`;
}

/** Remote servers answer in seconds or not at all; a model on this machine may take minutes to start. */
const DEFAULT_FIRST_TOKEN_TIMEOUT_SEC = { remote: 30, local: 300 } as const;
/** A stream quiet this long after its first word has stalled, wherever the model runs. */
export const IDLE_TIMEOUT_MS = 30_000;

export function firstTokenTimeoutMs(config: ProviderConfig): number {
  if (config.firstTokenTimeoutSec) return config.firstTokenTimeoutSec * 1000;
  const local = PROVIDERS[config.kind].onDevice || isLocalBaseURL(config.baseURL);
  return (local ? DEFAULT_FIRST_TOKEN_TIMEOUT_SEC.local : DEFAULT_FIRST_TOKEN_TIMEOUT_SEC.remote) * 1000;
}

/** What identifies the server in the answer cache: the same model id on two servers is two models. */
export function serverId(config: ProviderConfig): string {
  return config.baseURL || config.kind;
}

/** Chrome's built-in model: usable, usable after a download, or not at all (and why). */
export type ChromeAIStatus =
  | { available: true; state: 'available' | 'downloadable' | 'downloading'; reason: string }
  | { available: false; state: 'unavailable' | 'missing' | 'error'; reason: string };

interface LanguageModelLike {
  availability(options?: unknown): Promise<string>;
}

/** Feature-detect `LanguageModel` on `scope` (globalThis in the extension; a stub in tests). */
export async function chromeAIStatus(scope: object): Promise<ChromeAIStatus> {
  const candidate = (scope as { LanguageModel?: unknown }).LanguageModel;
  if (typeof (candidate as LanguageModelLike | undefined)?.availability !== 'function') {
    return {
      available: false,
      state: 'missing',
      reason:
        "This browser has no built-in AI (Chrome's LanguageModel API needs Chrome 138 or later on desktop).",
    };
  }
  try {
    const state = await (candidate as LanguageModelLike).availability();
    switch (state) {
      case 'available':
        return { available: true, state, reason: "Chrome's built-in model is ready." };
      case 'downloadable':
        return {
          available: true,
          state,
          reason:
            "Chrome's built-in model must be downloaded first (about 2 GB); the first request starts it.",
        };
      case 'downloading':
        return {
          available: true,
          state,
          reason: 'Chrome is downloading its built-in model; it works once that finishes.',
        };
      default:
        return {
          available: false,
          state: 'unavailable',
          reason:
            "Chrome's built-in model is unavailable on this device (it needs enough disk space, memory and a supported GPU or CPU).",
        };
    }
  } catch (error) {
    return {
      available: false,
      state: 'error',
      reason: `Chrome's built-in AI could not report its state (${error instanceof Error ? error.message : String(error)}).`,
    };
  }
}
