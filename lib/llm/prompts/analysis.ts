import * as z from 'zod/mini';

/*
 * The offline coach's findings as the prompts read them. The side panel has them already and sends
 * them with each request, so the service worker never loads the coach; they arrive over a port and
 * quote page text, so they are validated, bounded and then delimited like the page itself.
 */

const SHORT = 200;
const LONG = 600;
const text = (max: number) => z.string().check(z.maxLength(max));
const list = <T extends z.ZodMiniType>(item: T, max: number) => z.array(item).check(z.maxLength(max));

/** The offline coach's result as plain data; its ProblemAnalysis fits. */
export interface OfflineProblemAnalysis {
  patterns: readonly { id: string; confidence?: number }[];
  complexityTarget: string;
  complexityReason?: string;
  edgeCases: readonly string[];
}

/** What the offline job coach found, as plain data; its JobAnalysis fits. */
export interface OfflineJobAnalysis {
  seniority?: string;
  skills?: readonly string[];
  topics?: readonly string[];
  rounds?: readonly { kind: string; title: string; weight?: number }[];
}

const ProblemFindings = z.object({
  patterns: list(
    z.object({ id: text(SHORT), confidence: z.optional(z.number().check(z.gte(0), z.lte(1))) }),
    20,
  ),
  complexityTarget: text(SHORT),
  complexityReason: z.optional(text(LONG)),
  edgeCases: list(text(LONG), 30),
});

const JobFindings = z.object({
  seniority: z.optional(text(SHORT)),
  skills: z.optional(list(text(SHORT), 60)),
  topics: z.optional(list(text(SHORT), 40)),
  rounds: z.optional(
    list(
      z.object({
        kind: text(SHORT),
        title: text(SHORT),
        weight: z.optional(z.number().check(z.gte(0), z.lte(1))),
      }),
      12,
    ),
  ),
});

export const PromptAnalysis = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('problem'), analysis: ProblemFindings }),
  z.object({ kind: z.literal('job'), analysis: JobFindings }),
]);
export type PromptAnalysis = z.infer<typeof PromptAnalysis>;

/** What the panel's coach result looks like, as far as the prompts care (its full types fit). */
export type CoachFindings =
  | { kind: 'problem'; analysis: OfflineProblemAnalysis }
  | { kind: 'job'; analysis: OfflineJobAnalysis };

/** Only the fields the prompts read, clipped to the bounds the background accepts. */
export function promptAnalysis(result: CoachFindings): PromptAnalysis {
  const clip = (value: string, max = SHORT) => value.slice(0, max);
  if (result.kind === 'problem') {
    const { patterns, complexityTarget, complexityReason, edgeCases } = result.analysis;
    return {
      kind: 'problem',
      analysis: {
        patterns: patterns.slice(0, 20).map(({ id, confidence }) => ({
          id: clip(id),
          ...(confidence === undefined ? {} : { confidence: Math.min(Math.max(confidence, 0), 1) }),
        })),
        complexityTarget: clip(complexityTarget),
        ...(complexityReason ? { complexityReason: clip(complexityReason, LONG) } : {}),
        edgeCases: edgeCases.slice(0, 30).map((edge) => clip(edge, LONG)),
      },
    };
  }
  const { seniority, skills, topics, rounds } = result.analysis;
  return {
    kind: 'job',
    analysis: {
      ...(seniority ? { seniority: clip(seniority) } : {}),
      ...(skills ? { skills: skills.slice(0, 60).map((skill) => clip(skill)) } : {}),
      ...(topics ? { topics: topics.slice(0, 40).map((topic) => clip(topic)) } : {}),
      ...(rounds
        ? {
            rounds: rounds.slice(0, 12).map(({ kind, title, weight }) => ({
              kind: clip(kind),
              title: clip(title),
              ...(weight === undefined ? {} : { weight: Math.min(Math.max(weight, 0), 1) }),
            })),
          }
        : {}),
    },
  };
}
