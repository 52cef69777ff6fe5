import { useEffect, useRef, useState } from 'react';
import { isUnscheduled } from '@/lib/practice/attempt';
import {
  countHint,
  type Outcome,
  type PracticeRecord,
  pauseTimer,
  type ReviewGrade,
  resetTimer,
  startAgain,
  startTimer,
} from '@/lib/practice/record';
import { finishAttempt, setGrade, settleReview } from '@/lib/practice/review';
import { noteItem, practiceItem, updateRecord } from '@/lib/storage/history';
import { notSaved, type useCoachState } from './coach-state';

/** The timer's display moves on once a second. */
const TICK_MS = 1_000;

/**
 * The practice record and notes of the problem the panel shows, live (the background records
 * verdicts and pauses as the page reports them), with the changes the panel makes. A change that
 * cannot be saved says so in `saveError`; the record on screen stays as it was stored.
 */
export function usePractice(key: string | null) {
  const [record, setRecord] = useState<PracticeRecord | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const current = useRef(key);
  current.current = key;

  useEffect(() => {
    setRecord(null);
    setNote(null);
    setSaveError(null);
    if (!key) return;
    let live = true;
    const item = practiceItem(key);
    const notes = noteItem(key);
    // An attempt the worker ended on a verdict is scheduled here (see practice/attempt.ts).
    const show = (stored: PracticeRecord | null) => {
      if (!live) return;
      setRecord(stored && settleReview(stored));
      if (stored && isUnscheduled(stored))
        updateRecord(key, (latest) => latest && settleReview(latest)).catch(() => undefined);
    };
    void item.getValue().then(show);
    void notes.getValue().then((stored) => live && setNote(stored?.text ?? ''));
    const unwatch = item.watch(show);
    const unwatchNotes = notes.watch((stored) => live && setNote(stored?.text ?? ''));
    return () => {
      live = false;
      unwatch();
      unwatchNotes();
    };
  }, [key]);

  const running = record?.attempt.runningSince != null;
  useEffect(() => {
    setNow(Date.now());
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, [running]);

  const change = (step: (record: PracticeRecord, now: number) => PracticeRecord) => {
    if (!key) return;
    updateRecord(key, (stored) => stored && step(stored, Date.now())).then(
      (next) => {
        if (current.current !== key) return;
        setRecord(next);
        setSaveError(null);
      },
      (error: unknown) => current.current === key && setSaveError(notSaved(error)),
    );
  };

  return {
    record,
    /** The saved note, '' for none; null until storage answers. */
    note,
    now,
    saveError,
    actions: {
      start: () => change(startTimer),
      pause: () => change((stored, at) => pauseTimer(stored, at)),
      reset: () => change(resetTimer),
      finish: (outcome: Outcome) => change((stored, at) => finishAttempt(stored, outcome, 'you', at)),
      grade: (grade: ReviewGrade) => change((stored) => setGrade(stored, grade)),
      again: () => change(startAgain),
    },
    hint: (ladder: 'offline' | 'model', level: number) =>
      change((stored) => countHint(stored, ladder, level)),
    setTechniques: (techniques: string[]) =>
      change((stored) =>
        stored.techniques.join() === techniques.join() ? stored : { ...stored, techniques },
      ),
    saveNote: (text: string) => {
      if (!key) return;
      const notes = noteItem(key);
      const write = text ? notes.setValue({ text, updatedAt: Date.now() }) : notes.removeValue();
      write.then(
        () => current.current === key && setNote(text),
        (error: unknown) => current.current === key && setSaveError(notSaved(error)),
      );
    },
  };
}

/**
 * Keeps the practice record in step with the coach: the techniques the analysis found, and a
 * review that starts with the hint ladder closed (hints opened on an earlier attempt would give
 * away what the review is there to test).
 */
export function useRecordedPractice(
  practice: ReturnType<typeof usePractice>,
  coach: ReturnType<typeof useCoachState>,
  techniques: string[],
) {
  const { record } = practice;
  const known = record !== null;
  const joined = techniques.join();
  // biome-ignore lint/correctness/useExhaustiveDependencies: written when the list itself changes.
  useEffect(() => {
    if (known && joined) practice.setTechniques(joined.split(','));
  }, [known, joined]);
  const reviewStart = record && record.past.length > 0 ? record.attempt.startedAt : null;
  const stale =
    reviewStart !== null &&
    coach.ready &&
    coach.state.usedAt < reviewStart &&
    (coach.state.hintsShown > 0 || coach.state.techniquesShown);
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per review that finds hints open.
  useEffect(() => {
    if (stale) coach.update({ hintsShown: 0, techniquesShown: false });
  }, [stale]);
}
