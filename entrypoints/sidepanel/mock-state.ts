import { useEffect, useRef, useState } from 'react';
import { checkpoint, reopenedClock } from '@/lib/mock/clock';
import { type MockResult, withResult } from '@/lib/mock/results';
import type { Story } from '@/lib/mock/stories';
import {
  type ActiveMock,
  forgetStaleMocks,
  mockItem,
  mockResultsItem,
  storyBankItem,
} from '@/lib/storage/mocks';
import { StorageFullError } from '@/lib/storage/quota';

/** How often a running clock is banked in storage: a closed panel loses at most this much. */
const CHECKPOINT_MS = 5_000;

function notSaved(error: unknown): string {
  if (error instanceof StorageFullError) return error.message;
  const reason = error instanceof Error ? error.message : String(error);
  return `The mock could not be saved (${reason}). It stays on screen until you close the panel.`;
}

/** The time, ticking once a second while `running`, for the clocks on screen. */
export function useNow(running: boolean): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, [running]);
  return running ? now : Date.now();
}

/**
 * The mock in progress on one problem or posting, from storage, so it survives the panel closing
 * and the browser restarting. Opened again, its clock runs on from its last checkpoint; while it
 * is on screen the running time is banked every few seconds.
 */
export function useActiveMock<M extends ActiveMock>(key: string, kind: M['kind']) {
  const [mock, setMock] = useState<M | null>(null);
  const [ready, setReady] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const current = useRef<M | null>(null);

  const write = (next: M | null) => {
    current.current = next;
    setMock(next);
    const item = mockItem(key);
    (next ? item.setValue(next) : item.removeValue()).then(
      () => setSaveError(null),
      (error: unknown) => setSaveError(notSaved(error)),
    );
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: the key is the trigger; write is stable per key.
  useEffect(() => {
    let live = true;
    setReady(false);
    current.current = null;
    setMock(null);
    void mockItem(key)
      .getValue()
      .then((stored) => {
        if (!live) return;
        setReady(true);
        if (stored?.kind !== kind) return;
        write({ ...stored, clock: reopenedClock(stored.clock, Date.now()) } as M);
      });
    return () => {
      live = false;
    };
  }, [key, kind]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: write reads the latest mock through the ref.
  useEffect(() => {
    const timer = setInterval(() => {
      const running = current.current;
      if (running?.clock.runningSince != null)
        write({ ...running, clock: checkpoint(running.clock, Date.now()) });
    }, CHECKPOINT_MS);
    return () => clearInterval(timer);
  }, [key]);

  /** Start a mock (after dropping the ones abandoned long ago). */
  const start = (next: M) => {
    void forgetStaleMocks(Date.now());
    write(next);
  };
  /** Change the mock in progress; `null` ends it. */
  const update = (change: (mock: M, now: number) => M | null) => {
    if (current.current) write(change(current.current, Date.now()));
  };
  return { mock, ready, saveError, start, update };
}

/** Finished mocks, newest first, live; `add` keeps them within their bound. */
export function useMockResults() {
  const [results, setResults] = useState<MockResult[]>([]);
  useEffect(() => {
    let live = true;
    void mockResultsItem.getValue().then((stored) => live && setResults(stored));
    const unwatch = mockResultsItem.watch((stored) => live && setResults(stored));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  const add = async (result: MockResult) => {
    const next = withResult(await mockResultsItem.getValue(), result);
    setResults(next);
    await mockResultsItem.setValue(next);
  };
  return { results, add };
}

/** The story bank, live; `save` writes the whole bank. */
export function useStoryBank() {
  const [stories, setStories] = useState<Story[]>([]);
  const [saveError, setSaveError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void storyBankItem.getValue().then((stored) => live && setStories(stored));
    const unwatch = storyBankItem.watch((stored) => live && setStories(stored));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  const save = (next: Story[]) => {
    setStories(next);
    storyBankItem.setValue(next).then(
      () => setSaveError(null),
      (error: unknown) => setSaveError(notSaved(error)),
    );
  };
  return { stories, save, saveError };
}
