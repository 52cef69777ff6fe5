import * as z from 'zod/mini';
import { lazy } from '../../lazy';
import {
  type BuiltPrompt,
  type JobInput,
  jobSubject,
  type OfflineJobAnalysis,
  system,
  userMessage,
} from './shared';

export const version = 'job-prep@2';

const nonEmpty = () => z.string().check(z.minLength(1));

/**
 * What the model must return for a job posting; validated before anything is shown. The lists are
 * short on purpose: a 7B model on a laptop CPU writes a few hundred tokens a minute, and a brief
 * that arrives beats a thorough one that times out.
 */
export const jobPrepSchema = lazy(() =>
  z.object({
    roleBrief: z.object({
      summary: nonEmpty(),
      level: z.string(),
      stack: z.array(z.string()).check(z.maxLength(12)),
      focusAreas: z.array(z.string()).check(z.maxLength(5)),
    }),
    likelyRounds: z.array(z.object({ name: nonEmpty(), whatToExpect: z.string() })).check(z.maxLength(5)),
    systemDesignChecklist: z
      .array(
        z.object({ topic: nonEmpty(), why: z.string(), points: z.array(z.string()).check(z.maxLength(4)) }),
      )
      .check(z.minLength(1), z.maxLength(4)),
    behaviouralPrompts: z
      .array(z.object({ prompt: nonEmpty(), competency: z.string(), starTip: z.string() }))
      .check(z.minLength(1), z.maxLength(4)),
    stackQuestions: z
      .array(z.object({ topic: nonEmpty(), question: nonEmpty(), whatGoodLooksLike: z.string() }))
      .check(z.minLength(1), z.maxLength(5)),
  }),
);
export type JobPrep = z.infer<ReturnType<typeof jobPrepSchema>>;

const SECTIONS = `- roleBrief: a two-sentence summary of the role, the seniority level it implies, its stack, and what its interviews will focus on.
- likelyRounds: the interview rounds such a company typically runs for this role, each with what to expect.
- systemDesignChecklist: system-design topics tailored to this role's domain and scale, each with why it matters here and the points to cover.
- behaviouralPrompts: behavioural questions this role's responsibilities suggest, each with the competency it probes and a tip for a STAR answer.
- stackQuestions: technical questions likely for this stack, each with what a good answer covers.
Keep every text to one or two sentences, and the lists short (four or five items at most).
Base everything on the posting and the offline analysis; do not invent facts about the company.`;

const INSTRUCTIONS = `Task: prepare the user for interviews for the job posting given, as structured data matching the schema.
${SECTIONS}`;

/** For a model that could not give the structure: the same brief, as Markdown it can write. */
const MARKDOWN_INSTRUCTIONS = `Task: prepare the user for interviews for the job posting given, as a short Markdown brief with these sections, each a "###" heading with a few bullet points:
${SECTIONS}`;

export interface JobPrepInput {
  job: JobInput;
  analysis?: OfflineJobAnalysis;
  /** ISO date of the interview when the user gave one, so the brief can say what to prioritise. */
  interviewDate?: string;
}

function build(input: JobPrepInput, instructions: string): BuiltPrompt {
  const request = input.interviewDate
    ? `Prepare me for this role. My interview is on ${input.interviewDate}; put what matters most first.`
    : 'Prepare me for this role.';
  return {
    flow: 'job-prep',
    version,
    messages: [system(instructions), userMessage([...jobSubject(input.job, input.analysis), request])],
  };
}

export function buildJobPrepPrompt(input: JobPrepInput): BuiltPrompt {
  return build(input, INSTRUCTIONS);
}

export function buildJobPrepMarkdownPrompt(input: JobPrepInput): BuiltPrompt {
  return build(input, MARKDOWN_INSTRUCTIONS);
}
