import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
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
import { settleReview } from '@/lib/practice/review';
import type { Progress } from '@/lib/quiz/progress';
import type { TargetRole } from '@/lib/quiz/target-role';
import { coachStateFamily } from '@/lib/storage/coach-state';
import { getValues } from '@/lib/storage/get-values';
import { loadHistoryEntries, practiceFamily } from '@/lib/storage/history';
import { checkHistoryIndex, historyIndexItem } from '@/lib/storage/history-index';
import { onAnyChange, readFamily } from '@/lib/storage/item';
import { mockResultsItem } from '@/lib/storage/mocks';
import { loadProgress, loadTargetRole, progressItem, targetRoleItem } from '@/lib/storage/quiz';
import { scheduleHistory } from '@/lib/storage/scheduled-history';
import { DataSection } from '../options/data';

// The charting library comes after the first paint: the table and the figures do without it.
const Plots = lazy(() => import('@/components/progress/Plots').then((module) => ({ default: module.Plots })));

/** What the page shows beside the history: read alongside it, never holding back the table. */
interface Beside {
  /** The history these were read with, so the figures are computed once per read, not per half. */
  records: PracticeRecord[];
  quiz: Progress;
  role: TargetRole | null;
  interviewDates: (string | null)[];
  mocks: MockResult[];
}

async function loadBeside(history: Promise<PracticeRecord[]>): Promise<Beside> {
  const [records, quiz, role, coach, mocks] = await Promise.all([
    history,
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

/** The history the table shows: the index's newest records at first, then the whole history. */
interface Shown {
  records: PracticeRecord[];
  /** How many problems the whole history holds. */
  total: number;
  whole: boolean;
}

/** Resolves once what was just committed is painted (at once in a hidden page, which paints nothing). */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (document.visibilityState === 'hidden') resolve();
    else requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}

/** Stored items the page shows: a change to any of them (an import, the panel in another window) redraws it. */
const SHOWN = [practiceFamily, coachStateFamily, progressItem, targetRoleItem, mockResultsItem];

function App() {
  // The table needs only the history; a coach state per problem (as many as the problems) is read
  // for the figures' interview date, so waiting for it too held back the table's first paint.
  const [shown, setShown] = useState<Shown | null>(null);
  const records = shown?.records ?? null;
  const [beside, setBeside] = useState<Beside | null>(null);
  const [filter, setFilter] = useState<HistoryFilter>(NO_FILTER);
  const [mockKind, setMockKind] = useState<MockKind | null>(null);
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = () => {
      const entries = loadHistoryEntries();
      const history = entries.then((all) => scheduleHistory(all.map((entry) => entry.record)));
      void history.then((next) => live && setShown({ records: next, total: next.length, whole: true }));
      void loadBeside(history).then((next) => live && setBeside(next));
      void entries.then(checkHistoryIndex).catch(() => undefined);
    };
    // The first screen comes from the index of the newest records (lib/storage/history-index.ts),
    // painted before the whole history is asked for: its read and its parse hold the page up.
    const paintNewest = async () => {
      // The page's first script asked for it already (entrypoints/history-read.ts).
      const index = await getValues(historyIndexItem)
        .then(([value]) => value)
        .catch(() => null);
      if (!live || !index) return;
      flushSync(() =>
        setShown(
          (current) =>
            current ?? {
              records: index.newest.map((entry) => settleReview(entry.record)),
              total: index.total,
              whole: false,
            },
        ),
      );
      await afterPaint();
    };
    void paintNewest().then(() => live && load());
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
  const now = useMemo(() => (records ? Date.now() : 0), [records]);
  // The figures walk the whole history and match it against the library: computed after the
  // table has painted, so a long history shows at once.
  const [view, setView] = useState<ProgressView | null>(null);
  // Read when the side figures arrive, with the history they came with: the table's own reading of
  // the history lands first and must not start the figures a second time.
  const figuresNow = useMemo(() => (beside ? Date.now() : 0), [beside]);
  useEffect(() => {
    if (!beside) return;
    let live = true;
    void import('./library').then(
      ({ LIBRARY }) =>
        live &&
        setView(
          progressView({
            records: beside.records,
            quiz: beside.quiz,
            role: beside.role,
            interviewDate: nextInterviewDate(beside.interviewDates, figuresNow),
            library: LIBRARY,
            now: figuresNow,
          }),
        ),
    );
    return () => {
      live = false;
    };
  }, [beside, figuresNow]);
  const sites = useMemo(() => [...new Set(records?.map((record) => record.site))].sort(), [records]);
  const techniques = useMemo(
    () => [...new Set(records?.flatMap((record) => record.techniques))].sort(),
    [records],
  );
  const rows = useMemo(() => (records ? filterHistory(records, filter, now) : []), [records, filter, now]);
  const mocks = useMemo(() => (beside ? finishedMocks(beside.mocks, mockKind) : []), [beside, mockKind]);
  if (!records) return <p className="progress-page">Loading your history…</p>;
  return (
    <ProgressApp
      view={view}
      total={shown?.total ?? 0}
      whole={shown?.whole ?? false}
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
        beside && (
          <ErrorBoundary name="Your mocks">
            <MockResults mocks={mocks} total={beside.mocks.length} kind={mockKind} onKind={setMockKind} />
          </ErrorBoundary>
        )
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
