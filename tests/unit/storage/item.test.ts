import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readEarly } from '@/lib/storage/early-read';
import { getValues } from '@/lib/storage/get-values';
import { defineFamily, defineItem, onAnyChange, type Shape, upgrade, versionKey } from '@/lib/storage/item';
import { STORAGE_FULL_MESSAGE, StorageFullError } from '@/lib/storage/quota';
import { fillStorage, limitStorage } from './limited-storage';

/** A shape at version 3: v1 was a bare number, v2 `{ count }`, v3 adds `label`. */
interface Counter {
  count: number;
  label: string;
}
const counterShape: Shape<Counter> = {
  version: 3,
  migrations: {
    2: (value) => (typeof value === 'number' ? { count: value } : value),
    3: (value) => ({ label: 'unnamed', ...(value as object) }),
  },
  fallback: { count: 0, label: 'unnamed' },
  repair: (raw) => {
    const value = raw as Partial<Counter> | null;
    return {
      count: typeof value?.count === 'number' ? value.count : 0,
      label: typeof value?.label === 'string' ? value.label : 'unnamed',
    };
  },
};

describe('upgrade', () => {
  it('runs the migrations from the stored version up, then the repair', () => {
    expect(upgrade(counterShape, 4)).toEqual({ count: 4, label: 'unnamed' });
    expect(upgrade(counterShape, { count: 4 }, 2)).toEqual({ count: 4, label: 'unnamed' });
    expect(upgrade(counterShape, { count: 4, label: 'hints' }, 3)).toEqual({ count: 4, label: 'hints' });
  });

  it('treats a missing or nonsensical version as version 1', () => {
    expect(upgrade(counterShape, 7, undefined)).toEqual({ count: 7, label: 'unnamed' });
    expect(upgrade(counterShape, 7, 'two')).toEqual({ count: 7, label: 'unnamed' });
    expect(upgrade(counterShape, 7, 0)).toEqual({ count: 7, label: 'unnamed' });
  });

  it('gives a fresh copy of the fallback for nothing stored, and when a migration throws', () => {
    const first = upgrade(counterShape, undefined);
    first.count = 99;
    expect(upgrade(counterShape, null)).toEqual({ count: 0, label: 'unnamed' });
    const throwing: Shape<Counter> = {
      ...counterShape,
      migrations: {
        2: () => {
          throw new Error('bad');
        },
      },
    };
    expect(upgrade(throwing, 5)).toEqual({ count: 0, label: 'unnamed' });
  });

  it('leaves a value from a newer version to the repair (a downgraded extension)', () => {
    expect(upgrade(counterShape, { count: 2, label: 'x', extra: true }, 9)).toEqual({ count: 2, label: 'x' });
  });
});

