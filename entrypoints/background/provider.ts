import { testConnection } from '@/lib/llm/connection';
import { redactKey } from '@/lib/llm/errors';
import { UsageLedger } from '@/lib/llm/ledger';
import {
  chromeAIStatus,
  firstTokenTimeoutMs,
  keyFor,
  originOf,
  PROVIDERS,
  type ProviderConfig,
  parseProvider,
} from '@/lib/llm/providers';
import type { ProviderDraft, ProviderView, TestResult } from '@/lib/messaging/protocol';
import { dailyTokenCapItem as capItem, providerItem, usageStore } from '@/lib/storage/llm';

/**
 * The model provider and its key live in storage.local (never sync), and only the background reads
 * the key: the UI gets a view with `hasKey` and the key's origin instead.
 */

type Draft = ProviderDraft;

export function loadProvider(): Promise<ProviderConfig> {
  return providerItem.getValue();
}

/** The daily token account every model request goes through (answers and generated questions). */
export const ledger = new UsageLedger(usageStore, () => capItem.getValue(), Date.now);

/**
 * A draft from the options page as a config. A key typed in the draft is for the draft's origin;
 * with none typed, the saved key is kept only if the draft points at the origin it was entered for.
 */
function configFromDraft(draft: Draft, saved: ProviderConfig): ProviderConfig {
  const spec = PROVIDERS[draft.kind];
  const baseURL = spec.fixedBaseURL ?? draft.baseURL;
  const origin = originOf(baseURL);
  const savedKey = origin && saved.keyOrigin === origin ? saved.apiKey : undefined;
  const apiKey = draft.apiKey ?? savedKey;
  const parsed = parseProvider({
    kind: draft.kind,
    baseURL,
    model: draft.model,
    ...(apiKey && origin ? { apiKey, keyOrigin: origin } : {}),
    ...(draft.firstTokenTimeoutSec ? { firstTokenTimeoutSec: draft.firstTokenTimeoutSec } : {}),
  });
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.config;
}

export async function providerView(): Promise<ProviderView> {
  const provider = await loadProvider();
  return {
    kind: provider.kind,
    baseURL: provider.baseURL,
    model: provider.model,
    hasKey: Boolean(provider.apiKey),
    keyOrigin: provider.keyOrigin ?? '',
    dailyTokenCap: await capItem.getValue(),
    firstTokenTimeoutSec: provider.firstTokenTimeoutSec ?? null,
  };
}

export async function saveProvider(draft: Draft): Promise<ProviderView> {
  const config = configFromDraft(draft, await loadProvider());
  await providerItem.setValue(config);
  await capItem.setValue(draft.dailyTokenCap);
  return providerView();
}

/** "Test connection" on the draft as typed, before it is saved. */
export async function testProvider(draft: Draft): Promise<TestResult> {
  let config: ProviderConfig;
  try {
    config = configFromDraft(draft, await loadProvider());
  } catch (error) {
    return { ok: false, message: (error as Error).message, models: [] };
  }
  switch (PROVIDERS[config.kind].transport) {
    case 'none':
      return { ok: true, message: 'The offline coach needs no connection.', models: [] };
    case 'chrome-ai': {
      const status = await chromeAIStatus(globalThis);
      return { ok: status.available, message: status.reason, models: [] };
    }
    case 'openai-compatible': {
      const report = await testConnection(
        {
          baseURL: config.baseURL,
          apiKey: keyFor(config),
          model: config.model,
          maxTokensField: PROVIDERS[config.kind].maxTokensField ?? 'max_tokens',
        },
        { firstTokenTimeoutMs: firstTokenTimeoutMs(config) },
      );
      return report.ok
        ? { ok: true, message: report.message, models: report.models }
        : { ok: false, message: redactKey(report.error.message, config.apiKey), models: [] };
    }
  }
}
