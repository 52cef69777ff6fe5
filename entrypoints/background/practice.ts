import { contextKey, type PageContext } from '@/lib/extract/context';
import { applyVerdict } from '@/lib/practice/attempt';
import {
  openRecord,
  type PracticeRecord,
  pauseTimer,
  recordKey,
  resumeShown,
  type Verdict,
} from '@/lib/practice/record';
import { updateRecord } from '@/lib/storage/history';
import { pruneHistory } from '@/lib/storage/prune';
import { isQuotaError } from '@/lib/storage/quota';

/*
 * The background keeps the practice history as pages report: every problem a judge's page shows
 * is recorded (the panel need not be open), a verdict the page shows ends the attempt, and a
 * problem's timer pauses when its tab is hidden, left for another problem, or closed.
 */

/** How often merely looking at a problem again is written down. */
const SEEN_EVERY_MS = 10 * 60 * 1000;

/** A problem read from a judge's own page: pasted text and "Read this page" are not practice. */
function judgeProblem(context: PageContext | null) {
  return context?.kind === 'problem' && context.site !== 'generic' ? context : null;
}

/** Storage full: the history misses this change, and the panel says so on the user's next one. */
async function quietly(write: Promise<unknown>): Promise<void> {
  try {
    await write;
  } catch (error) {
    if (!isQuotaError(error)) throw error;
  }
}

function worthWriting(before: PracticeRecord | null, after: PracticeRecord): boolean {
  return (
    before === null ||
    before.title !== after.title ||
    before.url !== after.url ||
    before.difficulty !== after.difficulty ||
    before.attempt !== after.attempt ||
    after.lastSeen - before.lastSeen >= SEEN_EVERY_MS
  );
}

/**
 * A tab now shows `next` where it showed `previous`: record the problem, and pause the timer of
 * one it left for another. A page with no problem on it pauses nothing: it is often the same
 * problem's submission view, and the timer belongs to the attempt, not to the view.
 */
export async function recordPageMove(previous: PageContext | null, next: PageContext): Promise<void> {
  const left = judgeProblem(previous);
  const shown = judgeProblem(next);
  if (!shown) return;
  const now = Date.now();
  if (left && contextKey(left) !== contextKey(shown)) {
    await quietly(updateRecord(contextKey(left), (record) => record && pauseTimer(record, now)));
  }
  let created = false;
  await quietly(
    updateRecord(contextKey(shown), (record) => {
      const opened = openRecord(record, shown, now);
      created = record === null;
      return worthWriting(record, opened) ? opened : record;
    }),
  );
  if (created) void pruneHistory();
}

/** The tab showing `context` closed: its problem's timer stops. */
export async function recordTabClosed(context: PageContext | null): Promise<void> {
  const shown = judgeProblem(context);
  if (!shown) return;
  await quietly(updateRecord(contextKey(shown), (record) => record && pauseTimer(record, Date.now())));
}

/** The problem's tab went out of sight (its timer pauses) or came back (a timer it paused runs on). */
export async function recordVisibility(context: PageContext | null, hidden: boolean): Promise<void> {
  const shown = judgeProblem(context);
  if (!shown) return;
  const now = Date.now();
  await quietly(
    updateRecord(
      contextKey(shown),
      (record) => record && (hidden ? pauseTimer(record, now, true) : resumeShown(record, now)),
    ),
  );
}

/** The page showed the judge's verdict on a submission to a problem the history knows. */
export async function recordVerdict(site: string, problem: string, verdict: Verdict): Promise<void> {
  const key = recordKey({ site, id: problem });
  await quietly(updateRecord(key, (record) => record && applyVerdict(record, verdict, Date.now())));
}
