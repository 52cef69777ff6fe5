import { useState } from 'react';
import type { ProblemAnalysis } from '@/lib/coach/problem';

export interface ProblemCoachProps {
  analysis: ProblemAnalysis;
  /** How many hint levels are already open (restored from storage); 0 shows none. */
  hintsShown?: number;
  /** Whether the techniques were already revealed for this problem. */
  techniquesShown?: boolean;
  /** Called with the new count when the user opens the next hint, so the panel can persist it. */
  onHintsShownChange?: (count: number) => void;
  onTechniquesShownChange?: (shown: boolean) => void;
  /** The edge cases the user has ticked as tested (restored from storage). */
  ticked?: ReadonlySet<string>;
  /** Called when an edge case is ticked or unticked, so the panel can persist it. */
  onTickedChange?: (edgeCase: string, ticked: boolean) => void;
}

/**
 * The offline coach for a problem. Techniques are a spoiler, so they stay behind a button; the
 * hint ladder opens one level per click and never skips ahead.
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
  const [openHints, setOpenHints] = useState(hintsShown);
  const [showTechniques, setShowTechniques] = useState(techniquesShown);
  const visibleHints = analysis.hints.slice(0, openHints);
  const remaining = analysis.hints.length - openHints;

  const revealTechniques = (shown: boolean) => {
    setShowTechniques(shown);
    onTechniquesShownChange?.(shown);
  };
  const nextHint = () => {
    const count = Math.min(openHints + 1, analysis.hints.length);
    setOpenHints(count);
    onHintsShownChange?.(count);
  };

  return (
    <article className="problem-coach" aria-label="Offline coach">
      <section aria-labelledby="coach-complexity">
        <h2 id="coach-complexity">Complexity target</h2>
        <p>
          <strong data-testid="complexity-target">{analysis.complexityTarget}</strong>
        </p>
        <p data-testid="complexity-reason">{analysis.complexityReason}</p>
      </section>

      <section aria-labelledby="coach-techniques">
        <h2 id="coach-techniques">Likely techniques</h2>
        {showTechniques ? (
          <>
            <ol data-testid="techniques">
              {analysis.patterns.map((pattern) => (
                <li key={pattern.id}>
                  <strong>{pattern.id.replaceAll('-', ' ')}</strong>{' '}
                  <span className="confidence">({Math.round(pattern.confidence * 100)}%)</span>
                  <p>{pattern.reason}</p>
                </li>
              ))}
            </ol>
            <button type="button" onClick={() => revealTechniques(false)}>
              Hide techniques
            </button>
          </>
        ) : (
          <>
            <p>They give part of the solution away, so they stay hidden until you ask.</p>
            <button type="button" onClick={() => revealTechniques(true)}>
              Show techniques
            </button>
          </>
        )}
      </section>

      <section aria-labelledby="coach-edge-cases">
        <h2 id="coach-edge-cases">Edge cases to test</h2>
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
      </section>

      <section aria-labelledby="coach-hints">
        <h2 id="coach-hints">Hints</h2>
        {visibleHints.length > 0 && (
          <ol data-testid="hints" aria-live="polite">
            {visibleHints.map((hint) => (
              <li key={hint.level}>
                {hint.source === 'site' && <span className="hint-source">From the site: </span>}
                {hint.text}
              </li>
            ))}
          </ol>
        )}
        {remaining > 0 ? (
          <button type="button" onClick={nextHint}>
            {openHints === 0 ? 'Show first hint' : 'Next hint'}
          </button>
        ) : (
          <p>That was the last hint: the rest is yours.</p>
        )}
      </section>
    </article>
  );
}
