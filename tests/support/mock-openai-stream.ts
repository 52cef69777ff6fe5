import type { ServerResponse } from 'node:http';
import type { MockFault } from './mock-openai';

/**
 * The mock server's wire format: a chat completion streamed as OpenAI's SSE chunks, with the faults
 * that act mid-stream (stall, cut, drop, malformed chunk), and the headers and figures every reply carries.
 */

export const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': '*',
  'access-control-max-age': '600',
};

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface ChatBody {
  model?: string;
  stream?: boolean;
  stream_options?: { include_usage?: boolean };
  messages?: { role: string; content: unknown }[];
  response_format?: { type?: string };
}

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
export function usageFor(body: ChatBody, reply: string) {
  const promptChars = (body.messages ?? []).reduce(
    (sum, message) => sum + (typeof message.content === 'string' ? message.content.length : 0),
    0,
  );
  const prompt_tokens = Math.ceil(promptChars / 4);
  const completion_tokens = Math.ceil(reply.length / 4);
  return { prompt_tokens, completion_tokens, total_tokens: prompt_tokens + completion_tokens };
}

/** What a stream reads and records of the server's state. */
export interface StreamSettings {
  /** Characters per streamed content chunk. */
  chunkChars: number;
  /** Read per chunk: a test may change the delay while the server runs. */
  tokenDelayMs(): number;
  /** Date.now() when each streamed content chunk was written. */
  tokenTimes: number[];
  /** The responses a stall holds open, for `cutHeld()` to drop. */
  held: Set<ServerResponse>;
}

export async function streamCompletion(
  res: ServerResponse,
  completion: { id: string; model: string; body: ChatBody; text: string; active: MockFault | null },
  settings: StreamSettings,
): Promise<void> {
  const { id, model, body, text, active } = completion;
  const { chunkChars, tokenTimes, held } = settings;
  const created = Math.floor(Date.now() / 1000);
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
    if (index > 0 && settings.tokenDelayMs() > 0) await sleep(settings.tokenDelayMs());
    if (closed) return;
    tokenTimes.push(Date.now());
    await write(frame([{ index: 0, delta: { content: chunk }, logprobs: null, finish_reason: null }]));
  }
  res.write(frame([{ index: 0, delta: {}, logprobs: null, finish_reason: 'stop' }]));
  if (body.stream_options?.include_usage && active?.kind !== 'no-usage')
    res.write(frame([], { usage: usageFor(body, text) }));
  res.write('data: [DONE]\n\n');
  res.end();
}
