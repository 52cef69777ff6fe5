import { addDays, daysBetween, isoDay, startOfDay } from './dates';
import type { InterviewRound, PlanEntry, PlanPhase, RoundKind } from './types';

export const DEFAULT_PREP_DAYS = 42;
/** Up to this many prep days the plan is day by day; beyond it, blocks of at most a week. */
const DAILY_UNTIL = 10;
const WEEK = 7;
/** Share of the prep time kept for mock interviews at the end. */
const MOCK_SHARE = 0.2;

export interface PlanInputs {
  readonly today: Date;
  readonly interviewDate: Date;
  readonly rounds: readonly InterviewRound[];
  readonly language?: string;
  readonly company: string;
  readonly deepDiveTitles: readonly string[];
  readonly competencyLabels: readonly string[];
}

interface Phase {
  readonly phase: PlanPhase;
  readonly title: string;
  readonly weight: number;
  readonly tasks: readonly string[];
}

const CODING_TOPICS = [
  'arrays, strings and hash maps',
  'two pointers and sliding windows',
  'stacks, queues and heaps',
  'trees and graphs: BFS, DFS, topological sort',
  'binary search and sorting',
  'recursion, backtracking and dynamic programming',
  'intervals and greedy choices',
];

function weightOf(rounds: readonly InterviewRound[], kind: RoundKind): number {
  return rounds.find((round) => round.kind === kind)?.weight ?? 0;
}

function phasesFor(inputs: PlanInputs): Phase[] {
  const { rounds, language } = inputs;
  const inLanguage = language ? ` in ${language}` : '';
  const domain = rounds.find((round) => round.kind === 'domain');
  const hasApi = weightOf(rounds, 'api-design') > 0;
  const candidates: Phase[] = [
    {
      phase: 'fundamentals',
      title: 'Coding fundamentals',
      weight: weightOf(rounds, 'coding'),
      tasks: [
        ...CODING_TOPICS.map((topic) => `Two or three timed problems${inLanguage} on ${topic}`),
        'Say the complexity before you code and test with your own edge cases',
      ],
    },
    {
      phase: 'domain',
      title: domain?.title ?? 'Domain',
      weight: domain?.weight ?? 0,
      tasks: (domain?.covers ?? []).map((cover) => `Prepare: ${cover}`),
    },
    {
      phase: 'system-design',
      title: hasApi ? 'System and API design' : 'System design',
      weight: weightOf(rounds, 'system-design') + weightOf(rounds, 'api-design'),
      tasks: [
        'Learn the answer order from the checklist: requirements, API, data model, architecture, deep dives',
        'Design two classic systems end to end, out loud, in 45 minutes each (a feed, a chat, a rate limiter, a URL shortener)',
        ...inputs.deepDiveTitles.map((title) => `Deep dive: ${title}`),
        ...(hasApi
          ? ['Design the API of one core resource: pagination, idempotency keys, errors, versioning']
          : []),
      ],
    },
    {
      phase: 'behavioral',
      title: 'Behavioural stories',
      weight: weightOf(rounds, 'behavioral') / 2,
      tasks: [
        `Write one STAR story per competency: ${inputs.competencyLabels.join(', ')}`,
        'Rehearse each story aloud in under three minutes, ending on the result',
        `Research ${inputs.company || 'the company'}: product, recent news, and why this role`,
      ],
    },
  ];
  const phases = candidates.filter((phase) => phase.weight > 0 && phase.tasks.length > 0);
  const total = phases.reduce((sum, phase) => sum + phase.weight, 0);
  phases.push({
    phase: 'mocks',
    title: 'Mock interviews',
    weight: (total * MOCK_SHARE) / (1 - MOCK_SHARE),
    tasks: [
      'A timed mock coding interview with a peer, or out loud against a timer',
      ...(weightOf(rounds, 'system-design') > 0
        ? ['A 45-minute mock design interview with the checklist closed']
        : []),
      'A mock behavioural interview on your three strongest stories',
      'Redo every problem you got stuck on in a mock',
    ],
  });
  return phases;
}

