import * as z from 'zod/mini';
import { TRACKS } from '../tracks';

const text = z.string().check(z.minLength(8), z.maxLength(600));
const list = (min: number, max: number) => z.array(text).check(z.minLength(min), z.maxLength(max));

/** The levels a case is pitched at; the coach only offers a case to a level it suits. */
export const CASE_LEVELS = ['junior', 'mid', 'senior', 'staff', 'manager'] as const;

/**
 * One system-design (or, for managers, organisation-design) case study as a senior interviewer would
 * run it. Original writing, kept as JSON under `cases/<id>.json` and validated by a schema test.
 */
export const DesignCase = z.strictObject({
  /** Kebab-case, equal to the file name. */
  id: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
  title: z.string().check(z.minLength(4), z.maxLength(100)),
  track: z.enum(TRACKS),
  /** Product domains it fits ("payments", "social", "developer-tools"…), matched against the posting. */
  domains: z.array(z.string().check(z.regex(/^[a-z0-9-]+$/))).check(z.minLength(1), z.maxLength(8)),
  /** Canonical skill names (as the skill taxonomy spells them) whose deep dives this case hosts. */
  stack: z.array(z.string().check(z.minLength(1))).check(z.maxLength(16)),
  levels: z.array(z.enum(CASE_LEVELS)).check(z.minLength(1)),
  /** The question as the interviewer asks it, in one or two sentences. */
  prompt: text,
  /** Questions to ask before designing: functional scope first, then the numbers and guarantees. */
  requirements: list(4, 10),
  /** The interface: endpoints, events or component contracts, each with a note on its shape. */
  api: list(2, 8),
  dataModel: list(2, 8),
  /** The estimate to do aloud: the numbers to assume and the arithmetic that sizes the system. */
  estimate: list(2, 6),
  /** The shape of a good first architecture, in the order a candidate would draw it. */
  architecture: list(3, 8),
  /** Where the interviewer pushes; `stack` entries name the skills that make a dive relevant. */
  deepDives: z
    .array(
      z.strictObject({
        topic: z.string().check(z.minLength(4)),
        points: list(2, 6),
        stack: z.optional(z.array(z.string())),
      }),
    )
    .check(z.minLength(3), z.maxLength(8)),
  tradeoffs: list(2, 6),
  followUps: list(2, 6),
  /** What each level is expected to reach in the time; only the levels the case is offered at. */
  levelNotes: z.partialRecord(z.enum(CASE_LEVELS), text),
  /** What a strong answer covers: the self-review and the debrief score against it. */
  checklist: list(6, 14),
});
export type DesignCase = z.infer<typeof DesignCase>;
