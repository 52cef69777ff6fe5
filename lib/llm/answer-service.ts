import { contextKey, type JobContext, type PageContext, type ProblemContext } from '@/lib/extract/context';
import type { AskRequest, PortToPanel } from '@/lib/messaging/protocol';
import { isQuotaError, STORAGE_FULL_MESSAGE, savedAll } from '@/lib/storage/quota';
import { type AnswerCache, cacheKeyFor } from './cache';
import { LlmFailure, redactKey, refusal, toLlmError } from './errors';
import { FLOWS, type FlowInput } from './flows';
import type { UsageLedger } from './ledger';
import type { ChatTurn } from './prompts/chat';
import type { BuiltPrompt } from './prompts/shared';
import { type ProviderConfig, serverId } from './providers';
import { extractJson, structured } from './structured';
import { estimatePromptTokens, type PromptMessage } from './tokens';
import type { StreamResult, Transport } from './transport';
import { addUsages, type Usage, usageOrEstimate } from './usage';

/**
 * The model answer behind the side panel, with everything it touches handed in: where the provider,
 * the page and the chat come from, the cache, the daily account, the transport and the clock. The
 * background only connects it to the panel's port.
 */
export interface AnswerServiceDeps {
  loadProvider(): Promise<ProviderConfig>;
  getContext(tabId: number): Promise<PageContext | null>;
  chat: {
    history(contextKey: string): Promise<ChatTurn[]>;
    append(contextKey: string, turns: ChatTurn[]): Promise<void>;
  };
  cache: AnswerCache;
  ledger: UsageLedger;
  transportFor(provider: ProviderConfig): Transport | null;
  now(): number;
}

export type Post = (message: PortToPanel) => void;

const CONTINUE = 'Continue exactly where you stopped, without repeating what you already wrote.';

/** Said when the model could not give the brief's structure and its Markdown is shown instead. */
const MARKDOWN_NOTICE =
  "The model did not return the brief's structure, so this is its brief as Markdown. Regenerate asks again.";

function subjectOf(context: PageContext | null): ProblemContext | JobContext {
  if (context?.kind === 'problem' || context?.kind === 'job') return context;
  throw refusal('bad-request', 'There is no problem or job posting in this tab to ask about.');
}