describe('a stored item', () => {
  let unlimit: (() => void) | undefined;
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => unlimit?.());

  const counter = defineItem('local', 'counter', counterShape);

  it('reads an old value upgraded, and writes the current shape with its version in one step', async () => {
    await fakeBrowser.storage.local.set({ counter: 3 });
    await expect(counter.getValue()).resolves.toEqual({ count: 3, label: 'unnamed' });
    // Reading never writes: the old value stays until the next change.
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ counter: 3 });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await counter.setValue({ count: 4, label: 'ticks' });
    expect(set).toHaveBeenCalledTimes(1);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({
      counter: { count: 4, label: 'ticks' },
      [versionKey('counter')]: { v: 3 },
    });
  });

  it('writes no version beside a version-1 item, and removes both keys', async () => {
    const plain = defineItem('local', 'plain', {
      version: 1,
      fallback: 0,
      repair: (raw) => Number(raw) || 0,
    });
    await plain.setValue(5);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ plain: 5 });
    await counter.setValue({ count: 1, label: 'a' });
    await counter.removeValue();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ plain: 5 });
  });

  it('tells watchers the new value, validated, and onChange listeners only that it changed', async () => {
    const seen: Counter[] = [];
    let changes = 0;
    const unwatch = counter.watch((value) => seen.push(value));
    const unlisten = counter.onChange(() => {
      changes += 1;
    });
    await counter.setValue({ count: 2, label: 'b' });
    await fakeBrowser.storage.local.set({ counter: 'garbage' });
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen).toEqual([
      { count: 2, label: 'b' },
      { count: 0, label: 'unnamed' },
    ]);
    expect(changes).toBe(2);
    unwatch();
    unlisten();
    await counter.setValue({ count: 3, label: 'c' });
    expect(changes).toBe(2);
  });

  it('turns a quota refusal into a StorageFullError with the plain message, and writes nothing', async () => {
    unlimit = limitStorage(2_000);
    await counter.setValue({ count: 1, label: 'kept' });
    await fillStorage(2_000, 10);
    const attempt = counter.setValue({ count: 2, label: 'x'.repeat(100) });
    await expect(attempt).rejects.toBeInstanceOf(StorageFullError);
    await expect(attempt).rejects.toThrow(STORAGE_FULL_MESSAGE);
    await expect(counter.getValue()).resolves.toEqual({ count: 1, label: 'kept' });
  });

  it('reads several items of an area in one call, each as getValue would', async () => {
    const plain = defineItem('local', 'plain', {
      version: 1,
      fallback: 0,
      repair: (raw) => Number(raw) || 0,
    });
    const missing = defineItem('local', 'missing', { version: 1, fallback: 'none', repair: String });
    await fakeBrowser.storage.local.set({
      counter: { count: 4 },
      [versionKey('counter')]: { v: 2 },
      plain: 'x',
    });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const values = await getValues(counter, plain, missing);
    expect(get).toHaveBeenCalledTimes(1);
    expect(values).toEqual([await counter.getValue(), await plain.getValue(), await missing.getValue()]);
    expect(values).toEqual([{ count: 4, label: 'unnamed' }, 0, 'none']);
    const elsewhere = defineItem('session', 'counter', counterShape);
    await expect(getValues(counter, elsewhere)).rejects.toThrow(TypeError);
  });

  it('takes up a read the page started early, once, when it asked for exactly these items', async () => {
    const plain = defineItem('local', 'plain', { version: 1, fallback: 0, repair: Number });
    await fakeBrowser.storage.local.set({ counter: { count: 4, label: 'early' }, plain: 1 });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    readEarly('local', [plain.key, counter.key]);
    // Written after the early read began: the first page read does not see it, the next does.
    await fakeBrowser.storage.local.set({ plain: 2 });
    await expect(getValues(counter, plain)).resolves.toEqual([{ count: 4, label: 'early' }, 1]);
    expect(get).toHaveBeenCalledTimes(1);
    await expect(getValues(counter, plain)).resolves.toEqual([{ count: 4, label: 'early' }, 2]);
    expect(get).toHaveBeenCalledTimes(2);

    // An early read of other items is dropped rather than taken up later.
    readEarly('local', [plain.key]);
    await expect(getValues(counter, plain)).resolves.toEqual([{ count: 4, label: 'early' }, 2]);
    await expect(getValues(plain)).resolves.toEqual([2]);
    expect(get).toHaveBeenCalledTimes(5);
  });

  it('lets other errors through as they are', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('disk on fire'));
    await expect(counter.setValue({ count: 1, label: 'a' })).rejects.toThrow('disk on fire');
  });
});

describe('an item family', () => {
  beforeEach(() => fakeBrowser.reset());
  const family = defineFamily('local', 'counter:', counterShape);

  it('stores one item per id under its prefix', async () => {
    await family.item('leetcode:two-sum').setValue({ count: 1, label: 'a' });
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).sort()).toEqual([
      'counter:leetcode:two-sum',
      'counter:leetcode:two-sum$',
    ]);
  });

  it('knows its keys from the others and from version keys', () => {
    expect(family.idOf('counter:leetcode:two-sum')).toBe('leetcode:two-sum');
    expect(family.idOf('counter:leetcode:two-sum$')).toBeNull();
    expect(family.idOf('chat:leetcode:two-sum')).toBeNull();
  });

  it('tells a view watching families and items that one of them changed, and nothing else', async () => {
    const role = defineItem('local', 'role', counterShape);
    const tabs = defineFamily('session', 'counter:', counterShape);
    let changes = 0;
    const unwatch = onAnyChange([family, role, tabs], () => {
      changes += 1;
    });
    await family.item('leetcode:two-sum').setValue({ count: 1, label: 'a' });
    await role.setValue({ count: 2, label: 'b' });
    await fakeBrowser.storage.session.set({ 'counter:7': 1 });
    expect(changes).toBe(3);
    await fakeBrowser.storage.local.set({ 'chat:leetcode:two-sum': [], roles: 1, unrelated: 1 });
    await fakeBrowser.storage.sync.set({ role: 1 });
    expect(changes).toBe(3);
    unwatch();
    await role.setValue({ count: 3, label: 'c' });
    expect(changes).toBe(3);
  });
});
