import { addDays, daysBetween, isoDay, startOfDay } from './dates';
import { DEFAULT_REFRESH, REFRESH_TASKS, REVIEW_TASKS, WARM_UPS } from './knowledge/plan-tasks';
import { MOCK_SHARE, type Phase, type PlanInputs, phasesFor } from './plan-phases';
import { DESIGN_KINDS } from './tracks';
import type { PlanEntry, PlanPhase } from './types';

export type { PlanInputs } from './plan-phases';

export const DEFAULT_PREP_DAYS = 42;
/** Up to this many prep days the plan is day by day; beyond it, week by week. */
const DAILY_UNTIL = 10;
const WEEK = 7;
const HOURS_PER_DAY = 2;
const HOURS_PER_WEEK = 8;

/** Whole days per phase, at least one each, by largest remainder. */
function allocateDays(phases: readonly Phase[], days: number): number[] {
  const total = phases.reduce((sum, phase) => sum + phase.weight, 0);
  const spare = days - phases.length;
  const exact = phases.map((phase) => (phase.weight / total) * spare);
  const allocation = exact.map((share) => 1 + Math.floor(share));
  let left = days - allocation.reduce((sum, count) => sum + count, 0);
  const byRemainder = exact
    .map((share, index) => ({ index, rest: share - Math.floor(share) }))
    .sort((a, b) => b.rest - a.rest || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left <= 0) break;
    allocation[index] = (allocation[index] ?? 0) + 1;
    left--;
  }
  return allocation;
}

/** Fewer days than phases: the heaviest share the first day, and each day takes its share in order. */
function squeezePhases(phases: readonly Phase[], days: number): Phase[][] {
  const total = phases.reduce((sum, phase) => sum + phase.weight, 0);
  const perDay: Phase[][] = Array.from({ length: days }, () => []);
  let start = 0;
  for (const phase of phases) {
    const share = (phase.weight / total) * days;
    perDay[Math.min(days - 1, Math.floor(start + share / 2))]?.push(phase);
    start += share;
  }
  return perDay;
}

/**
 * The tasks of a phase's `part`-th day: two hours hold one problem set or two other tasks. The
 * list is in priority order, so with few days the first tasks are done and the rest dropped; a
 * phase with more days than tasks keeps them warm.
 */
function dayTasks(phase: Phase, part: number): string[] {
  const perDay = phase.phase === 'coding' ? 1 : 2;
  const tasks = phase.tasks.slice(part * perDay, (part + 1) * perDay);
  return tasks.length > 0 ? tasks : [refreshTask(phase.phase)];
}

/** The tasks of week `week` of `weeks`: spread evenly and never repeated, so a short list skips some weeks. */
function weekTasks(tasks: readonly string[], week: number, weeks: number): string[] {
  return tasks.filter((_, index) => Math.floor((index * weeks) / tasks.length) === week);
}

function entry(
  day: Date,
  span: number,
  phases: readonly PlanPhase[],
  title: string,
  tasks: string[],
  hours: number,
): PlanEntry {
  return {
    date: isoDay(day),
    ...(span > 1 ? { endDate: isoDay(addDays(day, span - 1)) } : {}),
    phases,
    title,
    tasks,
    hours,
  };
}

/** The day itself: a warm-up for each kind of round the loop has, and the stories. */
function interviewDay(date: Date, rounds: PlanInputs['rounds']): PlanEntry {
  const kinds = new Set(
    rounds.map((round) => (DESIGN_KINDS.includes(round.kind) ? 'system-design' : round.kind)),
  );
  const warmUps = [...kinds].flatMap((kind) => WARM_UPS[kind] ?? []);
  return entry(
    date,
    1,
    ['interview'],
    'Interview day',
    [...warmUps, 'Re-read your three strongest stories'],
    0,
  );
}

function refreshTask(phase: PlanPhase): string {
  const design = (DESIGN_KINDS as readonly PlanPhase[]).includes(phase);
  return REFRESH_TASKS[design ? 'system-design' : phase] ?? DEFAULT_REFRESH;
}