/** Whole days per phase, at least one each, by largest remainder. */
function allocateDays(phases: readonly Phase[], days: number): number[] {
  const total = phases.reduce((sum, phase) => sum + phase.weight, 0);
  const spare = days - phases.length;
  const exact = phases.map((phase) => (phase.weight / total) * spare);
  const allocation = exact.map((share) => 1 + Math.floor(share));
  let left = days - allocation.reduce((sum, count) => sum + count, 0);
  const byRemainder = exact
    .map((share, index) => ({ index, rest: share - Math.floor(share) }))
    .sort((a, b) => b.rest - a.rest);
  for (const { index } of byRemainder) {
    if (left <= 0) break;
    allocation[index] = (allocation[index] ?? 0) + 1;
    left--;
  }
  return allocation;
}

/** Fewer days than phases: each phase goes to the day its midpoint falls on, so order is kept. */
function squeezePhases(phases: readonly Phase[], days: number): Phase[][] {
  const total = phases.reduce((sum, phase) => sum + phase.weight, 0);
  const perDay: Phase[][] = Array.from({ length: days }, () => []);
  let start = 0;
  for (const phase of phases) {
    const share = (phase.weight / total) * days;
    const day = Math.min(days - 1, Math.floor(start + share / 2));
    perDay[day]?.push(phase);
    start += share;
  }
  return perDay;
}

/** Every `parts`-th task for part `part`, so long phases move through their list. */
function sliceTasks(tasks: readonly string[], part: number, parts: number): string[] {
  const slice = tasks.filter((_, index) => index % parts === part);
  return slice.length > 0 ? slice : [tasks[part % tasks.length] ?? ''];
}

function entryFor(day: Date, phases: readonly Phase[], span = 1, part = 0, parts = 1): PlanEntry {
  const tasksEach = phases.length === 1 ? Number.POSITIVE_INFINITY : phases.length === 2 ? 2 : 1;
  return {
    date: isoDay(day),
    ...(span > 1 ? { endDate: isoDay(addDays(day, span - 1)) } : {}),
    phases: phases.map((phase) => phase.phase),
    title: phases
      .map((phase) => (parts > 1 ? `${phase.title} (${part + 1}/${parts})` : phase.title))
      .join(' + '),
    tasks: phases.flatMap((phase) => sliceTasks(phase.tasks, part, parts).slice(0, tasksEach)),
  };
}

const REVIEW: Phase = {
  phase: 'review',
  title: 'Light review and rest',
  weight: 0,
  tasks: [
    'Skim your notes and the checklist; no new topics',
    'Check the logistics: time zone, links, camera, a quiet room',
    'Write down three questions for your interviewers, then sleep',
  ],
};

function interviewDay(date: Date): PlanEntry {
  return {
    date: isoDay(date),
    phases: ['interview'],
    title: 'Interview day',
    tasks: [
      'Warm up with one easy problem an hour before',
      'Re-read your three strongest stories',
      'In design rounds, start with requirements; in coding rounds, clarify before you type',
    ],
  };
}

/**
 * Dated prep entries from today to the interview: fundamentals, the specialism, system design and
 * stories, then mocks, then a light day before. Phase lengths follow the round weights; with few
 * days left, phases share days rather than being dropped.
 */
export function buildPlan(inputs: PlanInputs): PlanEntry[] {
  const today = startOfDay(inputs.today);
  const days = daysBetween(today, inputs.interviewDate);
  if (days <= 0) return [interviewDay(today)];
  const phases = phasesFor(inputs);
  const withReview = days >= 3;
  const studyDays = withReview ? days - 1 : days;
  const entries: PlanEntry[] = [];

  if (studyDays < phases.length) {
    squeezePhases(phases, studyDays).forEach((dayPhases, offset) => {
      entries.push(entryFor(addDays(today, offset), dayPhases));
    });
  } else {
    const allocation = allocateDays(phases, studyDays);
    let offset = 0;
    phases.forEach((phase, index) => {
      const length = allocation[index] ?? 1;
      const parts = studyDays <= DAILY_UNTIL ? length : Math.ceil(length / WEEK);
      let start = offset;
      for (let part = 0; part < parts; part++) {
        const span = Math.floor(length / parts) + (part < length % parts ? 1 : 0);
        entries.push(entryFor(addDays(today, start), [phase], span, part, parts));
        start += span;
      }
      offset += length;
    });
  }
  if (withReview) entries.push(entryFor(addDays(today, days - 1), [REVIEW]));
  entries.push(interviewDay(addDays(today, days)));
  return entries;
}
