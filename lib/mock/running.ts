/*
 * What the service worker needs to know of a mock on every page report, and nothing more: the
 * worker wakes on each supported page load, so it reads the stored mock by hand rather than load
 * the mocks' schemas (lib/storage/mocks.ts declares the item under the same prefix).
 */

export const MOCK_PREFIX = 'mock:';

/**
 * A round left untouched this long is not hidden on a reload: a user who walked away from it
 * finds the page as it was, and the panel still offers the round (reopening it hides them again).
 * Longer than any round, so a slow stage never shows the page mid-round.
 */
export const CONCEAL_FOR_MS = 3 * 60 * 60 * 1000;

/** Whether a stored mock is a coding round still under way at `now`: its page's giveaways stay hidden. */
export function isCodingRoundUnderWay(stored: unknown, now: number): boolean {
  if (typeof stored !== 'object' || stored === null) return false;
  const { kind, phase, usedAt } = stored as { kind?: unknown; phase?: unknown; usedAt?: unknown };
  return (
    kind === 'coding' &&
    typeof phase === 'string' &&
    phase !== 'review' &&
    typeof usedAt === 'number' &&
    now - usedAt < CONCEAL_FOR_MS
  );
}
