import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { DueProblems } from '@/components/practice/DueProblems';
import type { PracticeRecord } from '@/lib/practice/record';
import { dueReviews } from '@/lib/practice/review';
import { loadScheduledHistory } from '@/lib/storage/scheduled-history';
import '@/components/practice/practice.css';

/**
 * The problems due for review, loaded after the first question is on screen: the history is read
 * whole, and the popup's first paint (≤ 80 KB gz) does without it and its FSRS scheduler.
 */
export function Due() {
  const [due, setDue] = useState<PracticeRecord[] | null>(null);
  const now = Date.now();
  useEffect(() => {
    void loadScheduledHistory().then(
      (records) => setDue(dueReviews(records, Date.now())),
      () => setDue([]),
    );
  }, []);
  if (due === null) return null;
  return <DueProblems due={due} now={now} progressHref={browser.runtime.getURL('/progress.html')} />;
}
