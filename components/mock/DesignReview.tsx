import { useState } from 'react';
import { CHECK_VERDICTS, type CheckVerdict } from '@/lib/mock/design';
import { CHECK_LABELS } from '@/lib/mock/design-debrief';
import { type ModelScoring, ReviewActions } from './ReviewActions';

export interface DesignReviewProps {
  /** The case's own checklist: what a strong answer covers. */
  checklist: readonly string[];
  onSubmit: (verdicts: { index: number; verdict: CheckVerdict }[], gaps: string[]) => void;
  onDiscard: () => void;
  modelScoring?: ModelScoring | null;
}

/** The round is over: the case's checklist as a self-review, item by item, against the notes. */
export function DesignReview({ checklist, onSubmit, onDiscard, modelScoring }: DesignReviewProps) {
  const [verdicts, setVerdicts] = useState<Partial<Record<number, CheckVerdict>>>({});
  const [gaps, setGaps] = useState('');
  const complete = checklist.every((_, index) => verdicts[index] !== undefined);
  return (
    <form
      className="mock mock-review"
      aria-label="Self-review"
      data-testid="design-review"
      onSubmit={(event) => {
        event.preventDefault();
        if (!complete) return;
        onSubmit(
          checklist.map((_, index) => ({ index, verdict: verdicts[index] as CheckVerdict })),
          gaps.split('\n'),
        );
      }}
    >
      {modelScoring && (
        <div className="mock-model-scoring">
          <button type="button" onClick={modelScoring.onAsk} disabled={modelScoring.writing}>
            {modelScoring.writing
              ? 'The interviewer is writing the debrief…'
              : 'Ask the interviewer for the debrief'}
          </button>
          {modelScoring.error && (
            <p role="alert" className="status-error">
              The interviewer could not debrief it: {modelScoring.error} Check it yourself below, or ask
              again.
            </p>
          )}
        </div>
      )}
      <h2>Check your design against the case</h2>
      <p>For each point a strong answer covers: did your notes or your answers cover it?</p>
      {checklist.map((item, index) => (
        <fieldset key={item} data-item={index}>
          <legend>{item}</legend>
          {CHECK_VERDICTS.map((verdict) => (
            <label key={verdict} className="mock-anchor">
              <input
                type="radio"
                name={`item-${index}`}
                value={verdict}
                checked={verdicts[index] === verdict}
                onChange={() => setVerdicts((previous) => ({ ...previous, [index]: verdict }))}
              />
              <span>{CHECK_LABELS[verdict]}</span>
            </label>
          ))}
        </fieldset>
      ))}
      <label htmlFor="design-gaps">What to work on (one per line)</label>
      <textarea id="design-gaps" rows={3} value={gaps} onChange={(event) => setGaps(event.target.value)} />
      <ReviewActions complete={complete} saveLabel="Save the debrief" onDiscard={onDiscard} />
    </form>
  );
}
