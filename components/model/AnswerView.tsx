import { SafeMarkdown } from '@/components/SafeMarkdown';
import type { AskRequest } from '@/lib/messaging/protocol';

export type AnswerStatus = 'streaming' | 'done' | 'error' | 'stopped';

export interface Answer {
  requestId: string;
  request: AskRequest;
  status: AnswerStatus;
  text: string;
  cached: boolean;
  /** Tokens this answer used (null from the cache or when unknown). */
  tokens: number | null;
  notice?: string;
  /** Tokens spent today across answers when this one finished, and the daily cap if set. */
  today?: { total: number; cap: number | null };
  error?: { code: string; message: string; retryable: boolean };
}

export interface AnswerViewProps {
  answer: Answer | undefined;
  onStop(): void;
  onRetry(): void;
  onRegenerate(): void;
}

function todayText({ total, cap }: { total: number; cap: number | null }): string {
  const format = (n: number) => n.toLocaleString('en-US');
  return cap ? `${format(total)} of ${format(cap)} today` : `${format(total)} today`;
}

/** One streamed answer: its text as it arrives, then its cost, or the failure and a way out. */
export function AnswerView({ answer, onStop, onRetry, onRegenerate }: AnswerViewProps) {
  if (!answer) return null;
  return (
    <div className="answer" data-testid="answer" aria-busy={answer.status === 'streaming'}>
      {answer.text && <SafeMarkdown text={answer.text} />}
      {answer.status === 'streaming' && (
        <button type="button" onClick={onStop}>
          Stop
        </button>
      )}
      {answer.status === 'stopped' && <p className="note">Stopped.</p>}
      {answer.notice && (
        <p className="note" role="status">
          {answer.notice}
        </p>
      )}
      {answer.status === 'error' && answer.error && (
        <div role="alert" className="answer-error" data-testid="answer-error" data-code={answer.error.code}>
          <p>{answer.error.message}</p>
          <button type="button" onClick={onRetry}>
            Retry
          </button>
        </div>
      )}
      {answer.status === 'done' && (
        <p className="answer-meta">
          <span data-testid="answer-tokens">
            {answer.cached ? 'From cache: 0 tokens' : `${answer.tokens ?? '?'} tokens`}
          </span>
          {answer.today && <span data-testid="tokens-today"> · {todayText(answer.today)}</span>}{' '}
          <button type="button" onClick={onRegenerate}>
            Regenerate
          </button>
        </p>
      )}
    </div>
  );
}
