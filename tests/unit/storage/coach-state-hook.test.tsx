import { parseHTML } from 'linkedom';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useChat, useCoachState } from '@/entrypoints/sidepanel/coach-state';
import { appendTurns } from '@/lib/chat';
import { type CoachState, coachStateItem, EMPTY_COACH_STATE } from '@/lib/storage/coach-state';
import { STORAGE_FULL_MESSAGE } from '@/lib/storage/quota';

const KEY = 'leetcode:two-sum';
const HOUR = 60 * 60 * 1000;

type Hook = ReturnType<typeof useCoachState> & { chat: ReturnType<typeof useChat> };

/** Renders the panel's hooks for one context key and reports what they return. */
function Probe({ contextKey, report }: { contextKey: string | null; report: (hook: Hook) => void }) {
  report({ ...useCoachState(contextKey), chat: useChat(contextKey) });
  return null;
}

/** Mount the hooks and hand back what they return, kept current. */
async function mount(key: string | null): Promise<{ hook: () => Hook; root: Root }> {
  let latest: Hook | undefined;
  const root = createRoot(document.getElementById('root') as unknown as HTMLElement);
  await act(async () =>
    root.render(
      <Probe
        contextKey={key}
        report={(hook) => {
          latest = hook;
        }}
      />,
    ),
  );
  return { hook: () => latest as Hook, root };
}

/** Let storage promises and the renders they cause finish. */
const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));

describe('the panel’s coach state', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    const { window } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
    vi.stubGlobal('window', window);
    vi.stubGlobal('document', window.document);
    vi.stubGlobal('IS_REACT_ACT_ENVIRONMENT', true);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('loads the stored state, and records opening it as use when the last use is an hour old', async () => {
    const stored: CoachState = { ...EMPTY_COACH_STATE, hintsShown: 2, usedAt: 1_000 };
    await coachStateItem(KEY).setValue(stored);
    vi.spyOn(Date, 'now').mockReturnValue(1_000 + HOUR + 1);
    const { hook, root } = await mount(KEY);
    await settle();
    expect(hook().ready).toBe(true);
    expect(hook().state.hintsShown).toBe(2);
    await expect(coachStateItem(KEY).getValue()).resolves.toEqual({ ...stored, usedAt: 1_000 + HOUR + 1 });
    await act(async () => root.unmount());
  });

  it('does not store anything for a problem merely opened', async () => {
    const { root } = await mount(KEY);
    await settle();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    await act(async () => root.unmount());
  });

  it('keeps a change that cannot be saved on screen, says so, and saves it with the next change', async () => {
    const { hook, root } = await mount(KEY);
    await settle();
    const set = vi
      .spyOn(fakeBrowser.storage.local, 'set')
      .mockRejectedValueOnce(new Error('Resource::kQuotaBytes quota exceeded'));
    await act(async () => hook().update({ ticked: ['empty input'] }));
    await settle();
    expect(hook().state.ticked).toEqual(['empty input']);
    expect(hook().saveError).toBe(STORAGE_FULL_MESSAGE);
    await expect(coachStateItem(KEY).getValue()).resolves.toEqual(EMPTY_COACH_STATE);

    await act(async () => hook().update({ hintsShown: 1 }));
    await settle();
    expect(set).toHaveBeenCalledTimes(2);
    expect(hook().saveError).toBeNull();
    await expect(coachStateItem(KEY).getValue()).resolves.toMatchObject({
      ticked: ['empty input'],
      hintsShown: 1,
    });
    await act(async () => root.unmount());
  });

  it('shows chat turns as the background appends them', async () => {
    const { hook, root } = await mount(KEY);
    await settle();
    await appendTurns(KEY, [{ role: 'user', content: 'Why a hash map?' }]);
    await vi.waitFor(() => expect(hook().chat).toEqual([{ role: 'user', content: 'Why a hash map?' }]));
    await act(async () => root.unmount());
  });
});
