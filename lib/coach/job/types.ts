import type { CASE_LEVELS } from './design-cases/schema';
import type { Competency } from './knowledge/competencies';
import type { Seniority } from './seniority';
import type { SkillChipGroup } from './skills';
import type { RoundKind, Track } from './tracks';

export type { Competency } from './knowledge/competencies';
export type { Seniority } from './seniority';
export type { SkillChipGroup } from './skills';
export type { EngineeringTrack } from './track';
export type { RoundKind, Track } from './tracks';

export interface InterviewRound {
  readonly kind: RoundKind;
  readonly title: string;
  /** Share of the interview loop, 0–1; the weights of one analysis sum to 1. */
  readonly weight: number;
  /** `posting` when the posting describes the round, `inferred` when the level and track suggest it. */
  readonly source: 'posting' | 'inferred';
  readonly why: string;
  /** What to expect in the round, specific to the posting where possible. */
  readonly covers: readonly string[];
  /** The posting's own words for the round, when it describes it. */
  readonly quotes?: readonly string[];
}

/** The levels a design case is written for. */
export type CaseLevel = (typeof CASE_LEVELS)[number];

/** A design case chosen for this posting; its content is loaded by the panel from the case library. */
export interface DesignCasePick {
  readonly id: string;
  readonly title: string;
  readonly track: Track;
  /** Why this case, for this posting: the product, the stack, the round and the level. */
  readonly why: string;
  /** The case's level whose notes apply to this posting, when the case is pitched at it. */
  readonly level?: CaseLevel;
  /** The case's deep dives that the posting's stack calls for, with the skills that did. */
  readonly deepDives: readonly { readonly topic: string; readonly because: readonly string[] }[];
}

export interface BehavioralPrompt {
  readonly id: string;
  readonly competency: Competency;
  readonly competencyLabel: string;
  /** The words of the posting that ask for this competency, quoted whole; absent for the always-useful ones. */
  readonly evidence?: string;
  readonly question: string;
  readonly situation: string;
  readonly task: string;
  readonly action: string;
  readonly result: string;
}

/** What a plan entry works on: the rounds it prepares for, then mocks, a light day and the interview. */
export type PlanPhase = RoundKind | 'mocks' | 'review' | 'interview';

export interface PlanEntry {
  /** First day of the entry, local calendar date as YYYY-MM-DD. */
  readonly date: string;
  /** Last day when the entry spans several days. */
  readonly endDate?: string;
  readonly phases: readonly PlanPhase[];
  readonly title: string;
  readonly tasks: readonly string[];
  /** The study time the entry asks for, in hours, over its whole span. */
  readonly hours: number;
}

/** What the posting says about its own loop, for the panel to say so. */
export interface LoopStatement {
  /** True when the rounds come from the posting's description of its interviews. */
  readonly described: boolean;
  /** Kinds the posting rules out in words. */
  readonly ruledOut: readonly RoundKind[];
  /** The number of interviews the posting gives, if it gives one. */
  readonly interviews?: number;
}

export interface JobAnalysis {
  readonly title: string;
  readonly company: string;
  /** One or two sentences the panel shows first. */
  readonly summary: string;
  readonly track: Track;
  readonly trackReason: string;
  readonly seniority: Seniority;
  readonly seniorityReason: string;
  /** Canonical technology names, each once, in order of first mention. */
  readonly skills: readonly string[];
  readonly skillGroups: readonly SkillChipGroup[];
  readonly topics: readonly string[];
  readonly loop: LoopStatement;
  /** Heaviest first. */
  readonly rounds: readonly InterviewRound[];
  /** Three to five when the loop has a design round and the library has cases; else empty. */
  readonly designCases: readonly DesignCasePick[];
  readonly behavioralPrompts: readonly BehavioralPrompt[];
  /** The interview date the plan counts down to (the user's, or six weeks out), YYYY-MM-DD. */
  readonly interviewDate: string;
  readonly plan: readonly PlanEntry[];
}
