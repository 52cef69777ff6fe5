// The browser's own promise-based API, not the polyfill: the popup reads its items through this
// module before its first question, and the polyfill would cost that first load 3 KB gz.
import { browser } from '@wxt-dev/browser';
import { type Area, guardWrite, storedKeys } from './quota';

/*
 * The storage map's one mechanism. Every stored item is declared once with its Shape: the shape's
 * version, the migrations that bring older shapes up to it, the fallback, and the validation run
 * on every read. Nothing here imports zod: the popup reads its items through this module and its
 * first load has no room for a schema library (see lib/storage/quiz.ts).
 *
 * Older values are upgraded in memory on each read and written back in the current shape with the
 * next change, value and version in one set(), so a failed write (a full storage) can never leave
 * a half-migrated item. The version sits beside the value under `<key>$` as `{ v }`, the layout
 * WXT's storage uses, so a value stored before versions existed reads as version 1.
 */

export interface Shape<T> {
  /** Bump with every change of shape, and add the migration that reaches the new version. */
  version: number;
  /**
   * `migrations[n]` turns a version n − 1 value into version n. Each must also pass through a
   * value already in shape n: a version mark can be missing (written by hand, or lost).
   */
  migrations?: Readonly<Record<number, (value: unknown) => unknown>>;
  /** What a read gives when nothing is stored, or nothing stored can be kept. */
  fallback: T;
  /**
   * Validation on read: the stored value with whatever is broken repaired or dropped and the
   * rest kept, or the fallback. Never throws; repair(repair(x)) equals repair(x).
   */
  repair(raw: unknown): T;
}

/** The key under which an item's version is kept. */
export const versionKey = (key: string): string => `${key}$`;

function isVersionKey(key: string): boolean {
  return key.endsWith('$');
}

/** A fresh copy of the fallback, so a reader that changes what it got changes nothing shared. */
function fallbackOf<T>(shape: Shape<T>): T {
  return structuredClone(shape.fallback);
}

/**
 * A stored value in the current shape: the migrations from its version up, then the repair.
 * Nothing stored (undefined or null) is the fallback; a migration that throws loses that value only.
 */
export function upgrade<T>(shape: Shape<T>, raw: unknown, storedVersion: unknown = 1): T {
  if (raw === undefined || raw === null) return fallbackOf(shape);
  const from =
    Number.isInteger(storedVersion) && (storedVersion as number) >= 1 ? (storedVersion as number) : 1;
  let value: unknown = raw;
  for (let version = from + 1; version <= shape.version; version += 1) {
    const migrate = shape.migrations?.[version];
    if (!migrate) continue;
    try {
      value = migrate(value);
    } catch {
      return fallbackOf(shape);
    }
  }
  return shape.repair(value);
}

/** The writes that store `value` under `key`: the value, and its version beside it past version 1. */
function entriesFor<T>(shape: Shape<T>, key: string, value: T): Record<string, unknown> {
  return shape.version > 1 ? { [key]: value, [versionKey(key)]: { v: shape.version } } : { [key]: value };
}

export interface StoredItem<T> {
  readonly area: Area;
  /** The key inside its area, e.g. "quizProgress". */
  readonly key: string;
  readonly shape: Shape<T>;
  /** The stored value, upgraded and validated; the fallback when nothing (usable) is stored. */
  getValue(): Promise<T>;
  /** Store a value; a full storage rejects with a StorageFullError and changes nothing. */
  setValue(value: T): Promise<void>;
  removeValue(): Promise<void>;
  /** Called with the new value, validated, whenever it changes (in any page); returns the unwatch. */
  watch(callback: (value: T) => void): () => void;
  /** Told only that the item changed, never its value (the provider item holds the API key). */
  onChange(callback: () => void): () => void;
  /** The writes that store `value` (for writing several items in one step). */
  entries(value: T): Record<string, unknown>;
}

function listen(area: Area, key: string, callback: (newValue: unknown, newVersion: unknown) => void) {
  const listener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    if (areaName !== area || !(key in changes || versionKey(key) in changes)) return;
    callback(changes[key]?.newValue, changes[versionKey(key)]?.newValue);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export function defineItem<T>(area: Area, key: string, shape: Shape<T>): StoredItem<T> {
  const storageArea = () => browser.storage[area];
  const read = async (): Promise<T> => {
    const stored = await storageArea().get([key, versionKey(key)]);
    return upgrade(shape, stored[key], (stored[versionKey(key)] as { v?: unknown } | undefined)?.v);
  };
  return {
    area,
    key,
    shape,
    getValue: read,
    setValue: (value) => guardWrite(area, () => storageArea().set(entriesFor(shape, key, value))),
    removeValue: () => storageArea().remove([key, versionKey(key)]),
    watch(callback) {
      // A change event carries the value but not always the version beside it: read both again.
      return listen(area, key, () => void read().then(callback));
    },
    onChange(callback) {
      return listen(area, key, () => callback());
    },
    entries: (value) => entriesFor(shape, key, value),
  };
}

/** Items of one kind under one prefix, one per id: a problem's coach state, a tab's context. */
export interface ItemFamily<T> {
  readonly area: Area;
  /** e.g. "coach:" */
  readonly prefix: string;
  readonly shape: Shape<T>;
  item(id: string): StoredItem<T>;
  /** The id a stored key holds, or null when the key is not this family's (or is a version key). */
  idOf(key: string): string | null;
}

export function defineFamily<T>(area: Area, prefix: string, shape: Shape<T>): ItemFamily<T> {
  return {
    area,
    prefix,
    shape,
    item: (id) => defineItem(area, `${prefix}${id}`, shape),
    idOf: (key) => (key.startsWith(prefix) && !isVersionKey(key) ? key.slice(prefix.length) : null),
  };
}

/** Whether a changed key belongs to a watched item or family member, its version key included. */
function holds(watched: StoredItem<unknown> | ItemFamily<unknown>, key: string): boolean {
  const stored = isVersionKey(key) ? key.slice(0, -1) : key;
  return 'prefix' in watched ? stored.startsWith(watched.prefix) : stored === watched.key;
}

/**
 * Told only that one of these items, or any member of these families, changed (in any page), for a
 * view that reads them all again; returns the unwatch.
 */
export function onAnyChange(
  watched: readonly (StoredItem<unknown> | ItemFamily<unknown>)[],
  callback: () => void,
): () => void {
  const listener = (changes: Record<string, unknown>, areaName: string) => {
    const keys = Object.keys(changes);
    if (watched.some((one) => one.area === areaName && keys.some((key) => holds(one, key)))) callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Every stored member of a family, by id, each upgraded and validated as a single read would. */
export async function readFamily<T>(family: ItemFamily<T>): Promise<Map<string, T>> {
  const area = browser.storage[family.area];
  const keys = (await storedKeys(family.area)).filter((key) => family.idOf(key) !== null);
  // A family still at version 1 has no migration for a version mark to choose: asking for 2,000
  // marks that are not there doubled the keys of the progress page's read of its history.
  const wanted = family.shape.version > 1 ? keys.flatMap((key) => [key, versionKey(key)]) : keys;
  const stored = keys.length > 0 ? await area.get(wanted) : {};
  const members = new Map<string, T>();
  for (const key of keys) {
    const version = (stored[versionKey(key)] as { v?: unknown } | undefined)?.v;
    members.set(family.idOf(key) as string, upgrade(family.shape, stored[key], version));
  }
  return members;
}
