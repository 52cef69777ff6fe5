import type { CoachResult } from '@/lib/coach';
import type { JobContext, ProblemContext } from '@/lib/extract/context';
import type { AskRequest } from '@/lib/messaging/protocol';
import { LlmFailure } from '../errors';
import { buildApproachPrompt } from './approach';
import { buildChatPrompt, type ChatTurn } from './chat';
import { buildHintPrompt } from './hint';
import { buildJobPrepPrompt } from './job-prep';
import { buildReviewPrompt } from './review';
import type { BuiltPrompt } from './shared';

function refuse(message: string): never {
  throw new LlmFailure({ code: 'bad-request', retryable: false, message });
}

function needsInput(request: AskRequest, what: string): string {
  const input = request.input?.trim();
  if (!input) refuse(`Write ${what} first, then ask again.`);
  return input;
}

/**
 * The prompt for one request from the panel: which builder, with the page and the offline
 * analysis the model builds on. Requests arrive over a port, so every combination is checked here.
 */
export function buildPrompt(
  request: AskRequest,
  context: ProblemContext | JobContext,
  coach: CoachResult | null,
  history: readonly ChatTurn[],
): BuiltPrompt {
  if (context.kind === 'job') {
    const analysis = coach?.kind === 'job' ? coach.analysis : undefined;
    if (request.flow === 'job-prep') return buildJobPrepPrompt({ job: context, analysis });
    if (request.flow === 'chat') {
      return buildChatPrompt({
        subject: { kind: 'job', job: context, analysis },
        history,
        message: needsInput(request, 'your question'),
      });
    }
    return refuse('That kind of help is for coding problems; this tab shows a job posting.');
  }
  const analysis = coach?.kind === 'problem' ? coach.analysis : undefined;
  switch (request.flow) {
    case 'hint': {
      const level = request.level ?? 1;
      if (level === 4) {
        if (request.confirmedSolution !== true) refuse('The full solution needs your explicit confirmation.');
        return buildHintPrompt({ problem: context, analysis, level, confirmedSolution: true });
      }
      return buildHintPrompt({ problem: context, analysis, level: level as 1 | 2 | 3 });
    }
    case 'approach':
      return buildApproachPrompt({
        problem: context,
        analysis,
        approach: needsInput(request, 'your approach'),
      });
    case 'review':
      return buildReviewPrompt({
        problem: context,
        analysis,
        code: needsInput(request, 'or paste your code'),
      });
    case 'chat':
      return buildChatPrompt({
        subject: { kind: 'problem', problem: context, analysis },
        history,
        message: needsInput(request, 'your question'),
      });
    default:
      return refuse('That kind of help is for job postings; this tab shows a coding problem.');
  }
}
