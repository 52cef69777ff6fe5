import type { ZodMiniType } from 'zod/mini';
import type { JobContext, ProblemContext } from '@/lib/extract/context';
import type { CodingBrief, DesignBrief, MockBrief, StoryBrief } from '@/lib/mock/brief';
import { STAR_PARTS } from '@/lib/mock/names';
import { refusal } from './errors';
import type { PanelFlow } from './flow-ids';
import { jobPrepMarkdown } from './job-prep-markdown';
import type { PromptAnalysis } from './prompts/analysis';
import { buildApproachPrompt } from './prompts/approach';
import type { HintAttempt } from './prompts/attempt';
import { buildChatPrompt, type ChatTurn } from './prompts/chat';
import {
  buildDebriefPrompt,
  buildDesignInterviewerPrompt,
  debriefSchema,
} from './prompts/design-interviewer';
import { buildHintPrompt } from './prompts/hint';
import { buildInterviewerPrompt, buildScorecardPrompt, scorecardSchema } from './prompts/interviewer';
import {
  buildJobPrepMarkdownPrompt,
  buildJobPrepPrompt,
  type JobPrep,
  jobPrepSchema,
} from './prompts/job-prep';
import { buildQuizPrompt, type QuizRequest, quizBatchSchema } from './prompts/quiz';
import { buildReviewPrompt } from './prompts/review';
import type { BuiltPrompt } from './prompts/shared';
import { buildStoryFeedbackPrompt } from './prompts/story';

/**
 * The registry of model flows: what each asks, whether its answer streams as text or arrives as
 * validated structure, where the panel shows it and how long it may be. The protocol's flow list,
 * the background's answer service and the panel's answer slots all read this table.
 */

export { PANEL_FLOWS, type PanelFlow } from './flow-ids';

/** A panel request as the flows read it (the protocol's AskRequest fits). */
export interface FlowRequest {
  flow: PanelFlow;
  level?: number;
  confirmedSolution?: boolean;
  /** The user's approach, code or chat message. */
  input?: string;
  /** For a hint: where the user is (code they asked Sparring to read, their last approach check). */
  attempt?: HintAttempt;
  /** A mock's round as it stands (the mock flows read nothing else of the user's). */
  mock?: MockBrief;
}

export interface FlowInput {
  request: FlowRequest;
  subject: ProblemContext | JobContext;
  analysis: PromptAnalysis | undefined;
  /** Earlier chat turns, oldest first (only the chat reads them). */
  history: readonly ChatTurn[];
}

/** A structured flow's output: its schema, and how the panel shows a valid answer. */
export interface StructuredOutput {
  schema: () => ZodMiniType;
  name: string;
  /** Only ever called with data `schema` accepted. */
  toMarkdown?: (data: unknown) => string;
  /** A plain Markdown prompt to fall back on when a model cannot produce the structure. */
  markdownFallback?: (input: FlowInput) => BuiltPrompt;
}

/** Declares an output with its data type, checked here once; the registry holds it type-erased. */
function structuredOutput<T>(spec: {
  schema: () => ZodMiniType<T>;
  name: string;
  toMarkdown?: (data: T) => string;
  markdownFallback?: (input: FlowInput) => BuiltPrompt;
}): StructuredOutput {
  const { toMarkdown } = spec;
  // The answer service calls toMarkdown only with what the schema validated, which is a T.
  return { ...spec, toMarkdown: toMarkdown && ((data) => toMarkdown(data as T)) };
}

export interface FlowSpec<Input> {
  id: PanelFlow | 'quiz';
  /** Text streamed as it is written, or JSON validated against a schema once complete. */
  mode: 'stream' | 'structured';
  /** The panel's answer slot, or null for a flow the popup runs. */
  slot: ((request: FlowRequest) => string) | null;
  /** The answer's token limit, sent with the request. */
  maxTokens: (input: Input) => number;
  /** Whether an identical request is answered from the cache (a chat turn never is). */
  cached: boolean;
  build: (input: Input) => BuiltPrompt;
  output?: StructuredOutput;
}

function refuse(message: string): never {
  throw refusal('bad-request', message);
}

function problemOf({ subject }: FlowInput): ProblemContext {
  if (subject.kind !== 'problem')
    refuse('That kind of help is for coding problems; this tab shows a job posting.');
  return subject;
}

function jobOf({ subject }: FlowInput): JobContext {
  if (subject.kind !== 'job')
    refuse('That kind of help is for job postings; this tab shows a coding problem.');
  return subject;
}

function problemAnalysis({ analysis }: FlowInput) {
  return analysis?.kind === 'problem' ? analysis.analysis : undefined;
}

function jobAnalysis({ analysis }: FlowInput) {
  return analysis?.kind === 'job' ? analysis.analysis : undefined;
}

function needsInput({ request }: FlowInput, what: string): string {
  const input = request.input?.trim();
  if (!input) refuse(`Write ${what} first, then ask again.`);
  return input;
}

function hintLevel({ request }: FlowInput): 1 | 2 | 3 | 4 {
  const level = request.level ?? 1;
  return (
    ([1, 2, 3, 4] as const).find((known) => known === level) ?? refuse(`There is no hint level ${level}.`)
  );
}

function briefOf<K extends MockBrief['kind']>(
  { request }: FlowInput,
  kind: K,
): Extract<MockBrief, { kind: K }> {
  const brief = request.mock;
  if (brief?.kind !== kind) refuse('That needs a mock in progress; start one from the panel.');
  return brief as Extract<MockBrief, { kind: K }>;
}

