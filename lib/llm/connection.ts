import { type LlmError, LlmFailure, toLlmError } from './errors';
import { type OpenAIEndpoint, openAITransport, request } from './openai-transport';
import { type RetryOptions, withRetries } from './retry';

/* The options page's "Test connection" for an OpenAI-style server, and the model list it offers. */

const LIST_TIMEOUT_MS = 15_000;

export async function listModels(endpoint: OpenAIEndpoint, options: RetryOptions = {}): Promise<string[]> {
  const timeout = AbortSignal.timeout(LIST_TIMEOUT_MS);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const response = await withRetries(
    () => request(endpoint, 'models', { method: 'GET' }, signal),
    options,
    (error) =>
      timeout.aborted && !options.signal?.aborted
        ? {
            code: 'network',
            retryable: true,
            message: `The server did not answer within ${LIST_TIMEOUT_MS / 1000} s. Check the base URL, and that the server is running.`,
          }
        : toLlmError(error, { baseURL: endpoint.baseURL }),
  );
  const body = (await response.json().catch(() => null)) as { data?: { id?: unknown }[] } | null;
  const ids = (body?.data ?? [])
    .map((model) => model.id)
    .filter((id): id is string => typeof id === 'string');
  return ids.sort((a, b) => a.localeCompare(b));
}

export type ConnectionReport =
  | { ok: true; models: string[]; message: string }
  | { ok: false; error: LlmError };

/**
 * The key and base URL work and the model exists, or the precise reason they do not. Servers
 * without /models are probed with a one-token completion instead.
 */
export async function testConnection(
  endpoint: OpenAIEndpoint,
  options: RetryOptions & { firstTokenTimeoutMs?: number } = {},
): Promise<ConnectionReport> {
  const retry = { maxRetries: 0, ...options };
  try {
    const models = await modelsOrProbe(endpoint, retry);
    if (models.length > 0 && !models.includes(endpoint.model)) {
      return {
        ok: false,
        error: {
          code: 'model-not-found',
          retryable: false,
          message: `Connected, but the server has no model "${endpoint.model}". Pick another under Model: ${models.slice(0, 8).join(', ')}${models.length > 8 ? ', …' : ''}.`,
        },
      };
    }
    const found =
      models.length === 1
        ? ' 1 model available.'
        : models.length > 1
          ? ` ${models.length} models available.`
          : '';
    return {
      ok: true,
      models,
      message: `Connected to ${new URL(endpoint.baseURL).host} with model "${endpoint.model}".${found}`,
    };
  } catch (error) {
    return { ok: false, error: toLlmError(error, { baseURL: endpoint.baseURL, model: endpoint.model }) };
  }
}

async function modelsOrProbe(
  endpoint: OpenAIEndpoint,
  options: RetryOptions & { firstTokenTimeoutMs?: number },
): Promise<string[]> {
  try {
    return await listModels(endpoint, options);
  } catch (error) {
    if (!(error instanceof LlmFailure) || error.error.code !== 'endpoint-not-found') throw error;
    const transport = openAITransport(endpoint, {
      ...options,
      timeouts: { firstTokenMs: options.firstTokenTimeoutMs ?? 30_000, idleMs: 30_000 },
    });
    await transport.stream({ messages: [{ role: 'user', content: 'Say OK.' }], maxTokens: 1 });
    return [];
  }
}
