import * as z from 'zod/mini';
import { lazy } from '../lazy';
import {
  CODING_STAGES,
  DESIGN_SECTIONS,
  DIMENSIONS,
  MAX_NOTES_CHARS,
  MAX_STAR_PART,
  MAX_STORY_TITLE,
  MAX_TURN_CHARS,
  MAX_TURNS,
  SPEAKERS,
  STAR_PARTS,
} from './names';

/*
 * What the panel sends with a mock's model request: the round as it stands. The worker loads
 * neither the problem library nor the design cases, so the interviewer's notes travel with the
 * request; the transcript, the notes and the code are the user's and are delimited as such in the
 * prompt. Validated where it enters the background, with the rest of the request.
 */

const minutesSchema = lazy(() => z.number().check(z.nonnegative(), z.lte(10_000)));
const Line = (max: number) => z.string().check(z.maxLength(max));

const briefTurnSchema = lazy(() =>
  z.object({
    speaker: z.enum(SPEAKERS),
    phase: Line(40),
    text: Line(MAX_TURN_CHARS),
  }),
);

const transcriptSchema = lazy(() => z.array(briefTurnSchema()).check(z.maxLength(MAX_TURNS)));

export const codingBriefSchema = lazy(() =>
  z.object({
    kind: z.literal('coding'),
    stage: z.enum([...CODING_STAGES, 'review']),
    /** The candidate just moved into `stage`: the interviewer opens it. */
    opening: z.optional(z.boolean()),
    elapsedMin: minutesSchema(),
    roundMin: minutesSchema(),
    stageMin: minutesSchema(),
    stageBudgetMin: minutesSchema(),
    /** The library's follow-ups for the problem (or the general ones), in order. */
    followUps: z.array(Line(600)).check(z.maxLength(4)),
    followUpsAsked: z.number().check(z.int(), z.nonnegative()),
    /** What the library knows of the best solution: for the interviewer's eyes only. */
    notes: z.optional(z.object({ complexity: Line(300), keyInsight: Line(600) })),
    /** What Sparring measured of the round, for the scorecard. */
    facts: z.optional(z.array(Line(300)).check(z.maxLength(16))),
    /**
     * The rubric the scorecard is written against, each dimension's anchors for scores 1 to 4: the
     * panel's knowledge, sent with the request as the case's checklist is, so the worker (woken on
     * every page load) does not carry it.
     */
    rubric: z.optional(
      z
        .array(
          z.object({
            dimension: z.enum(DIMENSIONS),
            title: Line(60),
            question: Line(300),
            anchors: z.array(Line(300)).check(z.minLength(4), z.maxLength(4)),
          }),
        )
        .check(z.minLength(4), z.maxLength(4)),
    ),
    transcript: transcriptSchema(),
    code: z.nullable(Line(20_000)),
  }),
);
export type CodingBrief = z.infer<ReturnType<typeof codingBriefSchema>>;

export const designBriefSchema = lazy(() =>
  z.object({
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
    elapsedMin: minutesSchema(),
    roundMin: minutesSchema(),
    /** The section Sparring reads as the weakest so far (lib/mock/design.ts). */
    weakest: z.enum(DESIGN_SECTIONS),
    transcript: transcriptSchema(),
  }),
);
export type DesignBrief = z.infer<ReturnType<typeof designBriefSchema>>;

/** One story of the bank, for feedback: its STAR parts as written and the competencies it is tagged with. */
const storyBriefSchema = lazy(() =>
  z.object({
    kind: z.literal('story'),
    story: z.object({
      title: Line(MAX_STORY_TITLE),
      competencies: z.array(Line(60)).check(z.maxLength(12)),
      ...(Object.fromEntries(STAR_PARTS.map((part) => [part, Line(MAX_STAR_PART)])) as Record<
        (typeof STAR_PARTS)[number],
        z.ZodMiniString
      >),
    }),
  }),
);
export type StoryBrief = z.infer<ReturnType<typeof storyBriefSchema>>;

export const mockBriefSchema = lazy(() =>
  z.discriminatedUnion('kind', [codingBriefSchema(), designBriefSchema(), storyBriefSchema()]),
);
export type MockBrief = z.infer<ReturnType<typeof mockBriefSchema>>;
