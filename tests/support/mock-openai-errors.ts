import type { MockFault } from './mock-openai';

/** The error responses of the mock server, copied from what OpenAI (and Ollama) actually send. */

export interface ErrorReply {
  status: number;
  headers?: Record<string, string>;
  /** undefined = an empty body (Ollama's CORS rejection). */
  body?: { error: { message: string; type: string; code: string | null; param: string | null } };
}

export function errorFor(fault: MockFault, model: string): ErrorReply | null {
  switch (fault.kind) {
    case 'invalid-api-key':
      return {
        status: 401,
        body: {
          error: {
            message:
              'Incorrect API key provided: sk-mock***. You can find your API key at https://platform.openai.com/account/api-keys.',
            type: 'invalid_request_error',
            code: 'invalid_api_key',
            param: null,
          },
        },
      };
    case 'forbidden':
      if (fault.ollama) return { status: 403 };
      return {
        status: 403,
        body: {
          error: {
            message: `Project does not have access to model ${model}`,
            type: 'invalid_request_error',
            code: 'model_not_found',
            param: null,
          },
        },
      };
    case 'model-not-found':
      return {
        status: 404,
        body: {
          error: {
            message: `The model \`${model}\` does not exist or you do not have access to it.`,
            type: 'invalid_request_error',
            code: 'model_not_found',
            param: null,
          },
        },
      };
    case 'rate-limit': {
      const seconds = fault.retryAfterSeconds ?? 2;
      return {
        status: 429,
        headers: { 'retry-after': String(seconds) },
        body: {
          error: {
            message: `Rate limit reached for ${model} in organization org-mock on requests per min (RPM): Limit 3, Used 3, Requested 1. Please try again in ${seconds}s.`,
            type: 'requests',
            code: 'rate_limit_exceeded',
            param: null,
          },
        },
      };
    }
    case 'insufficient-quota':
      return {
        status: 429,
        body: {
          error: {
            message:
              'You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.',
            type: 'insufficient_quota',
            code: 'insufficient_quota',
            param: null,
          },
        },
      };
    case 'server-error':
      return {
        status: fault.status ?? 500,
        body: {
          error: {
            message: 'The server had an error while processing your request. Sorry about that!',
            type: 'server_error',
            code: null,
            param: null,
          },
        },
      };
    case 'context-length-exceeded':
      return {
        status: 400,
        body: {
          error: {
            message:
              "This model's maximum context length is 128000 tokens. However, your messages resulted in 131072 tokens. Please reduce the length of the messages.",
            type: 'invalid_request_error',
            code: 'context_length_exceeded',
            param: 'messages',
          },
        },
      };
    default:
      return null;
  }
}