/** Day by day: each phase its own days, heaviest first; with fewer days than phases, days are shared. */
function dailyEntries(today: Date, phases: readonly Phase[], studyDays: number): PlanEntry[] {
  if (studyDays < phases.length) {
    return squeezePhases(phases, studyDays).map((dayPhases, offset) =>
      entry(
        addDays(today, offset),
        1,
        dayPhases.map((phase) => phase.phase),
        dayPhases.map((phase) => phase.title).join(' + '),
        dayPhases.flatMap((phase) => phase.tasks.slice(0, dayPhases.length === 1 ? 3 : 1)),
        HOURS_PER_DAY,
      ),
    );
  }
  const entries: PlanEntry[] = [];
  let offset = 0;
  allocateDays(phases, studyDays).forEach((length, index) => {
    const phase = phases[index];
    if (!phase) return;
    for (let part = 0; part < length; part++) {
      const title = length > 1 ? `${phase.title} (${part + 1}/${length})` : phase.title;
      entries.push(
        entry(addDays(today, offset + part), 1, [phase.phase], title, dayTasks(phase, part), HOURS_PER_DAY),
      );
    }
    offset += length;
  });
  return entries;
}

/** Week by week: every round each week in proportion to its weight, moving through its tasks; mocks last. */
function weeklyEntries(today: Date, phases: readonly Phase[], studyDays: number): PlanEntry[] {
  const mocks = phases.find((phase) => phase.phase === 'mocks');
  const rounds = phases.filter((phase) => phase.phase !== 'mocks');
  const mockDays = mocks ? Math.min(WEEK, Math.max(2, Math.round(studyDays * MOCK_SHARE))) : 0;
  const prepDays = studyDays - mockDays;
  const weeks = Math.ceil(prepDays / WEEK);
  const entries: PlanEntry[] = [];
  for (let week = 0; week < weeks; week++) {
    const span = Math.min(WEEK, prepDays - week * WEEK);
    const budget = Math.max(1, Math.round((HOURS_PER_WEEK * span) / WEEK));
    // Every round every week, in proportion to its weight; a round out of new tasks is kept warm.
    const weight = rounds.reduce((sum, phase) => sum + phase.weight, 0);
    const parts = rounds.map((phase) => {
      const fresh = weekTasks(phase.tasks, week, weeks);
      return {
        phase,
        tasks: fresh.length > 0 ? fresh : [refreshTask(phase.phase)],
        hours: Math.max(1, Math.round((budget * phase.weight) / weight)),
      };
    });
    entries.push(
      entry(
        addDays(today, week * WEEK),
        span,
        parts.map(({ phase }) => phase.phase),
        `Week ${week + 1} of ${weeks}`,
        parts.flatMap(({ phase, tasks, hours }) =>
          tasks.map((task, i) => (i === 0 ? `${phase.title}, ${hours} h: ${task}` : task)),
        ),
        parts.reduce((sum, { hours }) => sum + hours, 0),
      ),
    );
  }
  if (mocks && mockDays > 0) {
    entries.push(
      entry(
        addDays(today, prepDays),
        mockDays,
        ['mocks'],
        mocks.title,
        [...mocks.tasks],
        HOURS_PER_DAY * mockDays,
      ),
    );
  }
  return entries;
}

/**
 * Dated prep from today to the interview, shaped by the rounds: the heaviest rounds first, named
 * design cases, problem sets by technique, the stories to draft, and the hours each entry asks
 * for; then mocks and a light day before. Day by day up to ten days out, week by week beyond.
 */
export function buildPlan(inputs: PlanInputs): PlanEntry[] {
  const today = startOfDay(inputs.today);
  const days = daysBetween(today, inputs.interviewDate);
  if (days <= 0) return [interviewDay(today, inputs.rounds)];
  const phases = phasesFor(inputs);
  const withReview = days >= 3;
  const studyDays = withReview ? days - 1 : days;
  const entries =
    studyDays <= DAILY_UNTIL
      ? dailyEntries(today, phases, studyDays)
      : weeklyEntries(today, phases, studyDays);
  if (withReview)
    entries.push(
      entry(addDays(today, days - 1), 1, ['review'], 'Light review and rest', [...REVIEW_TASKS], 1),
    );
  entries.push(interviewDay(addDays(today, days), inputs.rounds));
  return entries;
}
