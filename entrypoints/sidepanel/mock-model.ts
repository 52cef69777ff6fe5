import { useEffect, useRef } from 'react';
import type { ModelScoring } from '@/components/mock/ReviewActions';
import type { Answer } from '@/components/model/AnswerView';
import type { MockBrief } from '@/lib/mock/brief';

/** The mock flows; each answers in the slot of the same name (lib/llm/flows.ts). */
export type MockFlow = 'interviewer' | 'mock-scorecard' | 'design-debrief';
export const SLOT_OF: Record<MockFlow, string> = {
  interviewer: 'mock-interviewer',
  'mock-scorecard': 'mock-scorecard',
  'design-debrief': 'design-debrief',
};

/** The panel's model answers as a mock uses them; null when no model is configured. */
export interface MockModel {
  ask(flow: MockFlow, brief: MockBrief): void;
  answer(flow: MockFlow): Answer | undefined;
  retry(flow: MockFlow): void;
}

/**
 * Calls `onDone` once with each answer of `flow` that finishes, so a finished interviewer turn is
 * added to the transcript exactly once however often the panel renders.
 */
export function useFinishedAnswer(model: MockModel | null, flow: MockFlow, onDone: (text: string) => void) {
  const answer = model?.answer(flow);
  const taken = useRef<string | null>(null);
  const latest = useRef(onDone);
  latest.current = onDone;
  useEffect(() => {
    if (answer?.status !== 'done' || taken.current === answer.requestId) return;
    taken.current = answer.requestId;
    latest.current(answer.text);
  }, [answer]);
}

/** What a view shows of an answer still being written or failed. */
export function pendingOf(answer: Answer | undefined) {
  if (answer?.status === 'streaming') return { status: 'streaming' as const, text: answer.text };
  if (answer?.status === 'error')
    return { status: 'error' as const, text: answer.text, error: answer.error?.message ?? 'it failed.' };
  return null;
}

/** The review's "ask the interviewer" control for a finished round; null when no model is configured. */
export function modelScoringOf(
  model: MockModel | null,
  flow: 'mock-scorecard' | 'design-debrief',
  brief: () => MockBrief,
): ModelScoring | null {
  if (!model) return null;
  const scoring = pendingOf(model.answer(flow));
  return {
    writing: scoring?.status === 'streaming',
    ...(scoring?.status === 'error' ? { error: scoring.error } : {}),
    onAsk: () => model.ask(flow, brief()),
  };
}
