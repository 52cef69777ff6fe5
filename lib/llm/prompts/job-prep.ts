import { z } from 'zod';
import {
  type BuiltPrompt,
  type JobInput,
  jobAnalysisBlock,
  jobPageBlock,
  type OfflineJobAnalysis,
  system,
} from './shared';

export const version = 'job-prep@1';

/** What the model must return for a job posting; validated before anything is shown. */
export const JobPrep = z.object({
  roleBrief: z.object({
    summary: z.string().min(1),
    level: z.string(),
    stack: z.array(z.string()).max(20),
    focusAreas: z.array(z.string()).max(8),
  }),
  likelyRounds: z.array(z.object({ name: z.string().min(1), whatToExpect: z.string() })).max(8),
  systemDesignChecklist: z
    .array(z.object({ topic: z.string().min(1), why: z.string(), points: z.array(z.string()).max(8) }))
    .min(1)
    .max(10),
  behaviouralPrompts: z
    .array(z.object({ prompt: z.string().min(1), competency: z.string(), starTip: z.string() }))
    .min(1)
    .max(10),
  stackQuestions: z
    .array(z.object({ topic: z.string().min(1), question: z.string().min(1), whatGoodLooksLike: z.string() }))
    .min(1)
    .max(15),
});
export type JobPrep = z.infer<typeof JobPrep>;

const INSTRUCTIONS = `Task: prepare the user for interviews for the job posting given, as structured data matching the schema.
- roleBrief: a two-sentence summary of the role, the seniority level it implies, its stack, and what its interviews will focus on.
- likelyRounds: the interview rounds such a company typically runs for this role, each with what to expect.
- systemDesignChecklist: system-design topics tailored to this role's domain and scale, each with why it matters here and the points to cover.
- behaviouralPrompts: behavioural questions this role's responsibilities suggest, each with the competency it probes and a tip for a STAR answer.
- stackQuestions: technical questions likely for this stack, each with what a good answer covers.
Base everything on the posting and the offline analysis; do not invent facts about the company.`;

export interface JobPrepInput {
  job: JobInput;
  analysis?: OfflineJobAnalysis;
  /** ISO date of the interview when the user gave one, so the brief can say what to prioritise. */
  interviewDate?: string;
}

export function buildJobPrepPrompt(input: JobPrepInput): BuiltPrompt {
  const request = input.interviewDate
    ? `Prepare me for this role. My interview is on ${input.interviewDate}; put what matters most first.`
    : 'Prepare me for this role.';
  return {
    flow: 'job-prep',
    version,
    messages: [
      system(INSTRUCTIONS),
      {
        role: 'user',
        content: [jobAnalysisBlock(input.analysis), jobPageBlock(input.job), request].join('\n\n'),
      },
    ],
  };
}
