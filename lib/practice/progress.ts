import type { LibraryPracticeItem } from '../coach/problem/library/lookup';
import { dayKey, type Progress } from '../quiz/progress';
import type { TargetRole } from '../quiz/target-role';
import { libraryProblemOf, nextProblems, type Suggestion } from './next';
import { type Readiness, readiness } from './readiness';
import { isDue, type Outcome, type PracticeRecord } from './record';
import {
  calendarWeeks,
  currentStreak,
  endedAttempts,
  practiceDays,
  reviewForecast,
  solvedPerWeek,
  type TechniqueStanding,
  techniqueStandings,
} from './stats';

/** Weeks the calendar and the solves-per-week plot look back; days the forecast looks ahead. */
const CALENDAR_WEEKS = 16;
const SOLVED_WEEKS = 12;
const FORECAST_DAYS = 30;

export interface ProgressInputs {
  records: readonly PracticeRecord[];
  quiz: Progress;
  role: TargetRole | null;
  /** The nearest interview date entered on a posting, `YYYY-MM-DD`. */
  interviewDate: string | null;
  library: readonly LibraryPracticeItem[];
  now: number;
}

export interface ProgressView {
  due: number;
  weak: TechniqueStanding[];
  streak: number;
  calendar: ReturnType<typeof calendarWeeks>;
  solvedPerWeek: ReturnType<typeof solvedPerWeek>;
  forecast: ReturnType<typeof reviewForecast>;
  readiness: Readiness | null;
  next: Suggestion[];
}

/** Whether an attempt went badly enough that the library's related problems are worth doing next. */
function struggled(record: PracticeRecord): boolean {
  const latest = endedAttempts(record).at(-1);
  return latest !== undefined && (latest.outcome !== 'solved' || (latest.grade ?? 3) <= 2);
}

/** The nearest interview date not yet past, among those entered on postings. */
export function nextInterviewDate(dates: Iterable<string | null>, now: number): string | null {
  const todayKey = dayKey(new Date(now));
  let nearest: string | null = null;
  for (const date of dates) {
    if (date !== null && date >= todayKey && (nearest === null || date < nearest)) nearest = date;
  }
  return nearest;
}

/** Everything the progress page shows beside the table, from what storage holds. */
export function progressView({
  records,
  quiz,
  role,
  interviewDate,
  library,
  now,
}: ProgressInputs): ProgressView {
  const standings = techniqueStandings(records);
  const related = new Map<string, LibraryPracticeItem['related']>();
  for (const record of records) {
    if (!struggled(record)) continue;
    const known = libraryProblemOf(record, library);
    if (known) related.set(known.slug, known.related);
  }
  const days = practiceDays(
    records,
    Object.entries(quiz.days)
      .filter(([, tally]) => tally.answered > 0)
      .map(([day]) => day),
  );
  return {
    due: records.filter((record) => isDue(record, now)).length,
    weak: standings.filter((standing) => standing.weakness > 0).slice(0, 8),
    streak: currentStreak(days, now),
    calendar: calendarWeeks(days, now, CALENDAR_WEEKS),
    solvedPerWeek: solvedPerWeek(records, now, SOLVED_WEEKS),
    forecast: reviewForecast(records, now, FORECAST_DAYS),
    readiness: role ? readiness(role, interviewDate, records, quiz, now) : null,
    next: nextProblems(standings, records, library, related),
  };
}

export interface HistoryFilter {
  /** Words in the title. */
  text: string;
  site: string | null;
  /** An outcome, or 'open' for problems with no ended attempt. */
  outcome: Outcome | 'open' | null;
  technique: string | null;
  dueOnly: boolean;
}

export const NO_FILTER: HistoryFilter = {
  text: '',
  site: null,
  outcome: null,
  technique: null,
  dueOnly: false,
};

/** The outcome of the latest ended attempt, or null while none has ended. */
export function latestOutcome(record: PracticeRecord): Outcome | null {
  return endedAttempts(record).at(-1)?.outcome ?? null;
}

/** The history rows the filter keeps, in the history's order (most recently seen first). */
export function filterHistory(
  records: readonly PracticeRecord[],
  filter: HistoryFilter,
  now: number,
): PracticeRecord[] {
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  return records.filter((record) => {
    if (filter.site !== null && record.site !== filter.site) return false;
    if (filter.technique !== null && !record.techniques.includes(filter.technique)) return false;
    if (filter.dueOnly && !isDue(record, now)) return false;
    if (filter.outcome !== null && (latestOutcome(record) ?? 'open') !== filter.outcome) return false;
    const title = record.title.toLowerCase();
    return words.every((word) => title.includes(word));
  });
}
