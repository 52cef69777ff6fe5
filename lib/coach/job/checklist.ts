import { CHECKLIST_SECTIONS, CORE_CHECKLIST } from './knowledge/checklist';
import { DEEP_DIVES, type DeepDive } from './knowledge/deep-dives';
import type { SkillGroup } from './taxonomy';
import type { ChecklistItem } from './types';

/** Which part of the stack interviewers probe first: state and data flow before tooling. */
const GROUP_PRIORITY: readonly SkillGroup[] = [
  'messaging',
  'datastore',
  'api',
  'data',
  'ml',
  'infrastructure',
  'cloud',
  'observability',
  'mobile',
  'frontend',
  'backend',
  'language',
  'testing',
];
const MAX_DEEP_DIVES = 6;
/** With no named stack, the two deep dives nearly every design interview reaches. */
const DEFAULT_DIVES = ['dive-relational', 'dive-cache'];

export interface ChosenDive {
  readonly dive: DeepDive;
  readonly because: string[];
}

/** The dives a skill leads to: its own, or its group's fallback. Never empty for a taxonomy skill. */
export function divesForSkill(name: string, group: SkillGroup): DeepDive[] {
  const own = DEEP_DIVES.filter((dive) => dive.skills.includes(name));
  if (own.length > 0) return own;
  return DEEP_DIVES.filter((dive) => dive.fallbackFor === group);
}

export function chooseDeepDives(skills: readonly { name: string; group: SkillGroup }[]): ChosenDive[] {
  const ranked = [...skills].sort(
    (a, b) => GROUP_PRIORITY.indexOf(a.group) - GROUP_PRIORITY.indexOf(b.group),
  );
  const chosen = new Map<string, ChosenDive>();
  for (const skill of ranked) {
    for (const dive of divesForSkill(skill.name, skill.group)) {
      const existing = chosen.get(dive.id);
      if (existing) existing.because.push(skill.name);
      else if (chosen.size < MAX_DEEP_DIVES) chosen.set(dive.id, { dive, because: [skill.name] });
    }
  }
  if (chosen.size === 0) {
    for (const id of DEFAULT_DIVES) {
      const dive = DEEP_DIVES.find((candidate) => candidate.id === id);
      if (dive) chosen.set(id, { dive, because: [] });
    }
  }
  return [...chosen.values()];
}

/** The system-design checklist in answer order, deep dives fitted to the stack. */
export function buildChecklist(dives: readonly ChosenDive[]): ChecklistItem[] {
  return CHECKLIST_SECTIONS.flatMap((section): ChecklistItem[] => {
    if (section === 'deep-dives') {
      return dives.map(({ dive, because }) => ({
        id: dive.id,
        section,
        title: dive.title,
        detail: dive.detail,
        ...(because.length > 0 ? { because } : {}),
      }));
    }
    return CORE_CHECKLIST[section].map((entry) => ({ ...entry, section }));
  });
}
