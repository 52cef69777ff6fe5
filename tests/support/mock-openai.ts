import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ErrorReply, errorFor } from './mock-openai-errors';
import {
  type ChatBody,
  CORS_HEADERS,
  type StreamSettings,
  sleep,
  streamCompletion,
  usageFor,
} from './mock-openai-stream';

export { chunkText } from './mock-openai-stream';

/**
 * A local OpenAI-compatible server for unit and e2e tests: `/v1/models` and `/v1/chat/completions`
 * (streaming SSE, plain JSON and structured output), with the failures real providers produce on demand.
 * Error bodies copy OpenAI's shape so the client's error mapping is exercised against the real thing.
 */

export type MockFault =
  | { kind: 'invalid-api-key'; once?: boolean }
  /** `ollama: true` answers like Ollama rejecting a browser origin: a bare 403 with an empty body. */
  | { kind: 'forbidden'; ollama?: boolean; once?: boolean }
  | { kind: 'model-not-found'; once?: boolean }
  | { kind: 'rate-limit'; retryAfterSeconds?: number; once?: boolean }
  | { kind: 'insufficient-quota'; once?: boolean }
  | { kind: 'server-error'; status?: number; once?: boolean }
  | { kind: 'context-length-exceeded'; once?: boolean }
  /** Delay before the first content chunk (headers and the role chunk are sent at once). */
  | { kind: 'slow-first-token'; delayMs: number; once?: boolean }
  /** Destroy the socket after this many content chunks, without finish_reason or [DONE]. */
  | { kind: 'drop-mid-stream'; afterChunks: number; once?: boolean }
  /** Send a data line holding invalid JSON after this many content chunks. */
  | { kind: 'malformed-chunk'; afterChunks: number; once?: boolean }
  /**
   * Go silent after this many content chunks, keeping the connection open (a hung server) until the
   * client gives up or `cutHeld()` drops it.
   */
  | { kind: 'stall-mid-stream'; afterChunks: number; once?: boolean }
  /** End after this many content chunks with finish_reason "length", as at a token limit. */
  | { kind: 'cut-at-length'; afterChunks: number; once?: boolean }
  /** Answer normally but report no usage (many local servers never do). */
  | { kind: 'no-usage'; once?: boolean }
  /** Answer only after this long, then normally: a server reading a long prompt before any byte. */
  | { kind: 'slow-headers'; delayMs: number; once?: boolean };

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body, or undefined when there was none (or it was not JSON). */
  body: unknown;
}

export type ReplyFn = (request: RecordedRequest) => string;

export interface MockOpenAIOptions {
  /** Delay between streamed content chunks. */
  tokenDelayMs?: number;
  /** Characters per streamed content chunk (cut at word boundaries when possible). */
  chunkChars?: number;
}

export interface MockOpenAI {
  baseURL: string;
  setFault(fault: MockFault | null): void;
  setReply(reply: string | ReplyFn): void;
  setTokenDelay(ms: number): void;
  requests: RecordedRequest[];
  /** Date.now() when each streamed content chunk was written. */
  tokenTimes: number[];
  /**
   * Drop every connection a stall is holding, as a server that dies mid-answer. Unlike
   * `drop-mid-stream`, a test can first wait until the client shows what arrived: a browser discards
   * bytes it had not yet read when the connection resets, so a timed drop races the client.
   */
  cutHeld(): void;
  close(): Promise<void>;
}

export const MOCK_MODELS = ['gpt-4o-mini', 'gpt-4.1-mini', 'gpt-4.1-nano', 'gpt-4o'];
export const DEFAULT_MOCK_REPLY =
  'Think about what you would need to remember while scanning the array once. A hash map from value to index answers "have I seen the complement?" in O(1).';

async function readBody(req: IncomingMessage): Promise<unknown> {
  const parts: Buffer[] = [];
  for await (const part of req) parts.push(part as Buffer);
  const raw = Buffer.concat(parts).toString('utf8');
  if (!raw) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

export async function startMockOpenAI(options: MockOpenAIOptions = {}): Promise<MockOpenAI> {
  let fault: MockFault | null = null;
  let reply: string | ReplyFn = DEFAULT_MOCK_REPLY;
  let tokenDelayMs = options.tokenDelayMs ?? 5;
  const chunkChars = options.chunkChars ?? 12;
  const requests: RecordedRequest[] = [];
  const tokenTimes: number[] = [];
  const held = new Set<ServerResponse>();
  let completionCounter = 0;
  const streamSettings: StreamSettings = { chunkChars, tokenDelayMs: () => tokenDelayMs, tokenTimes, held };

  const takeFault = (): MockFault | null => {
    const current = fault;
    if (current?.once) fault = null;
    return current;
  };

  const sendJson = (
    res: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ) => {
    res.writeHead(status, { ...CORS_HEADERS, 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };

  const sendError = (res: ServerResponse, error: ErrorReply) => {
    if (error.body === undefined) {
      res.writeHead(error.status, { ...CORS_HEADERS, ...error.headers });
      res.end();
      return;
    }
    sendJson(res, error.status, error.body, error.headers);
  };

  const handleChat = async (res: ServerResponse, request: RecordedRequest) => {
    const body = (request.body ?? {}) as ChatBody;
    const model = body.model ?? MOCK_MODELS[0] ?? 'gpt-4o-mini';
    const active = takeFault();
    const error = active ? errorFor(active, model) : null;
    if (error) return sendError(res, error);
    const text = typeof reply === 'function' ? reply(request) : reply;
    if (active?.kind === 'slow-headers') await sleep(active.delayMs);

    if (body.stream) {
      const id = `chatcmpl-mock${++completionCounter}`;
      return streamCompletion(res, { id, model, body, text, active }, streamSettings);
    }
    if (active?.kind === 'slow-first-token') await sleep(active.delayMs);
    sendJson(res, 200, {
      id: `chatcmpl-mock${++completionCounter}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model,
      system_fingerprint: 'fp_mock',
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: text, refusal: null },
          logprobs: null,
          finish_reason: 'stop',
        },
      ],
      ...(active?.kind === 'no-usage' ? {} : { usage: usageFor(body, text) }),
    });
  };

  const handleModels = (res: ServerResponse) => {
    const active = takeFault();
    const error = active ? errorFor(active, MOCK_MODELS[0] ?? 'gpt-4o-mini') : null;
    if (error) return sendError(res, error);
    sendJson(res, 200, {
      object: 'list',
      data: MOCK_MODELS.map((id) => ({ id, object: 'model', created: 1_721_172_741, owned_by: 'system' })),
    });
  };

  const server = createServer((req, res) => {
    void (async () => {
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      const method = req.method ?? 'GET';
      if (method === 'OPTIONS') {
        res.writeHead(204, CORS_HEADERS);
        res.end();
        return;
      }
      const request: RecordedRequest = { method, path, headers: req.headers, body: await readBody(req) };
      requests.push(request);
      if (method === 'GET' && path === '/v1/models') return handleModels(res);
      if (method === 'POST' && path === '/v1/chat/completions') return handleChat(res, request);
      sendJson(res, 404, {
        error: {
          message: `Unknown request URL: ${method} ${path}.`,
          type: 'invalid_request_error',
          code: 'unknown_url',
          param: null,
        },
      });
    })().catch(() => {
      res.socket?.destroy();
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    setFault(next) {
      fault = next;
    },
    setReply(next) {
      reply = next;
    },
    setTokenDelay(ms) {
      tokenDelayMs = ms;
    },
    requests,
    tokenTimes,
    cutHeld() {
      for (const res of held) res.socket?.destroy();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
