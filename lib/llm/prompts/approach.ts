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

export const version = 'approach@2';

const INSTRUCTIONS = `Task: check the approach the user describes in <user_text> for the problem, as an interviewer would.
Answer in three short sections:
1. **Correctness**: does it solve the problem? If not, give the smallest input where it fails and why.
2. **Complexity**: its time and space complexity, compared with the target in <offline_analysis> and the constraints.
3. **Edge cases**: the ones it misses or should state explicitly.
Do not write the solution or code for them; point at what to fix and let them fix it.`;

export interface ApproachInput {
  problem: ProblemInput;
  analysis?: OfflineProblemAnalysis;
  approach: string;
}

export function buildApproachPrompt(input: ApproachInput): BuiltPrompt {
  return {
    flow: 'approach',
    version,
    messages: [
      system(INSTRUCTIONS),
      userMessage([
        ...problemSubject(input.problem, input.analysis),
        block('user_text', input.approach, BUDGET.userText),
        'Check my approach.',
      ]),
    ],
  };
}
