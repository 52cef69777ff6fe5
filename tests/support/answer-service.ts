import type { PageContext } from '@/lib/extract/context';
import { createAnswerService } from '@/lib/llm/answer-service';
import { AnswerCache } from '@/lib/llm/cache';
import { UsageLedger } from '@/lib/llm/ledger';
import { openAITransport } from '@/lib/llm/openai-transport';
import type { ChatTurn } from '@/lib/llm/prompts/chat';
import { providerOrOffline } from '@/lib/llm/providers';
import type { Timeouts } from '@/lib/llm/transport';
import { transportFor } from '@/lib/llm/transports';
import type { AskRequest, PortToPanel } from '@/lib/messaging/protocol';
import { StorageFullError } from '@/lib/storage/quota';
import { twoSum } from '../unit/llm/fixtures';
import { memoryStore, memoryUsageStore } from './memory-stores';
import type { MockOpenAI } from './mock-openai';

/*
 * The answer service wired to in-memory stores and a mock OpenAI server, for the tests of the
 * service and of the mock rounds' flows it answers.
 */

export const API_KEY = 'sk-answer-secret-99';

export interface ServiceSetup {
  /** Chats that cannot be saved, as in a full storage. */
  chatsFull?: boolean;
  provider?: unknown;
  context?: PageContext;
  cap?: number | null;
  scope?: object;
  /** Waits shorter than any provider allows, so timeouts happen within a test. */
  timeouts?: Timeouts;
}

/** The service against `mock`, with a provider pointing at it unless `options` names another. */
export function serviceAgainst(mock: MockOpenAI, options: ServiceSetup = {}) {
  let provider: unknown = options.provider ?? {
    kind: 'compatible',
    baseURL: mock.baseURL,
    model: 'gpt-4o-mini',
    apiKey: API_KEY,
  };
  const chats = new Map<string, ChatTurn[]>();
  const usage = memoryUsageStore();
  const service = createAnswerService({
    loadProvider: async () => providerOrOffline(provider),
    getContext: async () => options.context ?? twoSum,
    chat: {
      history: async (key) => chats.get(key) ?? [],
      append: async (key, turns) => {
        if (options.chatsFull) throw new StorageFullError('local');
        chats.set(key, [...(chats.get(key) ?? []), ...turns]);
      },
    },
    cache: new AnswerCache(memoryStore()),
    ledger: new UsageLedger(usage, async () => options.cap ?? null, Date.now),
    transportFor: (config) =>
      options.timeouts
        ? openAITransport(
            { baseURL: config.baseURL, model: config.model, maxTokensField: 'max_tokens' },
            { timeouts: options.timeouts },
          )
        : transportFor(config, options.scope),
    now: Date.now,
  });
  let counter = 0;
  /** Ask once; resolves with every message posted to the panel. */
  const ask = async (request: Partial<AskRequest>, signal = new AbortController().signal) => {
    const posted: PortToPanel[] = [];
    counter += 1;
    await service.answer(
      { requestId: `r${counter}`, tabId: 1, flow: 'hint', level: 1, ...request },
      (message) => posted.push(message),
      signal,
    );
    return posted;
  };
  return {
    ask,
    chats,
    usage,
    setProvider: (next: unknown) => {
      provider = next;
    },
  };
}

export const last = (posted: PortToPanel[]) => posted.at(-1) as PortToPanel;
/** The messages of one request the mock received. */
export const requestMessages = (mock: MockOpenAI, index: number) =>
  ((mock.requests.at(index)?.body ?? { messages: [] }) as { messages: { role: string; content: string }[] })
    .messages;
export const doneOf = (posted: PortToPanel[]) => {
  const end = last(posted);
  if (end.type !== 'done') throw new Error(`expected done, got ${JSON.stringify(end)}`);
  return end.data;
};
export const errorOf = (posted: PortToPanel[]) => {
  const end = last(posted);
  if (end.type !== 'error') throw new Error(`expected error, got ${JSON.stringify(end)}`);
  return end.data;
};
