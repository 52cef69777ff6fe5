import { lazy, Suspense } from 'react';
import { browser } from 'wxt/browser';
import { type PracticeActions, PracticeBar } from '@/components/practice/PracticeBar';
import { autoGrade } from '@/lib/practice/attempt';
import type { PracticeRecord } from '@/lib/practice/record';

// Notes render Markdown (react-markdown, highlight.js): fetched only for a problem in the history.
const Notes = lazy(() => import('@/components/practice/Notes').then((module) => ({ default: module.Notes })));

interface Practice {
  record: PracticeRecord | null;
  note: string | null;
  now: number;
  actions: PracticeActions;
  saveNote(text: string): void;
}

/** Why the ended attempt has its grade: the attempt's own reasons, or that the user chose it. */
function gradeReason(record: PracticeRecord): string | null {
  const auto = autoGrade(record);
  if (!auto) return null;
  return record.attempt.gradeBy === 'you' && record.attempt.grade !== auto.grade
    ? `You chose the grade; from the attempt alone: ${auto.reason}`
    : auto.reason;
}

/** The timer and the attempt's outcome, above the coach. */
export function PracticeTop({ practice }: { practice: Practice }) {
  const { record } = practice;
  if (!record) return null;
  return (
    <>
      <PracticeBar
        record={record}
        now={practice.now}
        gradeReason={gradeReason(record)}
        actions={practice.actions}
      />
      <p className="practice-link">
        <a href={browser.runtime.getURL('/progress.html')} target="_blank" rel="noreferrer">
          Your progress and review queue
        </a>
      </p>
    </>
  );
}

/** The notes: first when the problem is back for review, after the coach otherwise. */
export function PracticeNotes({ practice, at }: { practice: Practice; at: 'top' | 'bottom' }) {
  const { record, note } = practice;
  if (!record || note === null) return null;
  const forReview = record.past.length > 0 && record.attempt.outcome === null && note !== '';
  if ((at === 'top') !== forReview) return null;
  return (
    <Suspense fallback={null}>
      <Notes text={note} forReview={forReview} onSave={practice.saveNote} />
    </Suspense>
  );
}
