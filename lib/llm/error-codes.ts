/**
 * Every way a model request can fail, and what the panel offers for each. Kept apart from errors.ts
 * (which maps the SDK's error classes) so the panel can read the table without bundling them.
 */
export const LLM_ERROR_CODES = [
  'invalid-key',
  'forbidden',
  'ollama-origin',
  'model-not-found',
  'endpoint-not-found',
  'rate-limited',
  'quota-exhausted',
  'server-error',
  'network',
  'first-token-timeout',
  'stalled',
  'dropped',
  'context-too-long',
  'malformed-stream',
  'worker-restarted',
  'invalid-output',
  'daily-cap',
  'no-model',
  'bad-request',
  'aborted',
  'unknown',
] as const;
export type LlmErrorCode = (typeof LLM_ERROR_CODES)[number];

/**
 * The way out the panel offers beside the message: Retry where asking again can work, the options
 * page where only a settings change can, the chat's Clear control where the history is too long,
 * nothing where the user has to wait for tomorrow or write something first.
 */
export type ErrorAction = 'retry' | 'options' | 'clear-chat' | 'none';

const ACTIONS: Partial<Record<LlmErrorCode, ErrorAction>> = {
  'invalid-key': 'options',
  forbidden: 'options',
  'ollama-origin': 'retry',
  'model-not-found': 'options',
  'endpoint-not-found': 'options',
  'quota-exhausted': 'options',
  'context-too-long': 'clear-chat',
  'daily-cap': 'options',
  'no-model': 'options',
  'bad-request': 'none',
};

export function errorAction(code: string): ErrorAction {
  return ACTIONS[code as LlmErrorCode] ?? 'retry';
}
