import { useState } from 'react';
import type { Hint, ProblemAnalysis, TechniqueGuess } from '@/lib/coach/problem';
import { useRevealed } from './use-revealed';

const LEVEL_NAMES = ['A nudge', 'The approach', 'An outline'] as const;
const techniqueName = (id: string) => id.replaceAll('-', ' ');

function TechniqueItem({ pattern }: { pattern: TechniqueGuess }) {
  return (
    <li>
      <strong>{techniqueName(pattern.id)}</strong>{' '}
      <span className="confidence">({Math.round(pattern.confidence * 100)}%)</span>
      <p>{pattern.reason}</p>
    </li>
  );
}

/** The likely techniques, a spoiler kept out of the page until asked for. */
export function Techniques({
  analysis,
  shown: initiallyShown,
  onShownChange,
}: {
  analysis: ProblemAnalysis;
  shown: boolean;
  onShownChange: (shown: boolean) => void;
}) {
  const [shown, reveal] = useRevealed(initiallyShown, onShownChange);
  const [first, second] = analysis.patterns;
  return (
    <section aria-labelledby="coach-techniques">
      <h2 id="coach-techniques">Likely techniques</h2>
      {shown ? (
        <>
          {!analysis.techniqueSure && first && (
            <p data-testid="techniques-unsure">
              {analysis.techniqueDoubt ??
                (second
                  ? `Not sure: the statement could be read as ${techniqueName(first.id)} or as ${techniqueName(second.id)}. Check both against the limits before you commit.`
                  : `Not sure: only faint evidence points at ${techniqueName(first.id)}. Work from the limits and a brute force first.`)}
            </p>
          )}
          {analysis.patterns.length > 0 ? (
            <ol data-testid="techniques">
              {analysis.patterns.map((pattern) => (
                <TechniqueItem key={pattern.id} pattern={pattern} />
              ))}
            </ol>
          ) : (
            <p data-testid="techniques">Nothing on the page points at a technique yet.</p>
          )}
          <button type="button" onClick={() => reveal(false)}>
            Hide techniques
          </button>
        </>
      ) : (
        <>
          <p>They give part of the solution away, so they stay hidden until you ask.</p>
          <button type="button" onClick={() => reveal(true)}>
            Show techniques
          </button>
        </>
      )}
    </section>
  );
}

function HintLevel({ hint }: { hint: Hint }) {
  return (
    <li>
      <span className="hint-level-name">{LEVEL_NAMES[hint.level - 1]}: </span>
      {hint.text}
      {hint.site.map((text) => (
        <p key={text} className="hint-site">
          <span className="hint-source">From the site: </span>
          {text}
        </p>
      ))}
    </li>
  );
}

/**
 * Three levels opened one per click, never skipping ahead; "Start the hints again" closes them
 * all, for solving the problem afresh.
 */
export function HintLadder({
  hints,
  shown: initiallyShown,
  onShownChange,
}: {
  hints: readonly Hint[];
  shown: number;
  onShownChange: (count: number) => void;
}) {
  const [shown, setShown] = useState(Math.min(initiallyShown, hints.length));
  const open = (count: number) => {
    setShown(count);
    onShownChange(count);
  };
  const remaining = hints.length - shown;
  return (
    <section aria-labelledby="coach-hints">
      <h2 id="coach-hints">Hints</h2>
      {shown > 0 && (
        <ol data-testid="hints" aria-live="polite">
          {hints.slice(0, shown).map((hint) => (
            <HintLevel key={hint.level} hint={hint} />
          ))}
        </ol>
      )}
      {remaining > 0 ? (
        <button type="button" onClick={() => open(shown + 1)}>
          {shown === 0 ? 'Show first hint' : 'Next hint'}
        </button>
      ) : (
        <p>That was the last hint: the rest is yours.</p>
      )}
      {shown > 0 && (
        <button type="button" onClick={() => open(0)}>
          Start the hints again
        </button>
      )}
    </section>
  );
}
