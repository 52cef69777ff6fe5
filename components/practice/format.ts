/** "4:05", "1:02:09": a timer's reading. */
export function clock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** "45 min", "1 h 20 min", "—" for none: time spent, in a table. */
export function duration(ms: number): string {
  if (ms < 30_000) return ms > 0 ? '< 1 min' : '—';
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const rest = minutes % 60;
  return rest === 0 ? `${Math.floor(minutes / 60)} h` : `${Math.floor(minutes / 60)} h ${rest} min`;
}

/** "today", "tomorrow", "in 3 days", "2 days ago": when a review is due. */
export function inDays(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}

/**
 * One formatter for every date a table shows: toLocaleDateString builds a new one per call, and
 * building it costs far more than formatting (two dates a row made most of the history's render).
 */
let shortDates: Intl.DateTimeFormat | undefined;

/** "6 Jan 2025", in the user's language. */
export function shortDate(at: number): string {
  shortDates ??= new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
  return shortDates.format(at);
}
