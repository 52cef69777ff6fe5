import { useEffect, useState } from 'react';
import { SafeMarkdown } from '@/components/SafeMarkdown';
import { errorAction } from '@/lib/llm/error-codes';
import type { AskRequest } from '@/lib/messaging/protocol';

export type AnswerStatus = 'streaming' | 'done' | 'error' | 'stopped';

export interface Answer {
  requestId: string;
  request: AskRequest;
  status: AnswerStatus;
  text: string;
  cached: boolean;
  /** Tokens this answer was counted as (null from the cache or when unknown); `estimated` when the server said nothing. */
  usage: { tokens: number; estimated: boolean } | null;
  /** When it was asked (Date.now()), for the time spent waiting. */
  startedAt: number;
  /** A structured answer being written: about how many tokens have arrived. */
  progressTokens?: number;
  /** "length" when the answer was cut off at its token limit. */
  finishReason?: string;
  notice?: string;
  /** Tokens spent today across answers when this one finished, and the daily cap if set. */
  today?: { total: number; cap: number | null };
  /** `retryAt`: a rate limit's end (Date.now() time), before which Retry cannot work. */
  error?: { code: string; message: string; retryable: boolean; retryAt?: number };
}

export interface AnswerViewProps {
  answer: Answer | undefined;
  onStop(): void;
  onRetry(): void;
  onRegenerate(): void;
  onContinue(): void;
  onOpenOptions(): void;
  /** Offered where a too-long chat history is the way out; absent outside the chat. */
  onClearChat?: () => void;
}

const format = (n: number) => n.toLocaleString('en-US');

function todayText({ total, cap }: { total: number; cap: number | null }): string {
  return cap ? `${format(total)} of ${format(cap)} today` : `${format(total)} today`;
}

function tokensText(answer: Answer): string {
  if (answer.cached) return 'From cache: 0 tokens';
  if (!answer.usage) return '? tokens';
  return answer.usage.estimated
    ? `≈ ${format(answer.usage.tokens)} tokens (estimated: the server did not say)`
    : `${format(answer.usage.tokens)} tokens`;
}

/** Date.now(), refreshed every second while `ticking`. */
function useNow(ticking: boolean): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (!ticking) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [ticking]);
  return now;
}

function Waiting({ answer, now }: { answer: Answer; now: number }) {
  const seconds = Math.max(0, Math.floor((now - answer.startedAt) / 1000));
  const text = answer.progressTokens
    ? `Writing… about ${format(answer.progressTokens)} tokens so far, ${seconds} s.`
    : `Waiting for the model… ${seconds} s.`;
  return (
    <p className="note" data-testid="answer-waiting">
      {text}
    </p>
  );
}

function Failure({
  answer,
  now,
  ...props
}: Omit<AnswerViewProps, 'answer'> & { answer: Answer; now: number }) {
  const error = answer.error;
  if (!error) return null;
  const action = errorAction(error.code);
  const wait = error.retryAt ? Math.ceil((error.retryAt - now) / 1000) : 0;
  return (
    <div role="alert" className="answer-error" data-testid="answer-error" data-code={error.code}>
      <p>{error.message}</p>
      {action === 'retry' && (
        <button type="button" onClick={props.onRetry} disabled={wait > 0}>
          {wait > 0 ? `Retry in ${wait} s` : 'Retry'}
        </button>
      )}
      {action === 'options' && (
        <button type="button" onClick={props.onOpenOptions}>
          Open Sparring’s options
        </button>
      )}
      {action === 'clear-chat' && props.onClearChat && (
        <button type="button" onClick={props.onClearChat}>
          Clear the chat history
        </button>
      )}
    </div>
  );
}

/** One streamed answer: its text as it arrives, then its cost, or the failure and a way out. */
export function AnswerView({ answer, ...props }: AnswerViewProps) {
  const streaming = answer?.status === 'streaming';
  const counting = Boolean(answer?.error?.retryAt && answer.error.retryAt > Date.now());
  const now = useNow(streaming || counting);
  if (!answer) return null;
  const cut = answer.status === 'done' && answer.finishReason === 'length';
  return (
    <div className="answer" data-testid="answer" aria-busy={streaming}>
      {answer.text && <SafeMarkdown text={answer.text} />}
      {streaming && (answer.text === '' || answer.request.continuation === answer.text) && (
        <Waiting answer={answer} now={now} />
      )}
      {streaming && (
        <button type="button" onClick={props.onStop}>
          Stop
        </button>
      )}
      {answer.status === 'stopped' && (
        <p className="note">Stopped.{answer.usage ? ` Counted: ${tokensText(answer)}.` : ''}</p>
      )}
      {answer.notice && (
        <p className="note" role="status">
          {answer.notice}
        </p>
      )}
      {answer.status === 'error' && <Failure answer={answer} now={now} {...props} />}
      {cut && (
        <p className="note" data-testid="answer-cut">
          The answer was cut off at its length limit.{' '}
          <button type="button" onClick={props.onContinue}>
            Continue
          </button>
        </p>
      )}
      {answer.status === 'done' && (
        <p className="answer-meta">
          <span data-testid="answer-tokens">{tokensText(answer)}</span>
          {answer.today && <span data-testid="tokens-today"> · {todayText(answer.today)}</span>}{' '}
          <button type="button" onClick={props.onRegenerate}>
            Regenerate
          </button>
        </p>
      )}
    </div>
  );
}
