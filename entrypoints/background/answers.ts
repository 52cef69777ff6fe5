import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { appendTurns, loadChat } from '@/lib/chat';
import { analyze } from '@/lib/coach';
import { contextKey, type PageContext } from '@/lib/extract/context';
import { AnswerCache, cacheKeyFor } from '@/lib/llm/cache';
import { streamChat, structured } from '@/lib/llm/client';
import { LlmFailure, redactKey, toLlmError } from '@/lib/llm/errors';
import { jobPrepMarkdown } from '@/lib/llm/job-prep-markdown';
import type { BuiltPrompt } from '@/lib/llm/prompts';
import { buildPrompt } from '@/lib/llm/prompts/for-request';
import { JobPrep } from '@/lib/llm/prompts/job-prep';
import { endpointFor } from '@/lib/llm/providers';
import {
  addUsage,
  checkDailyCap,
  type DailyUsage,
  todayUsage,
  type Usage,
  usageOrEstimate,
} from '@/lib/llm/usage';
import { type AskRequest, LLM_PORT, PortToBackground, type PortToPanel } from '@/lib/messaging/protocol';
import { answerCacheStore, usageItem } from '@/lib/storage/llm';
import { STORAGE_FULL_MESSAGE, savedAll } from '@/lib/storage/quota';
import { chromeAIAnswer } from './chrome-ai';
import { getContext } from './contexts';
import { loadDailyCap, loadProvider } from './provider';

const cache = new AnswerCache(answerCacheStore());

type Post = (message: PortToPanel) => void;

async function dailyUsage(): Promise<DailyUsage | undefined> {
  return (await usageItem.getValue()) ?? undefined;
}

async function fail(post: Post, requestId: string, failure: LlmFailure): Promise<void> {
  const apiKey = endpointFor(await loadProvider())?.apiKey;
  post({
    type: 'error',
    data: {
      requestId,
      code: failure.error.code,
      message: redactKey(failure.error.message, apiKey),
      retryable: failure.error.retryable,
      partial: redactKey(failure.partialText, apiKey),
    },
  });
}

function problemOrJob(
  context: PageContext | null,
): context is Extract<PageContext, { kind: 'problem' | 'job' }> {
  return context?.kind === 'problem' || context?.kind === 'job';
}

/** One answer: from the cache, or streamed from the provider, with usage and the cap accounted. */
async function answer(request: AskRequest, post: Post, signal: AbortSignal): Promise<void> {
  const { requestId } = request;
  const provider = await loadProvider();
  const context = await getContext(request.tabId);
  if (!problemOrJob(context)) {
    throw new LlmFailure({
      code: 'bad-request',
      retryable: false,
      message: 'There is no problem or job posting in this tab to ask about.',
    });
  }
  const key = contextKey(context);
  const history = request.flow === 'chat' ? await loadChat(key) : [];
  const prompt: BuiltPrompt = buildPrompt(request, context, analyze(context), history);
  const model = provider.kind === 'openai' || provider.kind === 'compatible' ? provider.model : provider.kind;
  const cacheKey = cacheKeyFor(prompt, key, model, request.level ?? 0);
  const cap = await loadDailyCap();
  const today = () => dailyUsage().then((d) => ({ total: todayUsage(d, Date.now()).totalTokens, cap }));

  const hit = request.flow === 'chat' ? undefined : await cache.get(cacheKey, Date.now(), request);
  if (hit) {
    post({
      type: 'done',
      data: { requestId, text: hit.text, cached: true, usage: null, today: await today() },
    });
    return;
  }
  const allowed = checkDailyCap(await dailyUsage(), cap, Date.now());
  if (!allowed.allowed)
    throw new LlmFailure({ code: 'bad-request', retryable: false, message: allowed.message });

  let text: string;
  let usage: Usage | null;
  let notice: string | undefined;
  const endpoint = endpointFor(provider);
  if (provider.kind === 'chrome-ai') {
    text = await chromeAIAnswer(prompt.messages, signal, (delta) =>
      post({ type: 'token', data: { requestId, delta } }),
    );
    usage = null;
  } else if (!endpoint) {
    throw new LlmFailure({
      code: 'bad-request',
      retryable: false,
      message:
        'No model is configured: the offline coach is answering. Choose a provider in Sparring’s options.',
    });
  } else if (request.flow === 'job-prep') {
    try {
      const result = await structured({
        ...endpoint,
        messages: prompt.messages,
        schema: JobPrep,
        schemaName: 'job_prep',
        signal,
      });
      text = jobPrepMarkdown(result.data);
      usage = result.usage;
    } catch (error) {
      if (!(error instanceof LlmFailure) || error.error.code !== 'invalid-output') throw error;
      text = '';
      usage = null;
      // The client's sentence says "Retry", but a finished answer offers "Regenerate" instead.
      notice =
        "The model's answer did not have the expected structure twice, so the offline preparation above stands. Press Regenerate to ask again.";
    }
  } else {
    const result = await streamChat({
      ...endpoint,
      messages: prompt.messages,
      signal,
      onToken: (delta) => post({ type: 'token', data: { requestId, delta } }),
    });
    text = result.text;
    usage = result.usage;
  }
  const spent = usageOrEstimate(usage, prompt.messages, text);
  const daily = addUsage(await dailyUsage(), spent, Date.now());
  // The answer is on screen already: a full storage says so beside it instead of replacing it.
  const saved = await savedAll(
    [
      usageItem.setValue(daily),
      text ? cache.set(cacheKey, { text, model, usage: spent, createdAt: Date.now() }, Date.now()) : null,
      request.flow === 'chat' && request.input
        ? appendTurns(key, [
            { role: 'user', content: request.input },
            { role: 'assistant', content: text },
          ])
        : null,
    ].filter((write) => write !== null),
  );
  if (!saved) notice = notice ? `${notice} ${STORAGE_FULL_MESSAGE}` : STORAGE_FULL_MESSAGE;
  post({
    type: 'done',
    data: {
      requestId,
      text,
      cached: false,
      usage: spent,
      today: { total: todayUsage(daily, Date.now()).totalTokens, cap },
      ...(notice ? { notice } : {}),
    },
  });
}

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
      const parsed = z.safeParse(PortToBackground, raw);
      if (!parsed.success) return;
      const message = parsed.data;
      if (message.type === 'stop') {
        running.get(message.data.requestId)?.abort();
        return;
      }
      const controller = new AbortController();
      running.set(message.data.requestId, controller);
      answer(message.data, post, controller.signal)
        .catch((error: unknown) => {
          const failure = error instanceof LlmFailure ? error : new LlmFailure(toLlmError(error));
          return fail(post, message.data.requestId, failure);
        })
        .finally(() => running.delete(message.data.requestId));
    });
  });
}
