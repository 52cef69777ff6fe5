import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { appendTurns, loadChat } from '@/lib/chat';
import { chatFamily, chatItem, MAX_TURNS } from '@/lib/storage/chat';
import { coachStateFamily, coachStateItem, EMPTY_COACH_STATE } from '@/lib/storage/coach-state';
import { upgrade } from '@/lib/storage/item';
import { PER_CONTEXT_LIMITS, prunePerContext } from '@/lib/storage/prune';

const stored = () => fakeBrowser.storage.local.get(null);

describe('coach state', () => {
  beforeEach(() => fakeBrowser.reset());

  it('migrates version 1 (no usedAt) to version 2, counting it as used long ago', async () => {
    const v1 = { hintsShown: 2, techniquesShown: true, ticked: ['empty'], interviewDate: '2025-03-01' };
    expect(coachStateFamily.shape.migrations?.[2]?.(v1)).toEqual({ ...v1, usedAt: 0 });
    // A value already in version 2 (its version mark lost) passes through.
    const v2 = { ...v1, usedAt: 5 };
    expect(coachStateFamily.shape.migrations?.[2]?.(v2)).toEqual(v2);
    await fakeBrowser.storage.local.set({ 'coach:leetcode:two-sum': v1 });
    await expect(coachStateItem('leetcode:two-sum').getValue()).resolves.toEqual({ ...v1, usedAt: 0 });
  });

  it('repairs each field on its own and keeps the rest', async () => {
    await fakeBrowser.storage.local.set({
      'coach:leetcode:two-sum': {
        hintsShown: -2,
        techniquesShown: 'yes',
        ticked: ['empty', 4, null, 'one'],
        interviewDate: 'next tuesday',
        usedAt: 1_000,
      },
      'coach:leetcode:two-sum$': { v: 2 },
    });
    await expect(coachStateItem('leetcode:two-sum').getValue()).resolves.toEqual({
      ...EMPTY_COACH_STATE,
      ticked: ['empty', 'one'],
      usedAt: 1_000,
    });
    await fakeBrowser.storage.local.set({ 'coach:leetcode:two-sum': 'garbage' });
    await expect(coachStateItem('leetcode:two-sum').getValue()).resolves.toEqual(EMPTY_COACH_STATE);
  });

  it('repairs anything to a valid state that repairing again leaves as it is', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (raw, version) => {
        const state = upgrade(coachStateFamily.shape, raw, version);
        expect(upgrade(coachStateFamily.shape, state, 2)).toEqual(state);
      }),
    );
  });
});

describe('chats', () => {
  beforeEach(() => fakeBrowser.reset());

  it('migrates version 1 (a bare list of turns) to version 2', async () => {
    const turns = [
      { role: 'user', content: 'Why a heap?' },
      { role: 'assistant', content: 'Because you need the smallest each time.' },
    ];
    expect(chatFamily.shape.migrations?.[2]?.(turns)).toEqual({ turns, usedAt: 0 });
    expect(chatFamily.shape.migrations?.[2]?.({ turns, usedAt: 3 })).toEqual({ turns, usedAt: 3 });
    await fakeBrowser.storage.local.set({ 'chat:leetcode:two-sum': turns });
    await expect(loadChat('leetcode:two-sum')).resolves.toEqual(turns);
  });

  it('drops broken turns, keeps the others, and never holds more than the newest MAX_TURNS', async () => {
    const many = Array.from({ length: MAX_TURNS + 5 }, (_, index) => ({
      role: 'user',
      content: `q${index}`,
    }));
    await fakeBrowser.storage.local.set({
      'chat:a:1': {
        turns: [{ role: 'user', content: 'kept' }, { role: 'system', content: 'x' }, 'hi'],
        usedAt: 1,
      },
      'chat:a:1$': { v: 2 },
      'chat:a:2': { turns: many, usedAt: 1 },
      'chat:a:2$': { v: 2 },
    });
    await expect(loadChat('a:1')).resolves.toEqual([{ role: 'user', content: 'kept' }]);
    const kept = await loadChat('a:2');
    expect(kept).toHaveLength(MAX_TURNS);
    expect(kept[0]?.content).toBe('q5');
  });

  it('appends turns, the newest MAX_TURNS kept, and records when', async () => {
    vi.spyOn(Date, 'now').mockReturnValue(42_000);
    await appendTurns('leetcode:two-sum', [
      { role: 'user', content: 'Hi' },
      { role: 'assistant', content: 'Hello' },
    ]);
    await expect(chatItem('leetcode:two-sum').getValue()).resolves.toEqual({
      turns: [
        { role: 'user', content: 'Hi' },
        { role: 'assistant', content: 'Hello' },
      ],
      usedAt: 42_000,
    });
    expect((await stored())['chat:leetcode:two-sum$']).toEqual({ v: 2 });
  });
});

