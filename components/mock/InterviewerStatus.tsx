/** The model's interviewer, when one plays the part: its turn being written, or why it failed. */
export interface InterviewerTurn {
  status: 'streaming' | 'error';
  text: string;
  error?: string;
}

/** The interviewer's turn as it is written (plain text: it joins the transcript when done), or its failure. */
export function InterviewerStatus({
  turn,
  onRetry,
}: {
  turn?: InterviewerTurn | null;
  onRetry?: () => void;
}) {
  if (turn?.status === 'streaming')
    return (
      <p className="mock-pending" data-testid="interviewer-pending" aria-busy="true">
        <strong>Interviewer:</strong> {turn.text || '…'}
      </p>
    );
  if (turn?.status === 'error')
    return (
      <p role="alert" className="status-error">
        The interviewer could not answer: {turn.error}{' '}
        {onRetry && (
          <button type="button" onClick={onRetry}>
            Retry
          </button>
        )}
      </p>
    );
  return null;
}
