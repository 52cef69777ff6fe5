import { useEffect, useState } from 'react';
import { chatItem } from '@/lib/chat';
import { type CoachState, coachStateItem, EMPTY_COACH_STATE, repairCoachState } from '@/lib/coach-state';
import type { ChatTurn } from '@/lib/llm/prompts/chat';

/**
 * The offline coach's per-problem state, loaded for the current context key and written back on
 * every change. `ready` is false until storage answers, so views do not flash the empty state.
 */
export function useCoachState(key: string | null) {
  const [state, setState] = useState<CoachState>(EMPTY_COACH_STATE);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    setReady(false);
    setState(EMPTY_COACH_STATE);
    if (!key) return;
    let live = true;
    void coachStateItem(key)
      .getValue()
      .then((value) => {
        if (!live) return;
        setState(repairCoachState(value));
        setReady(true);
      });
    return () => {
      live = false;
    };
  }, [key]);
  const update = (patch: Partial<CoachState>) => {
    if (!key) return;
    setState((previous) => {
      const next = { ...previous, ...patch };
      void coachStateItem(key).setValue(next);
      return next;
    });
  };
  return { state, ready, update };
}

/** The follow-up chat of the current context, live: the background appends turns as answers end. */
export function useChat(key: string | null): ChatTurn[] {
  const [turns, setTurns] = useState<ChatTurn[]>([]);
  useEffect(() => {
    setTurns([]);
    if (!key) return;
    const item = chatItem(key);
    void item.getValue().then(setTurns);
    return item.watch((value) => setTurns(value ?? []));
  }, [key]);
  return turns;
}
