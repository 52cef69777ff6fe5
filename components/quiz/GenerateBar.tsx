import { useEffect, useState } from 'react';

export interface GenerateBarProps {
  /** Offer "More questions like this" (a question is on screen). */
  canMoreLike: boolean;
  /** When the running request started (Date.now()), or null when none runs. */
  startedAt: number | null;
  status: { tone: 'ok' | 'error'; text: string } | null;
  onMoreLike(): void;
  onForRole(): void;
}

/** Seconds since `startedAt`, ticking while a request runs. */
function useElapsed(startedAt: number | null): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (startedAt === null) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [startedAt]);
  return startedAt === null ? 0 : Math.max(0, Math.floor((now - startedAt) / 1000));
}

/** Model-written questions, offered only when a model is configured. */
export function GenerateBar({ canMoreLike, startedAt, status, onMoreLike, onForRole }: GenerateBarProps) {
  const busy = startedAt !== null;
  const elapsed = useElapsed(startedAt);
  return (
    <div className="generate-bar">
      {canMoreLike && (
        <button type="button" disabled={busy} onClick={onMoreLike}>
          More questions like this
        </button>
      )}
      <button type="button" disabled={busy} onClick={onForRole}>
        Questions for my target role
      </button>
      <p
        role="status"
        aria-live="polite"
        data-testid="generate-status"
        className={status && !busy ? `status-${status.tone}` : ''}
      >
        {busy
          ? 'Writing questions… They are saved when ready, even if this popup closes.'
          : (status?.text ?? '')}
      </p>
      {/* Outside the live region: a screen reader should not announce every second. */}
      {busy && (
        <p className="note" data-testid="generate-elapsed">
          {elapsed} s
        </p>
      )}
    </div>
  );
}