/** An answer that is already a brief in prose: a local model that ignored the JSON request. */
function isProseBrief(text: string): boolean {
  return text.trim().length >= 200 && !/^\s*[[{]/.test(text) && !extractJson(text).ok;
}

interface Outcome {
  text: string;
  usage: Usage;
  finishReason: string;
  notice?: string;
}

export function createAnswerService(deps: AnswerServiceDeps) {
  async function run(
    transport: Transport,
    request: AskRequest,
    input: FlowInput,
    prompt: BuiltPrompt,
    post: Post,
    signal: AbortSignal,
  ): Promise<Outcome> {
    const flow = FLOWS[request.flow];
    const { requestId } = request;
    const maxTokens = flow.maxTokens(input);
    const onToken = (delta: string) => post({ type: 'token', data: { requestId, delta } });
    const spent = (result: StreamResult, messages: readonly PromptMessage[]) =>
      usageOrEstimate(result.usage, messages, result.text);

    if (flow.mode === 'stream' || !flow.output) {
      const result = await transport.stream({ messages: prompt.messages, maxTokens, signal, onToken });
      return { text: result.text, usage: spent(result, prompt.messages), finishReason: result.finishReason };
    }
    const output = flow.output;
    let written = 0;
    const onProgress = (delta: string) => {
      written += delta.length;
      post({ type: 'progress', data: { requestId, tokens: Math.ceil(written / 4) } });
    };
    try {
      const result = await structured({
        transport,
        request: { messages: prompt.messages, maxTokens, signal, onToken: onProgress },
        schema: output.schema(),
        schemaName: output.name,
        // A model that misses the structure once mostly misses it again: the Markdown brief is the better second try.
        invalidRetries: output.markdownFallback ? 0 : 1,
      });
      const text = output.toMarkdown ? output.toMarkdown(result.data) : JSON.stringify(result.data);
      return { text, usage: result.usage, finishReason: 'stop' };
    } catch (error) {
      if (!(error instanceof LlmFailure) || error.error.code !== 'invalid-output' || !output.markdownFallback)
        throw error;
      const before = error.usage ?? usageOrEstimate(null, prompt.messages, error.partialText);
      if (isProseBrief(error.partialText)) {
        return { text: error.partialText, usage: before, finishReason: 'stop', notice: MARKDOWN_NOTICE };
      }
      const fallback = output.markdownFallback(input);
      try {
        const result = await transport.stream({ messages: fallback.messages, maxTokens, signal, onToken });
        return {
          text: result.text,
          usage: addUsages(before, spent(result, fallback.messages)),
          finishReason: result.finishReason,
          notice: MARKDOWN_NOTICE,
        };
      } catch (second) {
        if (!(second instanceof LlmFailure)) throw second;
        const usage = addUsages(before, usageOrEstimate(second.usage, fallback.messages, second.partialText));
        throw new LlmFailure(second.error, second.partialText, { sent: true, usage, cause: second.cause });
      }
    }
  }

  async function answer(request: AskRequest, post: Post, signal: AbortSignal): Promise<void> {
    const { requestId } = request;
    const provider = await deps.loadProvider();
    const transport = deps.transportFor(provider);
    if (!transport) {
      throw refusal(
        'no-model',
        'No model is configured: the offline coach is answering. Choose a provider in Sparring’s options.',
      );
    }
    const subject = subjectOf(await deps.getContext(request.tabId));
    const key = contextKey(subject);
    const flow = FLOWS[request.flow];
    const history = request.flow === 'chat' ? await deps.chat.history(key) : [];
    const input: FlowInput = { request, subject, analysis: request.analysis, history };
    const built = flow.build(input);
    const prompt: BuiltPrompt = request.continuation
      ? {
          ...built,
          messages: [
            ...built.messages,
            { role: 'assistant', content: request.continuation },
            { role: 'user', content: CONTINUE },
          ],
        }
      : built;

    const cacheable = flow.cached && !request.continuation;
    const cacheKey = cacheKeyFor(
      prompt,
      { contextId: key, server: serverId(provider), model: provider.model || provider.kind },
      request.level ?? 0,
    );
    const hit = cacheable ? await deps.cache.get(cacheKey, deps.now(), request) : undefined;
    if (hit) {
      post({
        type: 'done',
        data: { requestId, text: hit.text, cached: true, usage: null, today: await deps.ledger.today() },
      });
      return;
    }

    const reservation = await deps.ledger.reserve(
      estimatePromptTokens(prompt.messages) + flow.maxTokens(input),
    );
    if (!reservation.ok) throw refusal('daily-cap', reservation.message);
    let outcome: Outcome;
    try {
      outcome = await run(transport, request, input, prompt, post, signal);
    } catch (error) {
      const failure = error instanceof LlmFailure ? error : new LlmFailure(toLlmError(error));
      // A request the model read costs what it read and what it wrote, finished or not.
      if (failure.sent) {
        const usage = failure.usage ?? usageOrEstimate(null, prompt.messages, failure.partialText);
        // A full storage must not hide why the answer failed.
        await reservation.record(usage).catch((error: unknown) => {
          if (!isQuotaError(error)) throw error;
        });
        throw new LlmFailure(failure.error, failure.partialText, { sent: true, usage, cause: failure.cause });
      }
      reservation.release();
      throw failure;
    }

    // A server that quotes the key back cannot put it on screen (it never went into a prompt).
    const answered = redactKey(outcome.text, provider.apiKey);
    const text = request.continuation ? request.continuation + answered : answered;
    // The answer is on screen already: a full storage says so beside it instead of replacing it.
    const saved = await savedAll([
      reservation.record(outcome.usage),
      // A cut-off answer is not kept: asked again, it should be whole.
      cacheable && text && outcome.finishReason !== 'length'
        ? deps.cache.set(
            cacheKey,
            { text, model: provider.model, usage: outcome.usage, createdAt: deps.now() },
            deps.now(),
          )
        : Promise.resolve(),
      request.flow === 'chat' && request.input
        ? deps.chat.append(key, [
            { role: 'user', content: request.input },
            { role: 'assistant', content: text },
          ])
        : Promise.resolve(),
    ]);
    const notice = [outcome.notice, saved ? undefined : STORAGE_FULL_MESSAGE].filter(Boolean).join(' ');
    const today = await deps.ledger.today();
    post({
      type: 'done',
      data: {
        requestId,
        text,
        cached: false,
        usage: outcome.usage,
        today,
        finishReason: outcome.finishReason,
        ...(notice ? { notice } : {}),
      },
    });
  }

  return {
    /** Answer one request, posting tokens, progress and the end (or the failure) to the panel. */
    async answer(request: AskRequest, post: Post, signal: AbortSignal): Promise<void> {
      try {
        await answer(request, post, signal);
      } catch (error) {
        const failure = error instanceof LlmFailure ? error : new LlmFailure(toLlmError(error));
        // The saved key, wherever it was meant for: some servers quote the Authorization header.
        const apiKey = (await deps.loadProvider().catch(() => null))?.apiKey;
        post({
          type: 'error',
          data: {
            requestId: request.requestId,
            code: failure.error.code,
            message: redactKey(failure.error.message, apiKey),
            retryable: failure.error.retryable,
            partial: redactKey(failure.partialText, apiKey),
            ...(failure.error.retryAfterMs === undefined ? {} : { retryAfterMs: failure.error.retryAfterMs }),
            ...(failure.usage ? { usage: failure.usage } : {}),
          },
        });
      }
    },
  };
}
