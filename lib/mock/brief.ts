import * as z from 'zod/mini';
import { CODING_STAGES } from './coding';
import { DESIGN_SECTIONS, MAX_NOTES_CHARS } from './design';
import { MAX_TURN_CHARS, MAX_TURNS, SPEAKERS } from './transcript';

/*
 * What the panel sends with a mock's model request: the round as it stands. The worker loads
 * neither the problem library nor the design cases, so the interviewer's notes travel with the
 * request; the transcript, the notes and the code are the user's and are delimited as such in the
 * prompt. Validated where it enters the background, with the rest of the request.
 */

const Minutes = z.number().check(z.nonnegative(), z.lte(10_000));
const Line = (max: number) => z.string().check(z.maxLength(max));

export const BriefTurn = z.object({
  speaker: z.enum(SPEAKERS),
  phase: Line(40),
  text: Line(MAX_TURN_CHARS),
});

const Transcript = z.array(BriefTurn).check(z.maxLength(MAX_TURNS));

export const CodingBrief = z.object({
  kind: z.literal('coding'),
  stage: z.enum([...CODING_STAGES, 'review']),
  /** The candidate just moved into `stage`: the interviewer opens it. */
  opening: z.optional(z.boolean()),
  elapsedMin: Minutes,
  roundMin: Minutes,
  stageMin: Minutes,
  stageBudgetMin: Minutes,
  /** The library's follow-ups for the problem (or the general ones), in order. */
  followUps: z.array(Line(600)).check(z.maxLength(4)),
  followUpsAsked: z.number().check(z.int(), z.nonnegative()),
  /** What the library knows of the best solution: for the interviewer's eyes only. */
  notes: z.optional(z.object({ complexity: Line(300), keyInsight: Line(600) })),
  /** What Sparring measured of the round, for the scorecard. */
  facts: z.optional(z.array(Line(300)).check(z.maxLength(16))),
  transcript: Transcript,
  code: z.nullable(Line(20_000)),
});
export type CodingBrief = z.infer<typeof CodingBrief>;

export const DesignBrief = z.object({
  kind: z.literal('design'),
  phase: z.enum(['working', 'review']),
  case: z.object({
    title: Line(200),
    prompt: Line(600),
    checklist: z.array(Line(600)).check(z.maxLength(14)),
    deepDives: z.array(Line(200)).check(z.maxLength(8)),
    levelNote: z.optional(Line(600)),
  }),
  notes: z.object(
    Object.fromEntries(DESIGN_SECTIONS.map((section) => [section, Line(MAX_NOTES_CHARS)])) as Record<
      (typeof DESIGN_SECTIONS)[number],
      z.ZodMiniString
    >,
  ),
  elapsedMin: Minutes,
  roundMin: Minutes,
  /** The section Sparring reads as the weakest so far (lib/mock/design.ts). */
  weakest: z.enum(DESIGN_SECTIONS),
  transcript: Transcript,
});
export type DesignBrief = z.infer<typeof DesignBrief>;

export const StoryBrief = z.object({
  kind: z.literal('story'),
  story: z.object({
    title: Line(120),
    situation: Line(2_000),
    task: Line(2_000),
    action: Line(2_000),
    result: Line(2_000),
    competencies: z.array(Line(40)).check(z.maxLength(12)),
  }),
  /** The behavioural question it is meant to answer, when there is one. */
  question: z.optional(Line(600)),
});
export type StoryBrief = z.infer<typeof StoryBrief>;

export const MockBrief = z.discriminatedUnion('kind', [CodingBrief, DesignBrief, StoryBrief]);
export type MockBrief = z.infer<typeof MockBrief>;
