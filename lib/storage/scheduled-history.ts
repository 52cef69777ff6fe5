import { isUnscheduled } from '../practice/attempt';
import { type PracticeRecord, recordKey } from '../practice/record';
import { settleReview } from '../practice/review';
import { loadHistory, updateRecord } from './history';

/**
 * The history with every ended attempt scheduled, for the views that show schedules (the popup's
 * review queue, the progress page). The service worker ends attempts on a verdict without the
 * scheduler (see practice/attempt.ts): their schedules are computed here and written back, and a
 * write that fails (storage full) only means the next view computes the same schedule again.
 */
export async function loadScheduledHistory(): Promise<PracticeRecord[]> {
  return scheduleHistory(await loadHistory());
}

/** Records read from the history, with every ended attempt scheduled (and the schedules written back). */
export async function scheduleHistory(records: readonly PracticeRecord[]): Promise<PracticeRecord[]> {
  await Promise.allSettled(
    records
      .filter(isUnscheduled)
      .map((record) => updateRecord(recordKey(record), (stored) => stored && settleReview(stored))),
  );
  return records.map(settleReview);
}
