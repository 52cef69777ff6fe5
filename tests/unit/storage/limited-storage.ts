import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bytesOf } from '@/lib/storage/quota';

type Area = typeof fakeBrowser.storage.local;

/**
 * Give the fake storage.local what Chrome's has and the fake lacks: a quota (QUOTA_BYTES), bytes
 * in use counted as Chrome counts them, and a set() that refuses with Chrome's own message, writing
 * nothing, when the result would pass the quota. Returns the undo.
 */
export function limitStorage(quota: number, area: Area = fakeBrowser.storage.local): () => void {
  const set = area.set.bind(area);
  vi.spyOn(area, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    const next: Record<string, unknown> = { ...(await area.get(null)) };
    for (const [key, value] of Object.entries(items)) {
      if (value === null) delete next[key];
      else if (value !== undefined) next[key] = value;
    }
    if (bytesOf(next) > quota) throw new Error('Resource::kQuotaBytes quota exceeded');
    await set(items);
  });
  const extended = area as Partial<Record<'QUOTA_BYTES' | 'getBytesInUse', unknown>>;
  const { QUOTA_BYTES, getBytesInUse } = extended;
  Object.assign(extended, {
    QUOTA_BYTES: quota,
    getBytesInUse: async (keys: string[] | null) => bytesOf(await area.get(keys)),
  });
  return () => Object.assign(extended, { QUOTA_BYTES, getBytesInUse });
}

/** Fill the area with one filler key until fewer than `room` bytes are left under the quota. */
export async function fillStorage(quota: number, room: number, area: Area = fakeBrowser.storage.local) {
  const used = bytesOf(await area.get(null));
  const filler = 'x'.repeat(Math.max(0, quota - used - room - 'filler'.length - 2));
  await area.set({ filler });
}
