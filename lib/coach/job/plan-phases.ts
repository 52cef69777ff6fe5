import { MOCK_TASKS, PRACTICE_TASKS, problemSets, techniqueName } from './knowledge/plan-tasks';
import { DESIGN_KINDS } from './rounds';
import type { Seniority } from './seniority';
import type { EngineeringTrack } from './track';
import type { BehavioralPrompt, DesignCasePick, InterviewRound, PlanPhase } from './types';
import { inSentence } from './wording';

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
  readonly specialism?: EngineeringTrack;
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

function codingTasks(inputs: PlanInputs): string[] {
  const inLanguage = inputs.language ? ` in ${inputs.language}` : '';
  return [
    ...problemSets(inputs.specialism, inputs.seniority).map(
      (set) =>
        `Five timed problems${inLanguage} on ${set.map(techniqueName).join(', ')}; say the complexity before you code`,
    ),
    'Redo every problem you got wrong, without notes, a few days later',
  ];
}

function caseTasks(cases: readonly DesignCasePick[]): string[] {
  return cases.flatMap((pick) => [
    `Design case “${pick.title}”: 45 minutes aloud, then score yourself against its checklist`,
    ...pick.deepDives.map(
      (dive) => `Deep dive in “${pick.title}”: ${dive.topic} (${dive.because.join(', ')})`,
    ),
  ]);
}

function storyTasks(inputs: PlanInputs, managerOnly: boolean): string[] {
  const managerial = new Set(['hiring', 'prioritisation']);
  const prompts = inputs.prompts.filter((prompt) => managerial.has(prompt.competency) === managerOnly);
  const stories = prompts.map(
    (prompt) => `Draft a STAR story for ${prompt.competencyLabel.toLowerCase()}: ${prompt.question}`,
  );
  if (managerOnly) return stories;
  return [
    ...stories,
    'Rehearse each story aloud in under three minutes, ending on the result',
    `Research ${inputs.company || 'the company'}: its product, recent news, and why you want this role`,
  ];
}

/** The case library's cases for a round: by its design track, or the management ones for people rounds. */
function casesFor(round: InterviewRound, inputs: PlanInputs): DesignCasePick[] {
  const designRounds = inputs.rounds.filter((candidate) => DESIGN_KINDS.includes(candidate.kind));
  if (round.kind === 'people-management')
    return inputs.designCases.filter((pick) => pick.track === 'management');
  const technical = inputs.designCases.filter((pick) => pick.track !== 'management');
  if (designRounds.length <= 1) return technical;
  const own: Partial<Record<string, string>> = {
    'frontend-design': 'frontend',
    'mobile-design': 'mobile',
    'ml-design': 'ml',
    'data-design': 'data',
  };
  const track = own[round.kind];
  const others = new Set(Object.values(own));
  return technical.filter((pick) => (track ? pick.track === track : !others.has(pick.track)));
}

function tasksFor(round: InterviewRound, inputs: PlanInputs): string[] {
  if (round.kind === 'coding') return codingTasks(inputs);
  if (round.kind === 'behavioral') return storyTasks(inputs, false);
  const cases = caseTasks(casesFor(round, inputs));
  if (round.kind === 'people-management')
    return [...storyTasks(inputs, true), ...(PRACTICE_TASKS['people-management'] ?? []), ...cases];
  if (DESIGN_KINDS.includes(round.kind)) {
    if (cases.length > 0) return cases;
    return [
      ...round.covers.map((cover) => `Practise: ${cover}`),
      'Design one system end to end, aloud, in 45 minutes',
    ];
  }
  const practice = PRACTICE_TASKS[round.kind] ?? [];
  return [
    ...round.covers.map((cover) => `Study: ${cover}`).slice(0, practice.length > 0 ? 1 : undefined),
    ...practice,
  ];
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
  return [
    ...phases,
    {
      phase: 'mocks',
      title: 'Mock interviews',
      weight: (total * MOCK_SHARE) / (1 - MOCK_SHARE),
      tasks: [...new Set(mocks)],
    },
  ];
}