function codingInterviewInput(input: FlowInput, brief: CodingBrief) {
  return { problem: problemOf(input), analysis: problemAnalysis(input), brief };
}

/** A design mock is run beside its posting: the case and the notes travel in the brief. */
function designBrief(input: FlowInput): DesignBrief {
  jobOf(input);
  return briefOf(input, 'design');
}

/** A story with nothing in any STAR part gives the model nothing to judge. */
function storyBrief(input: FlowInput): StoryBrief {
  const brief = input.request.mock;
  if (brief?.kind !== 'story') refuse('Feedback needs a story from your story bank.');
  if (STAR_PARTS.every((part) => !brief.story[part].trim()))
    refuse('This story is empty: write its situation, task, action and result first.');
  return brief;
}

function jobPrepInput(input: FlowInput) {
  return { job: jobOf(input), analysis: jobAnalysis(input) };
}

const jobPrepOutput = structuredOutput<JobPrep>({
  schema: jobPrepSchema,
  name: 'job_prep',
  toMarkdown: jobPrepMarkdown,
  markdownFallback: (input) => buildJobPrepMarkdownPrompt(jobPrepInput(input)),
});

export const FLOWS = {
  hint: {
    id: 'hint',
    mode: 'stream',
    slot: (request) => `hint-${request.level ?? 1}`,
    // A nudge is a sentence or two; the full solution carries code.
    maxTokens: (input) => (hintLevel(input) === 4 ? 1_500 : 600),
    cached: true,
    build: (input) => {
      const level = hintLevel(input);
      const base = {
        problem: problemOf(input),
        analysis: problemAnalysis(input),
        attempt: input.request.attempt,
      };
      if (level !== 4) return buildHintPrompt({ ...base, level });
      if (input.request.confirmedSolution !== true)
        refuse('The full solution needs your explicit confirmation.');
      return buildHintPrompt({ ...base, level, confirmedSolution: true });
    },
  },
  approach: {
    id: 'approach',
    mode: 'stream',
    slot: () => 'approach',
    maxTokens: () => 900,
    cached: true,
    build: (input) =>
      buildApproachPrompt({
        problem: problemOf(input),
        analysis: problemAnalysis(input),
        approach: needsInput(input, 'your approach'),
      }),
  },
  review: {
    id: 'review',
    mode: 'stream',
    slot: () => 'review',
    maxTokens: () => 1_200,
    cached: true,
    build: (input) =>
      buildReviewPrompt({
        problem: problemOf(input),
        analysis: problemAnalysis(input),
        code: needsInput(input, 'or paste your code'),
      }),
  },
  chat: {
    id: 'chat',
    mode: 'stream',
    slot: () => 'chat',
    maxTokens: () => 1_000,
    cached: false,
    build: (input) => {
      const message = needsInput(input, 'your question');
      const subject =
        input.subject.kind === 'problem'
          ? { kind: 'problem' as const, problem: input.subject, analysis: problemAnalysis(input) }
          : { kind: 'job' as const, job: input.subject, analysis: jobAnalysis(input) };
      return buildChatPrompt({ subject, history: input.history, message });
    },
  },
  'job-prep': {
    id: 'job-prep',
    mode: 'structured',
    slot: () => 'job-prep',
    maxTokens: () => 1_500,
    cached: true,
    build: (input) => buildJobPrepPrompt(jobPrepInput(input)),
    output: jobPrepOutput,
  },
  interviewer: {
    id: 'interviewer',
    mode: 'stream',
    slot: () => 'mock-interviewer',
    // An interviewer's turn is a few sentences; a long one is a lecture.
    maxTokens: () => 350,
    cached: false,
    build: (input) =>
      input.request.mock?.kind === 'design'
        ? buildDesignInterviewerPrompt(designBrief(input))
        : buildInterviewerPrompt(codingInterviewInput(input, briefOf(input, 'coding'))),
  },
  'mock-scorecard': {
    id: 'mock-scorecard',
    mode: 'structured',
    slot: () => 'mock-scorecard',
    maxTokens: () => 900,
    cached: false,
    build: (input) => {
      const brief = briefOf(input, 'coding');
      if (!brief.rubric) refuse('The scorecard needs the rubric the panel sends with the finished round.');
      return buildScorecardPrompt(codingInterviewInput(input, brief), brief.rubric);
    },
    output: structuredOutput({ schema: scorecardSchema, name: 'mock_scorecard' }),
  },
  'design-debrief': {
    id: 'design-debrief',
    mode: 'structured',
    slot: () => 'design-debrief',
    maxTokens: () => 1_400,
    cached: false,
    build: (input) => buildDebriefPrompt(designBrief(input)),
    output: structuredOutput({ schema: debriefSchema, name: 'design_debrief' }),
  },
  'story-feedback': {
    id: 'story-feedback',
    mode: 'stream',
    slot: () => 'story-feedback',
    maxTokens: () => 700,
    // Keyed by the prompt, so an edited story is asked afresh.
    cached: true,
    build: (input) => buildStoryFeedbackPrompt(storyBrief(input)),
  },
  quiz: {
    id: 'quiz',
    mode: 'structured',
    slot: null,
    maxTokens: () => 1_800,
    cached: false,
    build: buildQuizPrompt,
    output: structuredOutput({ schema: quizBatchSchema, name: 'quiz_batch' }),
  },
} satisfies { [K in PanelFlow]: FlowSpec<FlowInput> } & { quiz: FlowSpec<QuizRequest> };

/** The panel slot a request's answer goes to, e.g. "hint-2" or "chat". */
export function slotOf(request: FlowRequest): string {
  return FLOWS[request.flow].slot(request);
}
