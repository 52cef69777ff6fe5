/*
 * What the service worker needs to know of a mock on every page report, and nothing more: the
 * worker wakes on each supported page load, so it reads the stored mock by hand rather than load
 * the mocks' schemas (lib/storage/mocks.ts declares the item under the same prefix).
 */

export const MOCK_PREFIX = 'mock:';

/** Whether a stored mock is a coding round still under way: its page's giveaways stay hidden. */
export function isCodingRoundUnderWay(stored: unknown): boolean {
  if (typeof stored !== 'object' || stored === null) return false;
  const { kind, phase } = stored as { kind?: unknown; phase?: unknown };
  return kind === 'coding' && typeof phase === 'string' && phase !== 'review';
}
