import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { create } from 'zustand';
import type { Answer } from '@/components/model/AnswerView';
import { slotOf } from '@/lib/llm/flows';
import type { HintAttempt } from '@/lib/llm/prompts/attempt';
import {
  type AskRequest,
  LLM_PORT,
  type PortToBackground,
  type PortToPanel,
  portToPanelSchema,
} from '@/lib/messaging/protocol';

/** Said when the background dies mid-answer (the browser stops idle workers); Retry works. */
const WORKER_RESTARTED =
  "Sparring's background restarted while answering (the browser stops idle extension workers). The partial answer is kept; press Retry.";

type Ask = Omit<AskRequest, 'requestId'>;

interface AnswersState {
  /** One answer per slot, e.g. "hint-1", "approach", "chat" (the flow registry names them). */
  bySlot: Record<string, Answer>;
  ask(request: Ask): void;
  stop(slot: string): void;
  retry(slot: string, regenerate?: boolean): void;
  /** Ask the model to go on with an answer cut off at its token limit; the new text is appended. */
  continueAnswer(slot: string): void;
  /** A new page or tab: drop every answer (and abort what is running). */
  reset(): void;
}

let port: ReturnType<typeof browser.runtime.connect> | null = null;

function send(message: PortToBackground): void {
  connect().postMessage(message);
}

function connect() {
  if (port) return port;
  const next = browser.runtime.connect({ name: LLM_PORT });
  next.onMessage.addListener((raw: unknown) => {
    const parsed = z.safeParse(portToPanelSchema(), raw);
    if (parsed.success) receive(parsed.data);
  });
  next.onDisconnect.addListener(() => {
    port = null;
    flushTokens();
    const { bySlot } = useAnswers.getState();
    const cut = Object.entries(bySlot).filter(([, answer]) => answer.status === 'streaming');
    if (cut.length === 0) return;
    const patched = { ...bySlot };
    for (const [slot, answer] of cut) {
      patched[slot] = {
        ...answer,
        status: 'error',
        error: { code: 'worker-restarted', message: WORKER_RESTARTED, retryable: true },
      };
    }
    useAnswers.setState({ bySlot: patched });
  });
  port = next;
  return next;
}

function patchByRequest(requestId: string, patch: (answer: Answer) => Answer): void {
  const { bySlot } = useAnswers.getState();
  const entry = Object.entries(bySlot).find(([, answer]) => answer.requestId === requestId);
  if (!entry) return; // An answer for a page the panel has left: dropped.
  useAnswers.setState({ bySlot: { ...bySlot, [entry[0]]: patch(entry[1]) } });
}

/**
 * Tokens arrive one message each; re-rendering the Markdown per token costs more the longer the
 * answer grows. Deltas wait here for at most one frame and are applied together.
 */
const pending = new Map<string, string>();
let flushTimer: ReturnType<typeof setTimeout> | undefined;
const FRAME_MS = 16;

function flushTokens(): void {
  flushTimer = undefined;
  for (const [requestId, text] of pending) {
    patchByRequest(requestId, (a) => ({ ...a, text: a.text + text }));
  }
  pending.clear();
}

function receive(message: PortToPanel): void {
  if (message.type !== 'token') flushTokens();
  switch (message.type) {
    case 'token':
      pending.set(message.data.requestId, (pending.get(message.data.requestId) ?? '') + message.data.delta);
      if (flushTimer === undefined) flushTimer = setTimeout(flushTokens, FRAME_MS);
      return;
    case 'progress':
      patchByRequest(message.data.requestId, (a) => ({ ...a, progressTokens: message.data.tokens }));
      return;
    case 'done': {
      const { text, cached, usage, notice, today, finishReason } = message.data;
      patchByRequest(message.data.requestId, (a) => ({
        ...a,
        status: 'done',
        text: text || a.text,
        cached,
        usage: usage ? { tokens: usage.totalTokens, estimated: usage.estimated === true } : null,
        today,
        ...(finishReason ? { finishReason } : {}),
        ...(notice ? { notice } : {}),
      }));
      return;
    }
    case 'error': {
      const { code, message: text, retryable, partial, retryAfterMs, usage } = message.data;
      patchByRequest(message.data.requestId, (a) => ({
        ...a,
        status: code === 'aborted' ? 'stopped' : 'error',
        text: partial || a.text,
        ...(usage ? { usage: { tokens: usage.totalTokens, estimated: usage.estimated === true } } : {}),
        ...(code === 'aborted'
          ? {}
          : {
              error: {
                code,
                message: text,
                retryable,
                ...(retryAfterMs ? { retryAt: Date.now() + retryAfterMs } : {}),
              },
            }),
      }));
    }
  }
}

/**
 * The approach last sent to "Check my approach" on this page. Answers are dropped on a new page, so
 * it is always this problem's.
 */
export function lastApproach(bySlot: Record<string, Answer>): HintAttempt['approach'] {
  return bySlot[slotOf({ flow: 'approach' })]?.request.input?.trim() || undefined;
}

let counter = 0;

function start(request: Ask, keep?: Answer): Answer {
  counter += 1;
  const full: AskRequest = { ...request, requestId: `${Date.now().toString(36)}-${counter}` };
  return {
    requestId: full.requestId,
    request: full,
    status: 'streaming',
    text: keep?.text ?? '',
    cached: false,
    usage: null,
    startedAt: Date.now(),
  };
}

/** Model answers for the panel, streamed from the background over one port. */
export const useAnswers = create<AnswersState>((set, get) => ({
  bySlot: {},
  ask(request) {
    const slot = slotOf(request);
    const previous = get().bySlot[slot];
    if (previous?.status === 'streaming') send({ type: 'stop', data: { requestId: previous.requestId } });
    const answer = start(request);
    set({ bySlot: { ...get().bySlot, [slot]: answer } });
    send({ type: 'ask', data: answer.request });
  },
  stop(slot) {
    const answer = get().bySlot[slot];
    if (answer?.status !== 'streaming') return;
    send({ type: 'stop', data: { requestId: answer.requestId } });
    set({ bySlot: { ...get().bySlot, [slot]: { ...answer, status: 'stopped' } } });
  },
  retry(slot, regenerate = false) {
    const answer = get().bySlot[slot];
    if (!answer) return;
    const { requestId: _old, continuation: _cut, ...request } = answer.request;
    get().ask({ ...request, regenerate });
  },
  continueAnswer(slot) {
    const answer = get().bySlot[slot];
    if (answer?.status !== 'done' || answer.finishReason !== 'length') return;
    const { requestId: _old, regenerate: _fresh, ...request } = answer.request;
    const next = start({ ...request, continuation: answer.text }, answer);
    set({ bySlot: { ...get().bySlot, [slot]: next } });
    send({ type: 'ask', data: next.request });
  },
  reset() {
    for (const answer of Object.values(get().bySlot)) {
      if (answer.status === 'streaming') send({ type: 'stop', data: { requestId: answer.requestId } });
    }
    set({ bySlot: {} });
  },
}));
