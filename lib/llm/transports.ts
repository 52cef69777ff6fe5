import { chromeAITransport } from './chrome-ai-transport';
import { openAITransport } from './openai-transport';
import {
  firstTokenTimeoutMs,
  IDLE_TIMEOUT_MS,
  keyFor,
  PROVIDERS,
  type ProviderConfig,
  type ProviderSpec,
  type TransportKind,
} from './providers';
import type { Timeouts, Transport } from './transport';

type MakeTransport = (
  config: ProviderConfig,
  spec: ProviderSpec,
  timeouts: Timeouts,
  scope: object,
) => Transport | null;

/** Each transport kind of the provider table, and how to make it for a saved provider. */
const TRANSPORTS: Record<TransportKind, MakeTransport> = {
  none: () => null,
  'openai-compatible': (config, spec, timeouts) =>
    openAITransport(
      {
        baseURL: config.baseURL,
        apiKey: keyFor(config),
        model: config.model,
        maxTokensField: spec.maxTokensField ?? 'max_tokens',
      },
      { timeouts },
    ),
  'chrome-ai': (_config, _spec, timeouts, scope) => chromeAITransport(timeouts, scope),
};

/**
 * The transport that carries requests for `config`, or null for the offline coach. `scope` is where
 * the Prompt API lives (globalThis; a stand-in in tests).
 */
export function transportFor(config: ProviderConfig, scope: object = globalThis): Transport | null {
  const spec = PROVIDERS[config.kind];
  const timeouts = { firstTokenMs: firstTokenTimeoutMs(config), idleMs: IDLE_TIMEOUT_MS };
  return TRANSPORTS[spec.transport](config, spec, timeouts, scope);
}
