import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import { TOPICS, type Topic } from './topics';

export const ROUND_KINDS = ['coding', 'system-design', 'api-design', 'behavioral', 'domain'] as const;

/** The role the user prepares for, as the side panel saves it from a job posting. */
export const TargetRole = z.object({
  rounds: z.array(z.object({ kind: z.enum(ROUND_KINDS), weight: z.number().check(z.nonnegative()) })),
  skills: z.array(z.string()),
});
export type TargetRole = z.infer<typeof TargetRole>;

/** Written by the side panel, read by the popup's scheduler. */
export const targetRoleItem = storage.defineItem<TargetRole | null>('local:targetRole', {
  fallback: null,
  version: 1,
});

/** The saved target role, or null when there is none or it no longer parses. */
export async function loadTargetRole(): Promise<TargetRole | null> {
  const parsed = z.safeParse(TargetRole, await targetRoleItem.getValue());
  return parsed.success ? parsed.data : null;
}

export async function saveTargetRole(role: TargetRole | null): Promise<void> {
  await targetRoleItem.setValue(role === null ? null : z.parse(TargetRole, role));
}

/** Which topics prepare for which round, and how much of the round each covers. */
const ROUND_TOPICS: Record<TargetRole['rounds'][number]['kind'], Partial<Record<Topic, number>>> = {
  coding: { algorithms: 1 },
  'system-design': { 'system-design': 0.6, databases: 0.2, concurrency: 0.2 },
  'api-design': { 'api-design': 1 },
  behavioral: { behavioral: 1 },
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
export function toTag(skill: string): string {
  return skill
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function skillTags(role: TargetRole | null): Set<string> {
  return new Set((role?.skills ?? []).map(toTag).filter((tag) => tag.length > 0));
}
