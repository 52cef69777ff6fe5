import * as z from 'zod/mini';
import { lazy } from '../../lazy';
import type { CodingBrief } from '../../mock/brief';
import { CODING_STAGES, type CodingStage, DIMENSIONS, type Dimension, STAGE_TITLES } from '../../mock/names';
import type { PromptMessage } from '../tokens';
import { fitRound, roundSoFar } from './mock-round';
import {
  type BuiltPrompt,
  block,
  type OfflineProblemAnalysis,
  type ProblemInput,
  problemPageBlock,
  system,
} from './shared';

export const version = 'interviewer@3';
const scorecardVersion = 'mock-scorecard@2';

/** A statement of a few paragraphs fits whole; a longer one is cut (the candidate has the page). */
const PROBLEM_BUDGET = 750;
/** The code read from the editor, at most; what is left of the budget goes to the transcript. */
const CODE_BUDGET = 550;
/** The transcript never gets less than this, even beside long code. */
const MIN_TRANSCRIPT = 250;

const INTERVIEWER = `Task: you are the interviewer in a mock coding interview on the problem given. The user is the candidate, practising. Run the round as a fair senior interviewer at a software company would, one turn at a time.
How you run it:
- Stay in the stage the round's state names. Speak only as the interviewer: one short turn of one to four sentences, then stop. Never write the candidate's lines or a "Candidate:" label.
- Restate and clarify: answer questions briefly and truthfully from the problem. If the candidate asks nothing, ask what they would want pinned down about the input (size, ranges, empty input, duplicates). Do not volunteer an approach.
- Approach and complexity: if they skip the brute force, ask for it and its cost. For every approach they propose, ask its time and space complexity if they did not say it. If your notes show a better complexity exists, push once: "Can we do better?". Agree before they code.
- Code: stay mostly quiet. Answer questions. If they have been silent or stuck for a while, ask what they are thinking.
- Test: ask them to trace their code on a small example, tracking the variables, then to name the edge cases they would test. Point at a bug only by asking about an input that exposes it; never fix it.
- Follow-ups: ask the follow-up questions in your notes one at a time, in order, worded for their solution; skip one they have already answered.
Hints: only when the candidate asks for one or repeats a wrong idea twice, and only the smallest that unblocks them: a question about the problem's own property, never a technique's name first, never code. Say that it is a hint.
Never reveal the solution, the key insight or any code, and never say how they are scoring. Do not praise every answer; acknowledge briefly and move on. If a stage's time is up, say so and move them on.`;

export interface InterviewerInput {
  problem: ProblemInput;
  analysis?: OfflineProblemAnalysis;
  brief: CodingBrief;
}

function stageName(phase: string): string {
  return (CODING_STAGES as readonly string[]).includes(phase) ? STAGE_TITLES[phase as CodingStage] : 'Review';
}

/** What only the interviewer sees: the best complexity, the key insight and the follow-ups. */
function interviewerNotes(input: InterviewerInput): string {
  const { brief, analysis } = input;
  const lines = ["Interviewer's notes (for you only; never read them out):"];
  if (brief.notes) {
    lines.push(
      `- Best known solution: ${brief.notes.complexity}.`,
      `- Key insight: ${brief.notes.keyInsight}`,
    );
  } else if (analysis?.query) {
    // A query has no big-O target: the interviewer probes its plan instead.
    const tables = analysis.query.tables.map((table) => table.name).join(', ');
    const lang = analysis.query.dialect === 'pandas' ? 'pandas' : 'SQL';
    lines.push(
      `- A ${lang} problem over ${tables || "the page's tables"}: ask how it behaves on large data (for a query, which index serves it), not a big-O figure.`,
      '- In the approach stage, ask for no brute force: have them plan the query (the tables and how they join, what one result row stands for, the grouping, NULLs, ties); in testing, ask for rows that break it (no match, a NULL, a tie).',
      `- ${lang} ideas it needs: ${analysis.query.ideas.map((idea) => idea.name).join('; ') || 'none detected'}.`,
    );
  } else if (analysis) {
    lines.push(`- Complexity the constraints allow (Sparring's estimate): ${analysis.complexityTarget}.`);
  }
  if (brief.followUps.length > 0) {
    lines.push(
      '- Follow-up questions, in order:',
      ...brief.followUps.map((question, index) => `  ${index + 1}. ${question}`),
    );
    lines.push(`- Follow-ups asked so far: ${brief.followUpsAsked} of ${brief.followUps.length}.`);
  }
  return lines.join('\n');
}

