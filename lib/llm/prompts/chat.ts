import { estimateTokens, type PromptMessage, truncateToTokens } from '../tokens';
import {
  BUDGET,
  type BuiltPrompt,
  type JobInput,
  jobSubject,
  type OfflineJobAnalysis,
  type OfflineProblemAnalysis,
  type ProblemInput,
  problemSubject,
  system,
  userMessage,
} from './shared';

export const version = 'chat@2';

const INSTRUCTIONS = `Task: a follow-up conversation about the problem or job posting given first. Answer the user's latest message concisely, building on the earlier turns.
For a problem: keep to the level of help the user asks for. Do not give the full solution or complete code unless they explicitly ask for it in their latest message.
For a job posting: be concrete about the role, its stack and its interviews.`;

export interface ChatTurn {
  role: 'user' | 'assistant';
  content: string;
}

export type ChatSubject =
  | { kind: 'problem'; problem: ProblemInput; analysis?: OfflineProblemAnalysis }
  | { kind: 'job'; job: JobInput; analysis?: OfflineJobAnalysis };

export interface ChatInput {
  subject: ChatSubject;
  /** Earlier turns of this problem's (or posting's) chat, oldest first. */
  history: readonly ChatTurn[];
  message: string;
}

/** The newest turns that fit the history budget, oldest first; older ones are dropped whole. */
export function recentTurns(history: readonly ChatTurn[], budget: number = BUDGET.chatHistory): ChatTurn[] {
  const kept: ChatTurn[] = [];
  let used = 0;
  for (let index = history.length - 1; index >= 0; index -= 1) {
    const turn = history[index];
    if (!turn) continue;
    const cost = estimateTokens(turn.content) + 4;
    if (used + cost > budget) break;
    kept.unshift(turn);
    used += cost;
  }
  // A reply without the question it answers confuses more than it helps.
  if (kept[0]?.role === 'assistant') kept.shift();
  return kept;
}

function subjectMessage(subject: ChatSubject): PromptMessage {
  return subject.kind === 'problem'
    ? userMessage([...problemSubject(subject.problem, subject.analysis), 'We are discussing this problem.'])
    : userMessage([...jobSubject(subject.job, subject.analysis), 'We are discussing this job posting.']);
}

export function buildChatPrompt(input: ChatInput): BuiltPrompt {
  return {
    flow: 'chat',
    version,
    messages: [
      system(INSTRUCTIONS),
      subjectMessage(input.subject),
      { role: 'assistant', content: 'Understood. What would you like to know?' },
      ...recentTurns(input.history),
      userMessage([truncateToTokens(input.message, BUDGET.userText).text]),
    ],
  };
}
