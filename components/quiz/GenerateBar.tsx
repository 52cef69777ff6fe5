export interface GenerateBarProps {
  /** Offer "More questions like this" (a question is on screen). */
  canMoreLike: boolean;
  busy: boolean;
  status: { tone: 'ok' | 'error'; text: string } | null;
  onMoreLike(): void;
  onForRole(): void;
}

/** Model-written questions, offered only when a model is configured. */
export function GenerateBar({ canMoreLike, busy, status, onMoreLike, onForRole }: GenerateBarProps) {
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
        className={status ? `status-${status.tone}` : ''}
      >
        {busy ? 'Writing questions…' : (status?.text ?? '')}
      </p>
    </div>
  );
}
