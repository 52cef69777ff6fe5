import { useState } from 'react';
import type { ProblemAnalysis } from '@/lib/coach/problem';
import { sameBigO } from '@/lib/coach/problem/library/complexity-steps';
import { QueryReadingView } from './ProblemCoachQuery';
import { HintLadder, Techniques } from './ProblemCoachSections';

export interface ProblemCoachProps {
  analysis: ProblemAnalysis;
  /** How many hint levels are already open (restored from storage); 0 shows none. */
  hintsShown?: number;
  /** Whether the techniques were already revealed for this problem. */
  techniquesShown?: boolean;
  /** Called with the new count when the user opens the next hint or starts the ladder again. */
  onHintsShownChange?: (count: number) => void;
  onTechniquesShownChange?: (shown: boolean) => void;
  /** The edge cases the user has ticked as tested (restored from storage). */
  ticked?: ReadonlySet<string>;
  /** Called when an edge case is ticked or unticked, so the panel can persist it. */
  onTickedChange?: (edgeCase: string, ticked: boolean) => void;
}

/**
 * The offline coach for a problem. It says where its coaching comes from, shows what an
 * interviewer expects beside what the limits allow, and keeps the spoilers (techniques, the key
 * insight, the hints) behind buttons; the hint ladder opens one level per click.
 */
export function ProblemCoach({
  analysis,
  hintsShown = 0,
  techniquesShown = false,
  onHintsShownChange,
  onTechniquesShownChange,
  ticked = new Set(),
  onTickedChange,
}: ProblemCoachProps) {
  const [showInsight, setShowInsight] = useState(false);
  const sameFigure = sameBigO(analysis.complexityTarget, analysis.complexityLimit);

  return (
    <article className="problem-coach" aria-label="Offline coach">
      <p className="coach-source" data-testid="coach-source">
        {analysis.library ? `Sparring's notes for ${analysis.library.title}` : 'Read from the statement'}
      </p>

      {analysis.query ? (
        <QueryReadingView
          query={analysis.query}
          shown={techniquesShown}
          onShownChange={(shown) => onTechniquesShownChange?.(shown)}
        />
      ) : (
        <>
          <section aria-labelledby="coach-complexity">
            <h2 id="coach-complexity">Complexity</h2>
            <p data-testid="complexity-summary">
              Interviewers expect <strong data-testid="complexity-target">{analysis.complexityTarget}</strong>
              {sameFigure ? (
                <>, which is also the most the limits allow.</>
              ) : (
                <>
                  ; the limits allow up to{' '}
                  <strong data-testid="complexity-limit">{analysis.complexityLimit}</strong>.
                </>
              )}
            </p>
            <p data-testid="complexity-reason">{analysis.complexityReason}</p>
            <p className="note" data-testid="complexity-limit-reason">
              {analysis.complexityLimitReason}
            </p>
          </section>

          <Techniques
            analysis={analysis}
            shown={techniquesShown}
            onShownChange={(shown) => onTechniquesShownChange?.(shown)}
          />
        </>
      )}

      {analysis.keyInsight && (
        <section aria-labelledby="coach-insight">
          <h2 id="coach-insight">Key insight</h2>
          {showInsight ? (
            <>
              <p data-testid="key-insight">{analysis.keyInsight}</p>
              <button type="button" onClick={() => setShowInsight(false)}>
                Hide the key insight
              </button>
            </>
          ) : (
            <>
              <p>The one idea that unlocks the problem: try without it first.</p>
              <button type="button" onClick={() => setShowInsight(true)}>
                Show the key insight
              </button>
            </>
          )}
        </section>
      )}

      <section aria-labelledby="coach-edge-cases">
        <h2 id="coach-edge-cases">{analysis.query ? 'Traps to test' : 'Edge cases to test'}</h2>
        <ul className="checklist" data-testid="edge-cases">
          {analysis.edgeCases.map((edgeCase) => (
            <li key={edgeCase}>
              <label className="checklist-item">
                <input
                  type="checkbox"
                  checked={ticked.has(edgeCase)}
                  onChange={(event) => onTickedChange?.(edgeCase, event.currentTarget.checked)}
                />
                <span>{edgeCase}</span>
              </label>
            </li>
          ))}
        </ul>
        {analysis.pitfalls.length > 0 && (
          <details data-testid="pitfalls">
            <summary>Pitfalls ({analysis.pitfalls.length})</summary>
            <ul>
              {analysis.pitfalls.map((pitfall) => (
                <li key={pitfall}>{pitfall}</li>
              ))}
            </ul>
          </details>
        )}
      </section>

      <HintLadder
        hints={analysis.hints}
        shown={hintsShown}
        onShownChange={(count) => onHintsShownChange?.(count)}
      />

      {(analysis.followUps.length > 0 || analysis.related.length > 0) && (
        <section aria-labelledby="coach-after">
          <h2 id="coach-after">Once it works</h2>
          {analysis.followUps.length > 0 && (
            <details data-testid="follow-ups">
              <summary>
                {analysis.query
                  ? `What interviewers ask about the ${analysis.query.dialect === 'pandas' ? 'code' : 'query'}`
                  : 'Follow-up questions interviewers ask'}{' '}
                ({analysis.followUps.length})
              </summary>
              <ul>
                {analysis.followUps.map((question) => (
                  <li key={question}>{question}</li>
                ))}
              </ul>
            </details>
          )}
          {analysis.related.length > 0 && (
            <details data-testid="related">
              <summary>Related problems ({analysis.related.length})</summary>
              <ul>
                {analysis.related.map((problem) => (
                  <li key={problem.slug}>
                    <a href={problem.url} target="_blank" rel="noopener noreferrer">
                      {problem.title}
                    </a>
                    : {problem.why}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </section>
      )}
    </article>
  );
}
