import type { z } from 'zod/mini';
import { testConnection } from '@/lib/llm/client';
import { redactKey } from '@/lib/llm/errors';
import {
  chromeAIStatus,
  DEFAULT_OPENAI_MODEL,
  endpointFor,
  OPENAI_BASE_URL,
  ProviderConfig,
} from '@/lib/llm/providers';
import type { ProviderDraft, ProviderView, TestResult } from '@/lib/messaging/protocol';
import { dailyTokenCapItem as capItem, providerItem } from '@/lib/storage/llm';

/*
 * The model provider and its key are stored in storage.local (never sync), and only the
 * background reads the key: the UI gets a view with `hasKey` instead.
 */

type Draft = z.infer<typeof ProviderDraft>;

export function loadProvider(): Promise<ProviderConfig> {
  return providerItem.getValue();
}

export function loadDailyCap(): Promise<number | null> {
  return capItem.getValue();
}

function storedKey(provider: ProviderConfig): string | undefined {
  return provider.kind === 'openai' || provider.kind === 'compatible' ? provider.apiKey : undefined;
}

/** A draft from the options page as a config: a missing key keeps the saved one. */
function configFromDraft(draft: Draft, saved: ProviderConfig): ProviderConfig {
  const apiKey = draft.apiKey === undefined ? storedKey(saved) : draft.apiKey;
  const raw =
    draft.kind === 'openai'
      ? { kind: 'openai', apiKey: apiKey ?? '', model: draft.model || DEFAULT_OPENAI_MODEL }
      : draft.kind === 'compatible'
        ? { kind: 'compatible', baseURL: draft.baseURL, model: draft.model, ...(apiKey ? { apiKey } : {}) }
        : { kind: draft.kind };
  const parsed = ProviderConfig.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') === 'baseURL' ? 'Base URL: enter an http(s) address. ' : '';
    throw new Error(`${field}${issue?.message ?? 'These settings are not valid.'}`);
  }
  return parsed.data;
}

export async function providerView(): Promise<z.infer<typeof ProviderView>> {
  const provider = await loadProvider();
  return {
    kind: provider.kind,
    baseURL:
      provider.kind === 'compatible' ? provider.baseURL : provider.kind === 'openai' ? OPENAI_BASE_URL : '',
    model: provider.kind === 'openai' || provider.kind === 'compatible' ? provider.model : '',
    hasKey: Boolean(storedKey(provider)),
    dailyTokenCap: await capItem.getValue(),
  };
}

export async function saveProvider(draft: Draft): Promise<z.infer<typeof ProviderView>> {
  const config = configFromDraft(draft, await loadProvider());
  await providerItem.setValue(config);
  await capItem.setValue(draft.dailyTokenCap);
  return providerView();
}

/** "Test connection" on the draft as typed, before it is saved. */
export async function testProvider(draft: Draft): Promise<z.infer<typeof TestResult>> {
  let config: ProviderConfig;
  try {
    config = configFromDraft(draft, await loadProvider());
  } catch (error) {
    return { ok: false, message: (error as Error).message, models: [] };
  }
  if (config.kind === 'offline')
    return { ok: true, message: 'The offline coach needs no connection.', models: [] };
  if (config.kind === 'chrome-ai') {
    const status = await chromeAIStatus(globalThis);
    return { ok: status.available, message: status.reason, models: [] };
  }
  const endpoint = endpointFor(config);
  if (!endpoint) return { ok: false, message: 'This provider has no endpoint to test.', models: [] };
  const report = await testConnection(endpoint);
  return report.ok
    ? { ok: true, message: report.message, models: report.models }
    : { ok: false, message: redactKey(report.error.message, endpoint.apiKey), models: [] };
}
