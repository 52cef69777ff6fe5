import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { appendTurns, loadChat } from '@/lib/chat';
import { createAnswerService, type Post } from '@/lib/llm/answer-service';
import { AnswerCache } from '@/lib/llm/cache';
import { transportFor } from '@/lib/llm/transports';
import { LLM_PORT, portToBackgroundSchema } from '@/lib/messaging/protocol';
import { answerCacheStore } from '@/lib/storage/llm';
import { getContext } from './contexts';
import { ledger, loadProvider } from './provider';

const service = createAnswerService({
  loadProvider,
  getContext,
  chat: { history: loadChat, append: appendTurns },
  cache: new AnswerCache(answerCacheStore()),
  ledger,
  transportFor: (provider) => transportFor(provider),
  now: Date.now,
});

/**
 * Answers stream to the side panel over a port. Closing the panel (or navigating it away)
 * disconnects the port, which aborts every request it started.
 */
export function registerAnswerPort(): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== LLM_PORT) return;
    const sender = port.sender;
    if (sender?.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL('/'))) {
      port.disconnect();
      return;
    }
    const running = new Map<string, AbortController>();
    const post: Post = (message) => {
      try {
        port.postMessage(message);
      } catch {
        // The panel went away mid-answer; its disconnect handler aborts the request.
      }
    };
    port.onDisconnect.addListener(() => {
      for (const controller of running.values()) controller.abort();
      running.clear();
    });
    port.onMessage.addListener((raw: unknown) => {
      const parsed = z.safeParse(portToBackgroundSchema(), raw);
      if (!parsed.success) return;
      const message = parsed.data;
      if (message.type === 'stop') {
        running.get(message.data.requestId)?.abort();
        return;
      }
      const controller = new AbortController();
      running.set(message.data.requestId, controller);
      void service
        .answer(message.data, post, controller.signal)
        .finally(() => running.delete(message.data.requestId));
    });
  });
}
