import {
  BUDGET,
  type BuiltPrompt,
  block,
  type OfflineProblemAnalysis,
  type ProblemInput,
  problemSubject,
  system,
  userMessage,
} from './shared';

export const version = 'review@2';

const INSTRUCTIONS = `Task: review the user's code in <user_code> for the problem, as a careful interviewer would.
Answer in three short sections:
1. **Bugs**: each real bug with the line or expression, an input that triggers it, and what goes wrong. Say so plainly if you find none.
2. **Complexity**: time and space, compared with the target in <offline_analysis>.
3. **Style**: at most three concrete points (naming, structure, idioms of the language).
Do not rewrite the code or give a corrected version unless the request at the end asks for a rewrite; small one-line suggestions are fine.`;

export interface ReviewInput {
  problem: ProblemInput;
  analysis?: OfflineProblemAnalysis;
  code: string;
  language?: string;
  /** Only when the user explicitly asks for a rewritten version. */
  rewrite?: boolean;
}

export function buildReviewPrompt(input: ReviewInput): BuiltPrompt {
  const language = input.language ? ` (${input.language})` : '';
  const request = input.rewrite
    ? `Review my code${language}, then give a corrected rewrite: I am asking for it.`
    : `Review my code${language}. Do not rewrite it.`;
  return {
    flow: 'review',
    version,
    messages: [
      system(INSTRUCTIONS),
      userMessage([
        ...problemSubject(input.problem, input.analysis),
        block('user_code', input.code, BUDGET.code),
        request,
      ]),
    ],
  };
}
