import type { SkillGroup } from '../../taxonomy';

/**
 * A system-design deep dive an interviewer is likely to push on, given the stack. A dive is chosen
 * when the posting names one of its `skills`; a dive with a `fallbackFor` group is chosen for any
 * skill of that group that has no dive of its own.
 */
export interface DeepDive {
  readonly id: string;
  readonly title: string;
  readonly detail: string;
  readonly skills: readonly string[];
  readonly fallbackFor?: SkillGroup;
}
