import { useState } from 'react';
import { DIMENSIONS, type Dimension, RUBRIC, SCORES, type Score } from '@/lib/mock/rubric';
import { type ModelScoring, ReviewActions } from './ReviewActions';

export interface SelfReviewProps {
  /** What Sparring saw of the round, per dimension: shown beside each score and kept as its evidence. */
  facts: Record<Dimension, string[]>;
  onSubmit: (scores: Record<Dimension, Score>, summary: string) => void;
  onDiscard: () => void;
  modelScoring?: ModelScoring | null;
}

/** The round is over: the candidate scores it on the interviewers' rubric, anchor by anchor. */
export function SelfReview({ facts, onSubmit, onDiscard, modelScoring }: SelfReviewProps) {
  const [scores, setScores] = useState<Partial<Record<Dimension, Score>>>({});
  const [summary, setSummary] = useState('');
  const complete = DIMENSIONS.every((dimension) => scores[dimension] !== undefined);
  return (
    <form
      className="mock mock-review"
      aria-label="Self-review"
      data-testid="self-review"
      onSubmit={(event) => {
        event.preventDefault();
        if (complete) onSubmit(scores as Record<Dimension, Score>, summary);
      }}
    >
      {modelScoring && (
        <div className="mock-model-scoring">
          <button type="button" onClick={modelScoring.onAsk} disabled={modelScoring.writing}>
            {modelScoring.writing ? 'The interviewer is scoring…' : 'Ask the interviewer for the scorecard'}
          </button>
          {modelScoring.error && (
            <p role="alert" className="status-error">
              The interviewer could not score it: {modelScoring.error} Score it yourself below, or ask again.
            </p>
          )}
        </div>
      )}
      <h2>Score the round as an interviewer would</h2>
      <p>
        Pick the line that describes what happened, not what you meant to do. The facts are what Sparring saw.
      </p>
      {DIMENSIONS.map((dimension) => (
        <fieldset key={dimension} data-dimension={dimension}>
          <legend>{RUBRIC[dimension].title}</legend>
          <p>{RUBRIC[dimension].question}</p>
          <ul className="mock-facts">
            {facts[dimension].map((fact) => (
              <li key={fact}>{fact}</li>
            ))}
          </ul>
          {SCORES.map((score) => (
            <label key={score} className="mock-anchor">
              <input
                type="radio"
                name={`score-${dimension}`}
                value={score}
                checked={scores[dimension] === score}
                onChange={() => setScores((previous) => ({ ...previous, [dimension]: score }))}
              />
              <span>
                {score}: {RUBRIC[dimension].anchors[score]}
              </span>
            </label>
          ))}
        </fieldset>
      ))}
      <label htmlFor="mock-summary">The one thing to work on before the next round</label>
      <textarea
        id="mock-summary"
        rows={3}
        value={summary}
        onChange={(event) => setSummary(event.target.value)}
      />
      <ReviewActions complete={complete} saveLabel="Save the scorecard" onDiscard={onDiscard} />
    </form>
  );
}
