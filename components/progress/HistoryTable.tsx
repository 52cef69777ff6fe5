import { useId, useState } from 'react';
import { type HistoryFilter, latestOutcome } from '@/lib/practice/progress';
import {
  daysUntilDue,
  hintsTaken,
  OUTCOME_LABELS,
  OUTCOMES,
  type Outcome,
  type PracticeRecord,
  timeSpent,
} from '@/lib/practice/record';
import { duration, inDays, shortDate } from '../practice/format';

export interface HistoryTableProps {
  /** The rows the filter kept. */
  rows: readonly PracticeRecord[];
  total: number;
  filter: HistoryFilter;
  sites: readonly string[];
  techniques: readonly string[];
  now: number;
  onFilter(filter: HistoryFilter): void;
}

/** Rows drawn at first: a long history paints quickly, and the rest is one click away. */
const FIRST_ROWS = 100;

function hintCount(record: PracticeRecord): number {
  return record.past.reduce((sum, past) => sum + past.hints, 0) + hintsTaken(record.attempt);
}

function outcomeText(record: PracticeRecord): string {
  const outcome = latestOutcome(record);
  const revealed = record.attempt.solutionRevealed || record.past.some((past) => past.revealed);
  if (outcome === null) return record.past.length > 0 ? 'Reviewing' : 'Not finished';
  return `${OUTCOME_LABELS[outcome]}${revealed ? ' (solution seen)' : ''}`;
}

function reviewText(record: PracticeRecord, now: number): string {
  const days = daysUntilDue(record, now);
  if (days === null || record.attempt.endedAt === null) return '—';
  return days <= 0 ? 'due now' : inDays(days);
}

/** The history as a table: every problem opened on a judge, with filters. */
export function HistoryTable({ rows, total, filter, sites, techniques, now, onFilter }: HistoryTableProps) {
  const [showAll, setShowAll] = useState(false);
  const id = useId();
  const shown = showAll ? rows : rows.slice(0, FIRST_ROWS);
  const set = (patch: Partial<HistoryFilter>) => onFilter({ ...filter, ...patch });
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>History</h2>
      <form className="history-filters" onSubmit={(event) => event.preventDefault()}>
        <label>
          Title{' '}
          <input type="search" value={filter.text} onChange={(event) => set({ text: event.target.value })} />
        </label>
        <label>
          Site{' '}
          <select value={filter.site ?? ''} onChange={(event) => set({ site: event.target.value || null })}>
            <option value="">All</option>
            {sites.map((site) => (
              <option key={site}>{site}</option>
            ))}
          </select>
        </label>
        <label>
          Outcome{' '}
          <select
            value={filter.outcome ?? ''}
            onChange={(event) => set({ outcome: (event.target.value || null) as Outcome | 'open' | null })}
          >
            <option value="">All</option>
            {OUTCOMES.map((outcome) => (
              <option key={outcome} value={outcome}>
                {OUTCOME_LABELS[outcome]}
              </option>
            ))}
            <option value="open">Not finished</option>
          </select>
        </label>
        <label>
          Technique{' '}
          <select
            value={filter.technique ?? ''}
            onChange={(event) => set({ technique: event.target.value || null })}
          >
            <option value="">All</option>
            {techniques.map((technique) => (
              <option key={technique} value={technique}>
                {technique.replaceAll('-', ' ')}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            checked={filter.dueOnly}
            onChange={(event) => set({ dueOnly: event.target.checked })}
          />{' '}
          Due for review
        </label>
      </form>
      <p className="note" data-testid="history-count">
        {rows.length === total ? `${total} problems` : `${rows.length} of ${total} problems`}
      </p>
      {rows.length > 0 && (
        <table className="history" data-testid="history">
          <thead>
            <tr>
              <th scope="col">Problem</th>
              <th scope="col">Site</th>
              <th scope="col">Level</th>
              <th scope="col">Techniques</th>
              <th scope="col">First seen</th>
              <th scope="col">Last seen</th>
              <th scope="col">Time</th>
              <th scope="col">Hints</th>
              <th scope="col">Outcome</th>
              <th scope="col">Review</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((record) => (
              <tr key={`${record.site}:${record.id}`} data-testid="history-row">
                <td>
                  <a href={record.url} target="_blank" rel="noreferrer">
                    {record.title}
                  </a>
                </td>
                <td>{record.site}</td>
                <td>{record.difficulty ?? '—'}</td>
                <td>{record.techniques.map((technique) => technique.replaceAll('-', ' ')).join(', ')}</td>
                <td>{shortDate(record.firstSeen)}</td>
                <td>{shortDate(record.lastSeen)}</td>
                <td data-testid="history-time">{duration(timeSpent(record, now))}</td>
                <td>{hintCount(record)}</td>
                <td data-testid="history-outcome">{outcomeText(record)}</td>
                <td>{reviewText(record, now)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {shown.length < rows.length && (
        <button type="button" onClick={() => setShowAll(true)}>
          Show all {rows.length}
        </button>
      )}
    </section>
  );
}
