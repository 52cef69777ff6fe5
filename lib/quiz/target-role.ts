import { ROUND_KINDS, type RoundKind } from '@/lib/coach/job/tracks';
import { isNonNegative, isRecord } from './progress';
import { TOPICS, type Topic } from './topics';

export { ROUND_KINDS, type RoundKind } from '@/lib/coach/job/tracks';

/** The role the user prepares for, as the side panel saves it from a job posting. */
export interface TargetRole {
  rounds: { kind: RoundKind; weight: number }[];
  skills: string[];
}

function isRound(value: unknown): value is TargetRole['rounds'][number] {
  return (
    isRecord(value) && (ROUND_KINDS as readonly unknown[]).includes(value.kind) && isNonNegative(value.weight)
  );
}

/** Hand-checked rather than zod for the popup's size budget (see progress.ts); `TargetRoleSchema` agrees. */
export function isTargetRole(value: unknown): value is TargetRole {
  return (
    isRecord(value) &&
    Object.keys(value).length === 2 &&
    Array.isArray(value.rounds) &&
    value.rounds.every((round) => isRound(round) && Object.keys(round).length === 2) &&
    Array.isArray(value.skills) &&
    value.skills.every((skill) => typeof skill === 'string')
  );
}

/**
 * A stored role with its broken rounds and skills dropped and the rest kept; null when none is
 * stored or nothing of it is usable.
 */
export function repairTargetRole(raw: unknown): TargetRole | null {
  if (!isRecord(raw)) return null;
  const rounds = (Array.isArray(raw.rounds) ? raw.rounds : [])
    .filter(isRound)
    .map(({ kind, weight }) => ({ kind, weight }));
  const skills = (Array.isArray(raw.skills) ? raw.skills : []).filter(
    (skill): skill is string => typeof skill === 'string',
  );
  return rounds.length > 0 || skills.length > 0 ? { rounds, skills } : null;
}

/** Which topics prepare for which round, and how much of the round each covers. */
export const ROUND_TOPICS: Record<RoundKind, Partial<Record<Topic, number>>> = {
  coding: { algorithms: 1 },
  'system-design': { 'system-design': 0.6, databases: 0.2, concurrency: 0.2 },
  'frontend-design': { 'system-design': 0.7, 'api-design': 0.3 },
  'mobile-design': { 'system-design': 0.6, concurrency: 0.2, databases: 0.2 },
  'ml-design': { 'system-design': 0.6, databases: 0.4 },
  'data-design': { databases: 0.6, 'system-design': 0.4 },
  'api-design': { 'api-design': 1 },
  behavioral: { behavioral: 1 },
  'people-management': { behavioral: 1 },
  presentation: { behavioral: 1 },
  // Practical rounds are coding by other means; the skill tags do most of the steering there.
  'take-home': { algorithms: 0.5, 'api-design': 0.5 },
  'pair-programming': { algorithms: 1 },
  debugging: { algorithms: 0.5, concurrency: 0.5 },
  // Domain rounds probe the stack itself; the skill tags do most of the steering there.
  domain: { databases: 0.5, concurrency: 0.5 },
};

/** How much more often a topic the role's rounds fully cover comes up than one they do not. */
const ROLE_EMPHASIS = 4;

/** Relative weight of each topic: 1 for every topic, more for those the role's rounds call for. */
export function topicWeights(role: TargetRole | null): Record<Topic, number> {
  const weights = Object.fromEntries(TOPICS.map((topic) => [topic, 1])) as Record<Topic, number>;
  const total = role?.rounds.reduce((sum, round) => sum + round.weight, 0) ?? 0;
  if (!role || total <= 0) return weights;
  for (const round of role.rounds) {
    for (const [topic, share] of Object.entries(ROUND_TOPICS[round.kind]) as [Topic, number][]) {
      weights[topic] += (ROLE_EMPHASIS * share * round.weight) / total;
    }
  }
  return weights;
}

/** A skill as a bank tag: "PostgreSQL" → "postgresql", "Two Pointers" → "two-pointers". */
function toTag(skill: string): string {
  return skill
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function skillTags(role: TargetRole | null): Set<string> {
  return new Set((role?.skills ?? []).map(toTag).filter((tag) => tag.length > 0));
}