function roundState(brief: CodingBrief): string {
  if (brief.stage === 'review')
    return `Round state: over, after ${Math.round(brief.elapsedMin)} of ${brief.roundMin} minutes.`;
  const index = CODING_STAGES.indexOf(brief.stage) + 1;
  return (
    `Round state: stage ${index} of ${CODING_STAGES.length}, ${STAGE_TITLES[brief.stage]}. ` +
    `${Math.round(brief.elapsedMin)} of ${brief.roundMin} minutes gone; ` +
    `this stage ${Math.round(brief.stageMin)} of its ${brief.stageBudgetMin} minutes.`
  );
}

function nextTurn(brief: CodingBrief): string {
  if (brief.stage !== 'review' && brief.opening)
    return `The candidate has just moved on to ${STAGE_TITLES[brief.stage]}. Open this stage as the interviewer.`;
  return "Reply as the interviewer with your next turn, to the candidate's last words.";
}

function codeBlock(code: string | null): string {
  return code === null
    ? 'No code has been read from the editor yet.'
    : `The candidate's code, read from the editor:\n${block('user_code', code, CODE_BUDGET)}`;
}

/** One interviewer turn: within MOCK_TURN_LIMIT tokens whatever the round's length. */
export function buildInterviewerPrompt(input: InterviewerInput): BuiltPrompt {
  const { brief } = input;
  const build = (transcript: string): PromptMessage[] => [
    system(INTERVIEWER),
    {
      role: 'user',
      content: [problemPageBlock(input.problem, PROBLEM_BUDGET), interviewerNotes(input)].join('\n\n'),
    },
    {
      role: 'user',
      content: [
        roundState(brief),
        roundSoFar('The round so far', transcript),
        codeBlock(brief.code),
        nextTurn(brief),
      ].join('\n\n'),
    },
  ];
  return {
    flow: 'interviewer',
    version,
    messages: fitRound(build, brief.transcript, stageName, MIN_TRANSCRIPT),
  };
}

/* ---------------------------------------------------------------------------------------------- */

/** The anchors as the scorer reads them; the brief carries them (see lib/mock/brief.ts). */
function rubricText(rubric: Rubric): string {
  return rubric
    .map(({ dimension, title, question, anchors }) => {
      const lines = anchors.map((anchor, index) => `  ${index + 1}: ${anchor}`).join('\n');
      return `${dimension} (${title}): ${question}\n${lines}`;
    })
    .join('\n');
}

export type Rubric = NonNullable<CodingBrief['rubric']>;

const scorer = (
  rubric: Rubric,
) => `Task: the mock coding interview below has ended. Write the interviewer's scorecard as structured data matching the schema.
Score each of the four dimensions from 1 to 4 against these anchors:
${rubricText(rubric)}
Rules:
- Score only what the round showed: the transcript, the code and Sparring's measurements. What the candidate did not show scores low, however likely they know it.
- Give each dimension one to three pieces of evidence: a short quote or a specific observation from the round (a question asked, a complexity stated, a bug found or missed), never a generic remark.
- summary: two or three sentences, the strongest signal first, then the one thing to practise next, concretely.`;

export const scorecardSchema = lazy(() =>
  z.object({
    dimensions: z
      .array(
        z.object({
          dimension: z.enum(DIMENSIONS),
          score: z.number().check(z.int(), z.gte(1), z.lte(4)),
          evidence: z.array(z.string().check(z.minLength(1))).check(z.minLength(1), z.maxLength(3)),
        }),
      )
      .check(z.minLength(4), z.maxLength(4)),
    summary: z.string().check(z.minLength(1)),
  }),
);
export type ScorecardOutput = z.infer<ReturnType<typeof scorecardSchema>>;
export type { Dimension };

/** The end of the round: the rubric, the measurements, the code and the transcript, within the same limit. */
export function buildScorecardPrompt(input: InterviewerInput, rubric: Rubric): BuiltPrompt {
  const { brief } = input;
  const facts = brief.facts?.length ? brief.facts.map((fact) => `- ${fact}`).join('\n') : '- None recorded.';
  const build = (transcript: string): PromptMessage[] => [
    system(scorer(rubric)),
    {
      role: 'user',
      content: [
        problemPageBlock(input.problem, PROBLEM_BUDGET / 2),
        interviewerNotes(input),
        roundState(brief),
        `Sparring's measurements of the round:\n${facts}`,
        codeBlock(brief.code),
        roundSoFar("The round's transcript", transcript),
      ].join('\n\n'),
    },
  ];
  return {
    flow: 'mock-scorecard',
    version: scorecardVersion,
    messages: fitRound(build, brief.transcript, stageName, MIN_TRANSCRIPT),
  };
}
