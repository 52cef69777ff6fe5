import type { ReactNode } from 'react';
import type { HistoryFilter, ProgressView } from '@/lib/practice/progress';
import type { PracticeRecord } from '@/lib/practice/record';
import { HistoryTable } from './HistoryTable';
import { NextProblems, ReadinessView, StreakCalendar, WeakTechniques } from './ProgressSections';
import './progress.css';

export interface ProgressAppProps {
  /** The figures beside the table, once computed (after the table's first paint). */
  view: ProgressView | null;
  /** How many problems the history holds. */
  total: number;
  /** False while the table shows only the newest records, before the whole history is read. */
  whole: boolean;
  rows: readonly PracticeRecord[];
  filter: HistoryFilter;
  sites: readonly string[];
  techniques: readonly string[];
  now: number;
  onFilter(filter: HistoryFilter): void;
  /** The plots, loaded after the page's first paint. */
  plots: ReactNode;
  /** The finished mocks. */
  mocks: ReactNode;
  /** Export and import. */
  data: ReactNode;
}

/** The progress page: the summary first, then the figures, the history, the mocks, and the user's data. */
export function ProgressApp({
  view,
  total,
  whole,
  rows,
  filter,
  sites,
  techniques,
  now,
  onFilter,
  plots,
  mocks,
  data,
}: ProgressAppProps) {
  return (
    <main className="progress-page">
      <h1>Your progress</h1>
      <p data-testid="progress-summary">
        {total === 0
          ? 'Nothing practised yet: open a problem on a supported judge and it is recorded here.'
          : `${total} problem${total === 1 ? '' : 's'} practised${view ? `; ${view.due} due for review today` : ''}.`}
      </p>
      {view && (
        <>
          <div className="progress-grid">
            <WeakTechniques weak={view.weak} />
            <NextProblems next={view.next} />
            <StreakCalendar calendar={view.calendar} streak={view.streak} />
            <ReadinessView readiness={view.readiness} />
          </div>
          <div className="progress-grid">{plots}</div>
        </>
      )}
      <HistoryTable
        rows={rows}
        total={total}
        whole={whole}
        filter={filter}
        sites={sites}
        techniques={techniques}
        now={now}
        onFilter={onFilter}
      />
      {mocks}
      <section aria-labelledby="data-h">
        <h2 id="data-h">Your data</h2>
        {data}
      </section>
    </main>
  );
}
