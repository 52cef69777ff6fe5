import { z } from 'zod';
import type { LlmConfig } from './client';

export const OPENAI_BASE_URL = 'https://api.openai.com/v1';
/** A current small, cheap model; the options page offers the rest from /v1/models. */
export const DEFAULT_OPENAI_MODEL = 'gpt-4.1-mini';
/** Ollama's OpenAI-compatible endpoint, the most common local server. */
export const DEFAULT_COMPATIBLE_BASE_URL = 'http://localhost:11434/v1';

const httpURL = z.url({ protocol: /^https?$/, normalize: true });

export const ProviderConfig = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('offline') }),
  z.object({
    kind: z.literal('openai'),
    apiKey: z.string().trim().min(1, 'Enter your OpenAI API key.'),
    model: z.string().trim().min(1).default(DEFAULT_OPENAI_MODEL),
  }),
  z.object({
    kind: z.literal('compatible'),
    baseURL: httpURL,
    apiKey: z.string().trim().optional(),
    model: z.string().trim().min(1, 'Choose a model.'),
  }),
  z.object({ kind: z.literal('chrome-ai') }),
]);
export type ProviderConfig = z.infer<typeof ProviderConfig>;
export type ProviderKind = ProviderConfig['kind'];

export const DEFAULT_PROVIDER: ProviderConfig = { kind: 'offline' };

/** The endpoint a provider talks to through the openai SDK, or null for the ones that do not. */
export function endpointFor(provider: ProviderConfig): LlmConfig | null {
  switch (provider.kind) {
    case 'openai':
      return { baseURL: OPENAI_BASE_URL, apiKey: provider.apiKey, model: provider.model };
    case 'compatible':
      return {
        baseURL: provider.baseURL,
        model: provider.model,
        ...(provider.apiKey ? { apiKey: provider.apiKey } : {}),
      };
    default:
      return null;
  }
}

/** What the UI may learn about a provider: everything except the key itself. */
export type PublicProviderConfig =
  | Exclude<ProviderConfig, { apiKey?: string }>
  | (Omit<Extract<ProviderConfig, { kind: 'openai' | 'compatible' }>, 'apiKey'> & { hasKey: boolean });

export function withoutKey(provider: ProviderConfig): PublicProviderConfig {
  if (provider.kind !== 'openai' && provider.kind !== 'compatible') return provider;
  const { apiKey, ...rest } = provider;
  return { ...rest, hasKey: Boolean(apiKey) };
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Whether the base URL is on this machine (reachable without an extra host permission). */
export function isLocalBaseURL(baseURL: string): boolean {
  try {
    return LOCAL_HOSTS.has(new URL(baseURL).hostname);
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
  if (LOCAL_HOSTS.has(url.hostname)) return null;
  return `${url.protocol}//${url.hostname}/*`;
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
