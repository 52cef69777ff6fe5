import type { ChecklistSection } from './knowledge/checklist';
import type { Competency } from './knowledge/competencies';
import type { Seniority } from './seniority';
import type { SkillChipGroup } from './skills';

export type { ChecklistSection } from './knowledge/checklist';
export type { Competency } from './knowledge/competencies';
export type { Seniority } from './seniority';
export type { SkillChipGroup } from './skills';

export type RoundKind = 'coding' | 'system-design' | 'api-design' | 'behavioral' | 'domain';
export type DomainArea = 'ml' | 'data' | 'mobile' | 'frontend' | 'security' | 'infrastructure';

export interface InterviewRound {
  readonly kind: RoundKind;
  readonly title: string;
  /** Share of the interview loop, 0–1; the weights of one analysis sum to 1. */
  readonly weight: number;
  readonly why: string;
  /** What to expect in the round, specific to the posting where possible. */
  readonly covers: readonly string[];
  readonly domain?: DomainArea;
}

export interface ChecklistItem {
  /** Stable across analyses and releases: ticks are stored under it. */
  readonly id: string;
  readonly section: ChecklistSection;
  readonly title: string;
  readonly detail: string;
  /** For deep dives: the posting's technologies that called for it. */
  readonly because?: readonly string[];
}

export interface BehavioralPrompt {
  readonly id: string;
  readonly competency: Competency;
  readonly competencyLabel: string;
  /** The words of the posting that ask for this competency; absent for the always-useful ones. */
  readonly evidence?: string;
  readonly question: string;
  readonly situation: string;
  readonly task: string;
  readonly action: string;
  readonly result: string;
}

export type PlanPhase =
  | 'fundamentals'
  | 'domain'
  | 'system-design'
  | 'behavioral'
  | 'mocks'
  | 'review'
  | 'interview';

export interface PlanEntry {
  /** First day of the entry, local calendar date as YYYY-MM-DD. */
  readonly date: string;
  /** Last day when the entry spans several days. */
  readonly endDate?: string;
  readonly phases: readonly PlanPhase[];
  readonly title: string;
  readonly tasks: readonly string[];
}

export interface JobAnalysis {
  readonly title: string;
  readonly company: string;
  /** One or two sentences the panel shows above the chips. */
  readonly summary: string;
  readonly seniority: Seniority;
  readonly seniorityReason: string;
  /** Canonical technology names, each once, in order of first mention. */
  readonly skills: readonly string[];
  readonly skillGroups: readonly SkillChipGroup[];
  readonly topics: readonly string[];
  readonly rounds: readonly InterviewRound[];
  readonly checklist: readonly ChecklistItem[];
  readonly behavioralPrompts: readonly BehavioralPrompt[];
  /** The interview date the plan counts down to (the user's, or six weeks out), YYYY-MM-DD. */
  readonly interviewDate: string;
  readonly plan: readonly PlanEntry[];
}
