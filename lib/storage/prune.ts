import { browser } from 'wxt/browser';
import { chatFamily } from './chat';
import { coachStateFamily } from './coach-state';
import { notesFamily, practiceFamily } from './history';
import { type ItemFamily, readFamily, upgrade, versionKey } from './item';
import { bytesOf, storedKeys } from './quota';

/*
 * Per-problem state (coach state and chats) is bounded, so storage cannot grow without limit as
 * the user opens problem after problem. storage.local holds 10 MB for everything: the answer cache
 * takes up to ~2 MB, quiz progress about 0.25 KB a question, and the practice history up to
 * HISTORY_LIMIT problems at under 1 KB each (see pruneHistory). Per-problem coaching state is held
 * to about 2.5 MB of that:
 *
 * - the 500 most recently used problems and postings keep their state (a coach state is well under
 *   1 KB; 500 is more than a year of practising a problem or posting a day, and older state is
 *   rarely opened again);
 * - of those, chats are kept newest first up to 2 MB together (a chat is up to 60 turns of model
 *   answers, 20–100 KB; 2 MB is the last few dozen conversations).
 *
 * "Used" is the later of the coach state's and the chat's `usedAt`: when the state was last opened
 * or changed, or the chat last had a turn.
 */

export interface PerContextLimits {
  /** Problems and postings whose state is kept, most recently used first. */
  contexts: number;
  /** Bytes of chat kept, over the kept contexts, most recently used first. */
  chatBytes: number;
}

export const PER_CONTEXT_LIMITS: PerContextLimits = { contexts: 500, chatBytes: 2 * 1024 * 1024 };

const FAMILIES = [coachStateFamily, chatFamily] as const;

interface ContextUse {
  id: string;
  usedAt: number;
  /** Stored keys (with their version keys) per family. */
  coachKeys: string[];
  chatKeys: string[];
  chatBytes: number;
}

function entryFor(uses: Map<string, ContextUse>, id: string): ContextUse {
  let use = uses.get(id);
  if (!use) {
    use = { id, usedAt: 0, coachKeys: [], chatKeys: [], chatBytes: 0 };
    uses.set(id, use);
  }
  return use;
}

/** Every stored context with when it was last used and what it takes. */
async function contextUses(): Promise<ContextUse[]> {
  const keys = (await storedKeys('local')).filter((key) =>
    FAMILIES.some((family) => (family as ItemFamily<unknown>).idOf(key) !== null),
  );
  const stored = await browser.storage.local.get(keys.flatMap((key) => [key, versionKey(key)]));
  const uses = new Map<string, ContextUse>();
  for (const key of keys) {
    const version = (stored[versionKey(key)] as { v?: unknown } | undefined)?.v;
    const coachId = coachStateFamily.idOf(key);
    if (coachId !== null) {
      const use = entryFor(uses, coachId);
      use.usedAt = Math.max(use.usedAt, upgrade(coachStateFamily.shape, stored[key], version).usedAt);
      use.coachKeys.push(key, versionKey(key));
      continue;
    }
    const chatId = chatFamily.idOf(key);
    if (chatId === null) continue;
    const use = entryFor(uses, chatId);
    use.usedAt = Math.max(use.usedAt, upgrade(chatFamily.shape, stored[key], version).usedAt);
    use.chatKeys.push(key, versionKey(key));
    use.chatBytes += bytesOf({ [key]: stored[key] });
  }
  // Most recent first; ties (state from before version 2) in a stable order.
  return [...uses.values()].sort((a, b) => b.usedAt - a.usedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The keys to remove so the stored contexts keep within the limits. */
function overLimits(uses: readonly ContextUse[], limits: PerContextLimits): string[] {
  const removed: string[] = [];
  let chatBytes = 0;
  uses.forEach((use, rank) => {
    if (rank >= limits.contexts) {
      removed.push(...use.coachKeys, ...use.chatKeys);
      return;
    }
    chatBytes += use.chatBytes;
    if (chatBytes > limits.chatBytes) removed.push(...use.chatKeys);
  });
  return removed;
}

let running: Promise<unknown> = Promise.resolve();

/**
 * Remove the least recently used per-problem state beyond the limits; resolves to how many keys
 * went. Runs one at a time, and never rejects: pruning is housekeeping, not the user's action.
 */
export function prunePerContext(limits: PerContextLimits = PER_CONTEXT_LIMITS): Promise<number> {
  const next = running.then(async () => {
    const removed = overLimits(await contextUses(), limits);
    if (removed.length > 0) await browser.storage.local.remove(removed);
    return removed.length;
  });
  running = next.catch(() => undefined);
  return next.catch(() => 0);
}

/**
 * Problems kept in the practice history, most recently seen first: years of a problem a day, at
 * under 1 KB a record (about 0.5 KB once it has a schedule and a few past attempts).
 */
export const HISTORY_LIMIT = 3_000;

/**
 * Drop the least recently seen problems beyond `limit` from the history, with their notes;
 * resolves to how many problems went. Cheap when under the bound: it counts keys before reading.
 */
export function pruneHistory(limit: number = HISTORY_LIMIT): Promise<number> {
  const next = running.then(async () => {
    const keys = (await storedKeys('local')).filter((key) => practiceFamily.idOf(key) !== null);
    if (keys.length <= limit) return 0;
    const records = [...(await readFamily(practiceFamily)).entries()].sort(
      ([, a], [, b]) => (b?.lastSeen ?? 0) - (a?.lastSeen ?? 0),
    );
    const dropped = records.slice(limit).map(([id]) => id);
    const families = [practiceFamily, notesFamily];
    await browser.storage.local.remove(
      dropped.flatMap((id) =>
        families.flatMap((family) => [`${family.prefix}${id}`, versionKey(`${family.prefix}${id}`)]),
      ),
    );
    return dropped.length;
  });
  running = next.catch(() => undefined);
  return next.catch(() => 0);
}
