import { formatClock } from '@/lib/mock/clock';
import { CHECK_LABELS } from '@/lib/mock/design-debrief';
import type { MockResult } from '@/lib/mock/results';
import { RUBRIC, VERDICT_LABELS } from '@/lib/mock/rubric';

const day = (ms: number) => new Date(ms).toLocaleDateString(undefined, { dateStyle: 'medium' });

/** A finished mock's scorecard (coding) or debrief (design), with the evidence behind each score. */
export function MockResultBody({ result }: { result: MockResult }) {
  if (result.kind === 'coding') {
    const card = result.scorecard;
    return (
      <div data-testid="scorecard">
        <p>
          <strong data-testid="verdict">{VERDICT_LABELS[card.verdict]}</strong>
          {card.by === 'self' ? ' (your own review)' : " (the model's interviewer)"}
        </p>
        <ul className="mock-scores">
          {card.dimensions.map((entry) => (
            <li key={entry.dimension} data-dimension={entry.dimension}>
              {RUBRIC[entry.dimension].title}: <strong>{entry.score} of 4</strong>
              <ul>
                {entry.evidence.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
        {card.summary && <p>{card.summary}</p>}
      </div>
    );
  }
  const debrief = result.debrief;
  return (
    <div data-testid="debrief">
      <p>
        <strong>{debrief.score} of 4</strong> against the case's checklist
        {debrief.by === 'self' ? ' (your own review)' : " (the model's interviewer)"}
      </p>
      <ul className="mock-scores">
        {debrief.items.map((entry) => (
          <li key={entry.item} data-verdict={entry.verdict}>
            {CHECK_LABELS[entry.verdict]}: {entry.item}
            {entry.evidence && <span className="mock-evidence"> ({entry.evidence})</span>}
          </li>
        ))}
      </ul>
      {debrief.gaps.length > 0 && <p>To work on: {debrief.gaps.join('; ')}</p>}
    </div>
  );
}

/** Finished mocks on this problem or posting, newest first; the newest open. */
export function MockHistory({ results }: { results: readonly MockResult[] }) {
  if (results.length === 0) return null;
  return (
    <section className="mock-history" aria-label="Your mocks here" data-testid="mock-history">
      <h2>Your mocks here</h2>
      {results.map((result, index) => (
        <details key={result.id} open={index === 0}>
          <summary>
            {day(result.endedAt)} · {result.kind === 'coding' ? result.title : result.caseTitle} ·{' '}
            {formatClock(result.elapsedMs)} of {result.roundMinutes} minutes
          </summary>
          <MockResultBody result={result} />
        </details>
      ))}
    </section>
  );
}
