import { estimatePromptTokens, type PromptMessage } from '../tokens';
import {
  BUDGET,
  type BuiltPrompt,
  block,
  type OfflineProblemAnalysis,
  type ProblemInput,
  problemAnalysisBlock,
  problemPageBlock,
  system,
} from './shared';

export const version = 'hint@1';

/** The figure for one hint request, the statement included. */
export const HINT_PROMPT_TOKEN_LIMIT = 2_000;

export type HintLevel = 1 | 2 | 3 | 4;

const INSTRUCTIONS = `Task: give exactly one hint at the level named at the end of the user's message, and nothing beyond that level.
- Level 1, nudge: one or two sentences pointing at the key observation. No technique names unless unavoidable, no code.
- Level 2, approach: name the technique and the core idea in a short paragraph, with the time and space complexity it reaches. No code or pseudocode.
- Level 3, outline: the approach as a short numbered pseudocode outline. No code in a real programming language.
- Level 4, full solution: only when the request says the user confirmed they want it. Explain the idea, give complete code, then its complexity.
Never reveal a higher level's content early; stop once the level is delivered.`;

const LEVEL_REQUEST: Record<HintLevel, string> = {
  1: 'Give a level 1 hint (nudge).',
  2: 'Give a level 2 hint (approach).',
  3: 'Give a level 3 hint (pseudocode outline).',
  4: 'The user explicitly confirmed they want the full solution. Give the level 4 hint (full solution with code).',
};

interface HintInputBase {
  problem: ProblemInput;
  analysis?: OfflineProblemAnalysis;
  /** The language of the user's editor, for level 4 code. */
  language?: string;
}

/** Level 4 exists in the type only alongside an explicit confirmation, so it cannot be asked for by accident. */
export type HintInput =
  | (HintInputBase & { level: 1 | 2 | 3 })
  | (HintInputBase & { level: 4; confirmedSolution: true });

export class SolutionNotConfirmedError extends Error {
  constructor() {
    super('The full solution (hint level 4) is only built after the user confirms they want it.');
    this.name = 'SolutionNotConfirmedError';
  }
}

export function buildHintPrompt(input: HintInput): BuiltPrompt {
  // Re-checked at runtime: messages arrive from the UI over a port, where types do not reach.
  if (input.level === 4 && (input as { confirmedSolution?: unknown }).confirmedSolution !== true) {
    throw new SolutionNotConfirmedError();
  }
  if (![1, 2, 3, 4].includes(input.level)) throw new RangeError(`No hint level ${String(input.level)}.`);
  const request =
    input.level === 4 && input.language
      ? `${LEVEL_REQUEST[4]} Write the code in ${input.language}.`
      : LEVEL_REQUEST[input.level];
  const analysis = problemAnalysisBlock(input.analysis);
  const messagesWith = (page: string): PromptMessage[] => [
    system(INSTRUCTIONS),
    { role: 'user', content: [analysis, page, request].join('\n\n') },
  ];
  // The page gets what the rest leaves under the limit (at most its usual budget), so the limit holds by construction.
  const rest = estimatePromptTokens(messagesWith(block('untrusted_page', '', 0)));
  const pageBudget = Math.min(BUDGET.problemPage, HINT_PROMPT_TOKEN_LIMIT - rest);
  return { flow: 'hint', version, messages: messagesWith(problemPageBlock(input.problem, pageBudget)) };
}

/** Estimated prompt tokens of a hint request, to check it against HINT_PROMPT_TOKEN_LIMIT. */
export function hintPromptTokens(input: HintInput): number {
  return estimatePromptTokens(buildHintPrompt(input).messages);
}
