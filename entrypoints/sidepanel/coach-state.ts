import { useEffect, useRef, useState } from 'react';
import type { ChatTurn } from '@/lib/llm/prompts/chat';
import { chatItem } from '@/lib/storage/chat';
import { type CoachState, coachStateItem, EMPTY_COACH_STATE, hasProgress } from '@/lib/storage/coach-state';
import { prunePerContext } from '@/lib/storage/prune';
import { StorageFullError } from '@/lib/storage/quota';

/** Opening a problem counts as using its state (for pruning), recorded at most this often. */
const TOUCH_EVERY_MS = 60 * 60 * 1000;

/** What the panel says beside a change that could not be saved. */
export function notSaved(error: unknown): string {
  if (error instanceof StorageFullError) return error.message;
  const reason = error instanceof Error ? error.message : String(error);
  return `Your last change could not be saved (${reason}). It stays on screen until you close the panel.`;
}

/**
 * The offline coach's per-problem state, loaded for the current context key and written back on
 * every change. `ready` is false until storage answers, so views do not flash the empty state. A
 * write that fails keeps the change on screen and says so in `saveError`; the next change writes
 * the whole state again, the unsaved part with it.
 */
export function useCoachState(key: string | null) {
  const [state, setState] = useState<CoachState>(EMPTY_COACH_STATE);
  const [ready, setReady] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const current = useRef({ key, state });
  useEffect(() => {
    current.current = { key, state: EMPTY_COACH_STATE };
    setReady(false);
    setState(EMPTY_COACH_STATE);
    setSaveError(null);
    if (!key) return;
    let live = true;
    const item = coachStateItem(key);
    void item.getValue().then((stored) => {
      if (!live) return;
      current.current = { key, state: stored };
      setState(stored);
      setReady(true);
      if (hasProgress(stored) && Date.now() - stored.usedAt > TOUCH_EVERY_MS) {
        // Housekeeping only: when it cannot be written, the state is just a little older for pruning.
        item.setValue({ ...stored, usedAt: Date.now() }).catch(() => undefined);
      }
    });
    return () => {
      live = false;
    };
  }, [key]);

  const update = (patch: Partial<Omit<CoachState, 'usedAt'>>) => {
    if (!key || current.current.key !== key) return;
    const previous = current.current.state;
    const next = { ...previous, ...patch, usedAt: Date.now() };
    current.current = { key, state: next };
    setState(next);
    coachStateItem(key)
      .setValue(next)
      .then(
        () => {
          if (current.current.key === key) setSaveError(null);
          // A problem's first saved state may push the oldest ones past the bound.
          if (!hasProgress(previous)) void prunePerContext();
        },
        (error: unknown) => {
          if (current.current.key === key) setSaveError(notSaved(error));
        },
      );
  };
  return { state, ready, saveError, update };
}

/** The follow-up chat of the current context, live: the background appends turns as answers end. */
export function useChat(key: string | null): ChatTurn[] {
  const [turns, setTurns] = useState<ChatTurn[]>([]);
  useEffect(() => {
    setTurns([]);
    if (!key) return;
    let live = true;
    const item = chatItem(key);
    void item.getValue().then((chat) => {
      if (live) setTurns(chat.turns);
    });
    const unwatch = item.watch((chat) => {
      if (live) setTurns(chat.turns);
    });
    return () => {
      live = false;
      unwatch();
    };
  }, [key]);
  return turns;
}
