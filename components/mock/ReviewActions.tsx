/** With a model: the interviewer scores or debriefs the round (the self-review stays the way out). */
export interface ModelScoring {
  writing: boolean;
  error?: string;
  onAsk: () => void;
}

/** The end of a self-review form: save it once complete, or discard the round. */
export function ReviewActions({
  complete,
  saveLabel,
  onDiscard,
}: {
  complete: boolean;
  saveLabel: string;
  onDiscard: () => void;
}) {
  return (
    <p className="mock-actions">
      <button type="submit" disabled={!complete}>
        {saveLabel}
      </button>
      <button type="button" onClick={onDiscard}>
        Discard this round
      </button>
    </p>
  );
}
