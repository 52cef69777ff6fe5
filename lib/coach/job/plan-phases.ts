import { MOCK_TASKS, PRACTICE_TASKS, problemSets, SQL_TASKS, techniqueName } from './knowledge/plan-tasks';
import { specialistFor } from './rounds';
import type { Seniority } from './seniority';
import type { TrackReading } from './track';
import { DESIGN_KINDS, type RoundKind, type Track } from './tracks';
import type { BehavioralPrompt, DesignCasePick, InterviewRound, PlanPhase } from './types';
import { inSentence, joinList } from './wording';

/** The design rounds whose cases come from one track; system design takes the rest. */
const CASE_TRACK_OF: Partial<Record<RoundKind, Track>> = {
  'frontend-design': 'frontend',
  'mobile-design': 'mobile',
  'ml-design': 'ml',
  'data-design': 'data',
};

/** Share of the prep time kept for mock interviews at the end. */
export const MOCK_SHARE = 0.2;
/** Stories take less practice than problems: their round's weight counts for half. */
const STORY_DISCOUNT = 0.5;

export interface PlanInputs {
  readonly today: Date;
  readonly interviewDate: Date;
  readonly rounds: readonly InterviewRound[];
  readonly designCases: readonly DesignCasePick[];
  readonly prompts: readonly BehavioralPrompt[];
  readonly reading: TrackReading;
  readonly seniority: Seniority;
  readonly language?: string;
  readonly company: string;
}

export interface Phase {
  readonly phase: PlanPhase;
  readonly title: string;
  readonly weight: number;
  readonly tasks: readonly string[];
}

/** Problem sets by technique; SQL drills for data roles, instead of puzzles for analysts. */
function codingTasks(inputs: PlanInputs): string[] {
  const { analytics, specialism } = inputs.reading;
  const redo = 'Redo every problem you got wrong, without notes, a few days later';
  if (analytics) return [...SQL_TASKS, redo];
  const inLanguage = inputs.language ? ` in ${inputs.language}` : '';
  const sets = problemSets(specialism, inputs.seniority).map(
    (set) => `Five timed problems${inLanguage} on ${joinList(set.map(techniqueName))}`,
  );
  const [first, ...rest] = sets;
  const problems = [
    ...(first ? [`${first}; say the complexity before you code, and test with your own edge cases`] : []),
    ...rest,
  ];
  return [...(specialism === 'data' ? interleave(SQL_TASKS, problems) : problems), redo];
}

function caseTasks(cases: readonly DesignCasePick[]): string[] {
  return cases.flatMap((pick) => [
    `Design case “${pick.title}”: 45 minutes aloud, then score yourself against its checklist`,
    ...pick.deepDives.map(
      (dive) => `Deep dive in “${pick.title}”: ${dive.topic} (${dive.because.join(', ')})`,
    ),
  ]);
}

/** A manager's hiring, performance and prioritisation stories belong to the people round. */
const PEOPLE_COMPETENCIES = new Set(['hiring', 'prioritisation', 'mentoring']);

function stories(inputs: PlanInputs, forPeopleRound: boolean): string[] {
  const hasPeopleRound = inputs.rounds.some((round) => round.kind === 'people-management');
  return inputs.prompts
    .filter((prompt) => (hasPeopleRound && PEOPLE_COMPETENCIES.has(prompt.competency)) === forPeopleRound)
    .map((prompt) => `Draft a STAR story for ${prompt.competencyLabel.toLowerCase()}: ${prompt.question}`);
}

/** Takes from each list in turn, so a phase mixes its kinds of work from its first week. */
function interleave(...lists: (readonly string[])[]): string[] {
  const longest = Math.max(0, ...lists.map((list) => list.length));
  return Array.from({ length: longest }, (_, i) => lists.flatMap((list) => list[i] ?? [])).flat();
}

/** The case library's cases for a round: by its design track, or the management ones for people rounds. */
function casesFor(round: InterviewRound, inputs: PlanInputs): DesignCasePick[] {
  if (round.kind === 'people-management')
    return inputs.designCases.filter((pick) => pick.track === 'management');
  const technical = inputs.designCases.filter((pick) => pick.track !== 'management');
  const own = CASE_TRACK_OF[round.kind];
  const designRounds = inputs.rounds.filter((candidate) => DESIGN_KINDS.includes(candidate.kind));
  // A track with no case of its own yet borrows the neighbouring cases the picker chose.
  if (own) {
    const mine = technical.filter((pick) => pick.track === own);
    return mine.length > 0 || designRounds.length > 1 ? mine : technical;
  }
  const claimed = new Set(inputs.rounds.flatMap((candidate) => CASE_TRACK_OF[candidate.kind] ?? []));
  return technical.filter((pick) => !claimed.has(pick.track));
}

function tasksFor(round: InterviewRound, inputs: PlanInputs): string[] {
  const practice = PRACTICE_TASKS[round.kind] ?? [];
  switch (round.kind) {
    case 'coding':
      return codingTasks(inputs);
    case 'behavioral':
      return [
        ...stories(inputs, false),
        'Rehearse each story aloud in under three minutes, ending on the result',
        `Research ${inputs.company || 'the company'}: its product, recent news, and why you want this role`,
      ];
    case 'people-management':
      return interleave(stories(inputs, true), caseTasks(casesFor(round, inputs)), practice);
    case 'api-design':
      return [...practice];
    default: {
      // The track's own round (ML fundamentals, live troubleshooting) is studied and drilled.
      const specialist = specialistFor(inputs.reading);
      if (specialist?.kind === round.kind)
        return interleave(
          specialist.covers.map((cover) => `Study: ${cover}`),
          specialist.practice,
        );
      if (round.kind === 'domain') return round.covers.map((cover) => `Study: ${cover}`);
      if (!DESIGN_KINDS.includes(round.kind)) return [...practice];
      const cases = caseTasks(casesFor(round, inputs));
      if (cases.length > 0) return cases;
      return [
        ...round.covers.map((cover) => `Practise: ${cover}`),
        'Design one system end to end, aloud, in 45 minutes',
      ];
    }
  }
}

/** What to practise for each round, heaviest first, then the mocks; each phase's tasks in the order to do them. */
export function phasesFor(inputs: PlanInputs): Phase[] {
  const phases = inputs.rounds
    .map((round) => ({
      phase: round.kind,
      title: round.title,
      weight: round.kind === 'behavioral' ? round.weight * STORY_DISCOUNT : round.weight,
      tasks: tasksFor(round, inputs),
    }))
    .filter((phase) => phase.weight > 0 && phase.tasks.length > 0)
    .sort((a, b) => b.weight - a.weight);
  const total = phases.reduce((sum, phase) => sum + phase.weight, 0);
  const mocks = inputs.rounds.flatMap((round) => {
    const task = DESIGN_KINDS.includes(round.kind)
      ? `A 45-minute mock ${inSentence(round.title)} interview with the case closed`
      : MOCK_TASKS[round.kind];
    return task ? [task] : [];
  });
  const technical = inputs.rounds.some(
    (round) => round.kind === 'coding' || DESIGN_KINDS.includes(round.kind),
  );
  const closing = technical
    ? 'Redo every problem and case you got stuck on in a mock'
    : 'Ask each mock partner for the one thing to change, and practise it';
  return [
    ...phases,
    {
      phase: 'mocks',
      title: 'Mock interviews',
      weight: (total * MOCK_SHARE) / (1 - MOCK_SHARE),
      tasks: [...new Set(mocks), closing],
    },
  ];
}
