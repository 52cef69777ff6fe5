import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ErrorReply, errorFor } from './mock-openai-errors';

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

const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': '*',
  'access-control-max-age': '600',
};

/** Split text into chunks of about `size` characters, preferring to cut after a space. */
export function chunkText(text: string, size: number): string[] {
  const chunks: string[] = [];
  let rest = text;
  while (rest.length > size) {
    const space = rest.lastIndexOf(' ', size);
    const cut = space > 0 ? space + 1 : size;
    chunks.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest) chunks.push(rest);
  return chunks;
}

/** Rough usage figures so clients have numbers to account; chars/4 like most estimators. */
function usageFor(body: ChatBody, reply: string) {
  const promptChars = (body.messages ?? []).reduce(
    (sum, message) => sum + (typeof message.content === 'string' ? message.content.length : 0),
    0,
  );
  const prompt_tokens = Math.ceil(promptChars / 4);
  const completion_tokens = Math.ceil(reply.length / 4);
  return { prompt_tokens, completion_tokens, total_tokens: prompt_tokens + completion_tokens };
}

interface ChatBody {
  model?: string;
  stream?: boolean;
  stream_options?: { include_usage?: boolean };
  messages?: { role: string; content: unknown }[];
  response_format?: { type?: string };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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

  const streamCompletion = async (
    res: ServerResponse,
    body: ChatBody,
    text: string,
    active: MockFault | null,
  ) => {
    const id = `chatcmpl-mock${++completionCounter}`;
    const created = Math.floor(Date.now() / 1000);
    const model = body.model ?? MOCK_MODELS[0];
    const frame = (choices: unknown[], extra: Record<string, unknown> = {}) =>
      `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, system_fingerprint: 'fp_mock', choices, ...extra })}\n\n`;
    let closed = false;
    res.on('close', () => {
      closed = true;
    });
    // Resolves once the bytes are handed to the socket, so timings and drops follow what the client can see.
    const write = (data: string) => new Promise<void>((resolve) => res.write(data, () => resolve()));

    res.writeHead(200, {
      ...CORS_HEADERS,
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
    });
    await write(
      frame([{ index: 0, delta: { role: 'assistant', content: '' }, logprobs: null, finish_reason: null }]),
    );
    if (active?.kind === 'slow-first-token') await sleep(active.delayMs);

    const chunks = chunkText(text, chunkChars);
    for (const [index, chunk] of chunks.entries()) {
      if (closed) return;
      if (active?.kind === 'stall-mid-stream' && index === active.afterChunks) {
        // Hold the connection open and silent until the client gives up or the test cuts it.
        held.add(res);
        await new Promise<void>((resolve) => res.on('close', () => resolve()));
        held.delete(res);
        return;
      }
      if (active?.kind === 'cut-at-length' && index === active.afterChunks) {
        res.write(frame([{ index: 0, delta: {}, logprobs: null, finish_reason: 'length' }]));
        if (body.stream_options?.include_usage)
          res.write(
            frame([], { usage: usageFor(body, text.slice(0, chunks.slice(0, index).join('').length)) }),
          );
        res.write('data: [DONE]\n\n');
        res.end();
        return;
      }
      if (active?.kind === 'drop-mid-stream' && index === active.afterChunks) {
        await sleep(20);
        res.socket?.destroy();
        return;
      }
      if (active?.kind === 'malformed-chunk' && index === active.afterChunks) {
        res.write('data: {"id":"broken","choices":[{"delta":{"content":"oops"\n\n');
        res.end();
        return;
      }
      if (index > 0 && tokenDelayMs > 0) await sleep(tokenDelayMs);
      if (closed) return;
      tokenTimes.push(Date.now());
      await write(frame([{ index: 0, delta: { content: chunk }, logprobs: null, finish_reason: null }]));
    }
    res.write(frame([{ index: 0, delta: {}, logprobs: null, finish_reason: 'stop' }]));
    if (body.stream_options?.include_usage && active?.kind !== 'no-usage')
      res.write(frame([], { usage: usageFor(body, text) }));
    res.write('data: [DONE]\n\n');
    res.end();
  };

  const handleChat = async (res: ServerResponse, request: RecordedRequest) => {
    const body = (request.body ?? {}) as ChatBody;
    const model = body.model ?? MOCK_MODELS[0] ?? 'gpt-4o-mini';
    const active = takeFault();
    const error = active ? errorFor(active, model) : null;
    if (error) return sendError(res, error);
    const text = typeof reply === 'function' ? reply(request) : reply;
    if (active?.kind === 'slow-headers') await sleep(active.delayMs);

    if (body.stream) return streamCompletion(res, body, text, active);
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