/** A context's coach state and chat, used at `usedAt`, its chat about `chatBytes` long. */
async function practised(id: string, usedAt: number, chatBytes = 0) {
  await coachStateItem(id).setValue({ ...EMPTY_COACH_STATE, hintsShown: 1, usedAt });
  if (chatBytes > 0)
    await chatItem(id).setValue({ turns: [{ role: 'assistant', content: 'x'.repeat(chatBytes) }], usedAt });
}

describe('pruning per-problem state', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps the most recently used contexts, removing the others’ state and chats with their versions', async () => {
    await practised('leetcode:old', 100, 10);
    await practised('leetcode:older', 50, 10);
    await practised('leetcode:new', 300, 10);
    await practised('leetcode:newer', 400);
    await fakeBrowser.storage.local.set({ quizProgress: { cards: {}, days: {} } });
    await expect(prunePerContext({ contexts: 2, chatBytes: 1_000_000 })).resolves.toBe(8);
    expect(Object.keys(await stored()).sort()).toEqual([
      'chat:leetcode:new',
      'chat:leetcode:new$',
      'coach:leetcode:new',
      'coach:leetcode:new$',
      'coach:leetcode:newer',
      'coach:leetcode:newer$',
      'quizProgress',
    ]);
  });

  it('counts a chat’s use as the context’s use', async () => {
    await practised('leetcode:a', 100);
    await practised('leetcode:b', 200);
    await chatItem('leetcode:a').setValue({ turns: [{ role: 'user', content: 'hi' }], usedAt: 500 });
    await prunePerContext({ contexts: 1, chatBytes: 1_000_000 });
    expect(Object.keys(await stored()).filter((key) => !key.endsWith('$'))).toEqual([
      'coach:leetcode:a',
      'chat:leetcode:a',
    ]);
  });

  it('keeps chats newest first up to the byte bound, and the coach state of every kept context', async () => {
    await practised('leetcode:a', 300, 600);
    await practised('leetcode:b', 200, 600);
    await practised('leetcode:c', 100, 600);
    await prunePerContext({ contexts: 10, chatBytes: 1_500 });
    const keys = Object.keys(await stored()).filter((key) => !key.endsWith('$'));
    expect(keys.filter((key) => key.startsWith('chat:')).sort()).toEqual([
      'chat:leetcode:a',
      'chat:leetcode:b',
    ]);
    expect(keys.filter((key) => key.startsWith('coach:'))).toHaveLength(3);
  });

  it('counts state from before version 2 as oldest, and reads it through its migration', async () => {
    await fakeBrowser.storage.local.set({
      'coach:leetcode:legacy': { hintsShown: 1, techniquesShown: false, ticked: [], interviewDate: null },
      'chat:leetcode:legacy': [{ role: 'user', content: 'old' }],
    });
    await practised('leetcode:recent', 10);
    await prunePerContext({ contexts: 1, chatBytes: 1_000_000 });
    expect(Object.keys(await stored()).filter((key) => !key.endsWith('$'))).toEqual([
      'coach:leetcode:recent',
    ]);
  });

  it('does nothing within the bounds, and the default bound is 500 contexts and 2 MB of chats', async () => {
    expect(PER_CONTEXT_LIMITS).toEqual({ contexts: 500, chatBytes: 2 * 1024 * 1024 });
    await practised('leetcode:a', 1, 10);
    const before = await stored();
    await expect(prunePerContext()).resolves.toBe(0);
    expect(await stored()).toEqual(before);
  });

  it('prunes when a new chat is started past the bound, and a failed prune never fails the chat', async () => {
    const entries: Record<string, unknown> = {};
    for (let index = 0; index < PER_CONTEXT_LIMITS.contexts; index += 1) {
      entries[`coach:leetcode:p${index}`] = { ...EMPTY_COACH_STATE, hintsShown: 1, usedAt: 1_000 + index };
    }
    await fakeBrowser.storage.local.set(entries);
    await appendTurns('leetcode:fresh', [{ role: 'user', content: 'hi' }]);
    await prunePerContext(); // waits for the one the new chat started
    const keys = Object.keys(await stored());
    expect(keys).not.toContain('coach:leetcode:p0');
    expect(keys).toContain('coach:leetcode:p1');
    expect(keys).toContain('chat:leetcode:fresh');

    vi.spyOn(fakeBrowser.storage.local, 'remove').mockRejectedValue(new Error('busy'));
    await expect(appendTurns('leetcode:fresher', [{ role: 'user', content: 'hi' }])).resolves.toBeUndefined();
    await expect(prunePerContext()).resolves.toBe(0);
    expect(Object.keys(await stored())).toContain('chat:leetcode:fresher');
  });
});
