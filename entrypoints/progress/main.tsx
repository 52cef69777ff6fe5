import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { mountPage } from '@/components/mount-page';
import { MockResults } from '@/components/progress/MockResults';
import { ProgressApp } from '@/components/progress/ProgressApp';
import '@/components/theme.css';
import { finishedMocks, type MockKind } from '@/lib/mock/finished';
import type { MockResult } from '@/lib/mock/results';
import {
  filterHistory,
  type HistoryFilter,
  NO_FILTER,
  nextInterviewDate,
  type ProgressView,
  progressView,
} from '@/lib/practice/progress';
import type { PracticeRecord } from '@/lib/practice/record';
import type { Progress } from '@/lib/quiz/progress';
import type { TargetRole } from '@/lib/quiz/target-role';
import { coachStateFamily } from '@/lib/storage/coach-state';
import { practiceFamily } from '@/lib/storage/history';
import { onAnyChange, readFamily } from '@/lib/storage/item';
import { mockResultsItem } from '@/lib/storage/mocks';
import { loadProgress, loadTargetRole, progressItem, targetRoleItem } from '@/lib/storage/quiz';
import { loadScheduledHistory } from '@/lib/storage/scheduled-history';
import { DataSection } from '../options/data';

// The charting library comes after the first paint: the table and the figures do without it.
const Plots = lazy(() => import('@/components/progress/Plots').then((module) => ({ default: module.Plots })));

interface Stored {
  records: PracticeRecord[];
  quiz: Progress;
  role: TargetRole | null;
  interviewDates: (string | null)[];
  mocks: MockResult[];
}

async function loadStored(): Promise<Stored> {
  const [records, quiz, role, coach, mocks] = await Promise.all([
    loadScheduledHistory(),
    loadProgress(),
    loadTargetRole(),
    readFamily(coachStateFamily),
    mockResultsItem.getValue(),
  ]);
  return {
    records,
    quiz,
    role,
    interviewDates: [...coach.values()].map((state) => state.interviewDate),
    mocks,
  };
}

/** Stored items the page shows: a change to any of them (an import, the panel in another window) redraws it. */
const SHOWN = [practiceFamily, coachStateFamily, progressItem, targetRoleItem, mockResultsItem];

function App() {
  const [stored, setStored] = useState<Stored | null>(null);
  const [filter, setFilter] = useState<HistoryFilter>(NO_FILTER);
  const [mockKind, setMockKind] = useState<MockKind | null>(null);
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = () => void loadStored().then((next) => live && setStored(next));
    load();
    const unwatch = onAnyChange(SHOWN, () => {
      clearTimeout(timer);
      timer = setTimeout(load, 150);
    });
    return () => {
      live = false;
      clearTimeout(timer);
      unwatch();
    };
  }, []);
  const now = useMemo(() => (stored ? Date.now() : 0), [stored]);
  // The figures walk the whole history and match it against the library: computed after the
  // table has painted, so a long history shows at once.
  const [view, setView] = useState<ProgressView | null>(null);
  useEffect(() => {
    if (!stored) return;
    let live = true;
    void import('./library').then(
      ({ LIBRARY }) =>
        live &&
        setView(
          progressView({
            records: stored.records,
            quiz: stored.quiz,
            role: stored.role,
            interviewDate: nextInterviewDate(stored.interviewDates, now),
            library: LIBRARY,
            now,
          }),
        ),
    );
    return () => {
      live = false;
    };
  }, [stored, now]);
  const sites = useMemo(() => [...new Set(stored?.records.map((record) => record.site))].sort(), [stored]);
  const techniques = useMemo(
    () => [...new Set(stored?.records.flatMap((record) => record.techniques))].sort(),
    [stored],
  );
  const rows = useMemo(
    () => (stored ? filterHistory(stored.records, filter, now) : []),
    [stored, filter, now],
  );
  const mocks = useMemo(() => (stored ? finishedMocks(stored.mocks, mockKind) : []), [stored, mockKind]);
  if (!stored) return <p className="progress-page">Loading your history…</p>;
  return (
    <ProgressApp
      view={view}
      records={stored.records}
      rows={rows}
      filter={filter}
      sites={sites}
      techniques={techniques}
      now={now}
      onFilter={setFilter}
      plots={
        view && (
          <ErrorBoundary name="The plots">
            <Suspense fallback={null}>
              <Plots solvedPerWeek={view.solvedPerWeek} forecast={view.forecast} />
            </Suspense>
          </ErrorBoundary>
        )
      }
      mocks={
        <ErrorBoundary name="Your mocks">
          <MockResults mocks={mocks} total={stored.mocks.length} kind={mockKind} onKind={setMockKind} />
        </ErrorBoundary>
      }
      data={
        <ErrorBoundary name="Your data">
          <DataSection />
        </ErrorBoundary>
      }
    />
  );
}

mountPage('Your progress', <App />);
