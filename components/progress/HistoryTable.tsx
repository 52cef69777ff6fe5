import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, useId, useRef } from 'react';
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
  /**
   * False while the rows are only the newest, before the whole history is read: the count is the
   * history's and the filters wait for it.
   */
  whole: boolean;
  filter: HistoryFilter;
  sites: readonly string[];
  techniques: readonly string[];
  now: number;
  onFilter(filter: HistoryFilter): void;
}

/**
 * A row's height before it is measured (one line of 13 px text and its padding). The table draws
 * only the rows in its scroll box and a few either side, so a history of thousands paints as fast
 * as one of twenty; rows are measured once drawn, so a title that wraps still fits.
 */
const ROW_ESTIMATE_PX = 27;
const OVERSCAN_ROWS = 6;
/** The box's height before it is laid out, so the first commit already holds a screenful of rows. */
const FIRST_VIEWPORT_PX = 600;
/** How many frames a row scrolled to has to be drawn before its focus is given up. */
const FOCUS_WAIT_FRAMES = 10;

const keyOf = (record: PracticeRecord | undefined) => (record ? `${record.site}:${record.id}` : '');

/** The height of the rows not drawn, above or below those that are: the scroll bar stays true. */
function SpacerRow({ height }: { height: number }) {
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: the spacer holds nothing focusable; it only keeps the scroll height
    <tr aria-hidden="true" className="history-spacer" style={{ height }}>
      <td colSpan={10} />
    </tr>
  );
}

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
export function HistoryTable({
  rows,
  total,
  whole,
  filter,
  sites,
  techniques,
  now,
  onFilter,
}: HistoryTableProps) {
  const id = useId();
  const scrollBox = useRef<HTMLElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollBox.current,
    estimateSize: () => ROW_ESTIMATE_PX,
    overscan: OVERSCAN_ROWS,
    initialRect: { width: 0, height: FIRST_VIEWPORT_PX },
    getItemKey: (index) => keyOf(rows[index]),
  });
  const drawn = virtualizer.getVirtualItems();
  const above = drawn[0]?.start ?? 0;
  const below = virtualizer.getTotalSize() - (drawn.at(-1)?.end ?? 0);
  const set = (patch: Partial<HistoryFilter>) => onFilter({ ...filter, ...patch });
  // Arrow keys move between rows' links, past the rows drawn: a row not drawn yet is scrolled to,
  // then focused once drawn. Focus scrolls the box itself when the row is already there.
  const moveFocus = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    const from = Number((event.target as HTMLElement).closest('tr')?.dataset.index);
    if (step === undefined || Number.isNaN(from)) return;
    const to = from + step;
    if (to < 0 || to >= rows.length) return;
    event.preventDefault();
    const linkOf = () => scrollBox.current?.querySelector<HTMLElement>(`tr[data-index="${to}"] a`);
    const focusWhenDrawn = (frames: number) => {
      const link = linkOf();
      if (link) link.focus();
      else if (frames > 0) requestAnimationFrame(() => focusWhenDrawn(frames - 1));
    };
    if (!linkOf()) virtualizer.scrollToIndex(to, { align: 'auto' });
    focusWhenDrawn(FOCUS_WAIT_FRAMES);
  };
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>History</h2>
      <form className="history-filters" onSubmit={(event) => event.preventDefault()}>
        <label>
          Title{' '}
          <input
            disabled={!whole}
            type="search"
            value={filter.text}
            onChange={(event) => set({ text: event.target.value })}
          />
        </label>
        <label>
          Site{' '}
          <select
            disabled={!whole}
            value={filter.site ?? ''}
            onChange={(event) => set({ site: event.target.value || null })}
          >
            <option value="">All</option>
            {sites.map((site) => (
              <option key={site}>{site}</option>
            ))}
          </select>
        </label>
        <label>
          Outcome{' '}
          <select
            disabled={!whole}
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
            disabled={!whole}
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
            disabled={!whole}
            checked={filter.dueOnly}
            onChange={(event) => set({ dueOnly: event.target.checked })}
          />{' '}
          Due for review
        </label>
      </form>
      <p className="note" data-testid="history-count" role="status">
        {!whole || rows.length === total ? `${total} problems` : `${rows.length} of ${total} problems`}
      </p>
      {rows.length > 0 && (
        // The box scrolls, not the page: focusable so the keyboard can scroll it too.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
        <section className="history-scroll" ref={scrollBox} tabIndex={0} aria-label="History table">
          <table className="history" data-testid="history" aria-rowcount={rows.length + 1}>
            <thead>
              <tr aria-rowindex={1}>
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
            <tbody onKeyDown={moveFocus}>
              {above > 0 && <SpacerRow height={above} />}
              {drawn.map(({ index, key }) => {
                const record = rows[index] as PracticeRecord;
                return (
                  <tr
                    key={key}
                    data-testid="history-row"
                    data-index={index}
                    aria-rowindex={index + 2}
                    ref={virtualizer.measureElement}
                  >
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
                );
              })}
              {below > 0 && <SpacerRow height={below} />}
            </tbody>
          </table>
        </section>
      )}
    </section>
  );
}
