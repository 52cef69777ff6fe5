import { MockResultBody } from '@/components/mock/MockHistory';
import type { FinishedMock, MockKind } from '@/lib/mock/finished';
import { duration, shortDate } from '../practice/format';

export interface MockResultsProps {
  mocks: readonly FinishedMock[];
  /** Every finished mock, whatever the filter. */
  total: number;
  kind: MockKind | null;
  onKind(kind: MockKind | null): void;
}

const KIND_LABELS: Record<MockKind, string> = { coding: 'Coding', design: 'Design' };

/** The finished mocks: when, what, how long against the round's clock, and the scorecard. */
export function MockResults({ mocks, total, kind, onKind }: MockResultsProps) {
  return (
    <section aria-labelledby="mocks-h" data-testid="mock-results">
      <h2 id="mocks-h">Your mocks</h2>
      {total === 0 ? (
        <p className="note">
          No mock finished yet: start one from the side panel on a problem or a job posting.
        </p>
      ) : (
        <>
          <form className="history-filters" onSubmit={(event) => event.preventDefault()}>
            <label>
              Round{' '}
              <select
                value={kind ?? ''}
                onChange={(event) => onKind((event.target.value || null) as MockKind | null)}
              >
                <option value="">All</option>
                <option value="coding">Coding</option>
                <option value="design">Design</option>
              </select>
            </label>
          </form>
          <table className="history">
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Round</th>
                <th scope="col">Problem or case</th>
                <th scope="col">Time</th>
                <th scope="col">Scorecard</th>
              </tr>
            </thead>
            <tbody>
              {mocks.map((mock) => (
                <tr key={mock.id} data-testid="mock-row" data-kind={mock.kind}>
                  <td>{shortDate(mock.endedAt)}</td>
                  <td>{KIND_LABELS[mock.kind]}</td>
                  <td>
                    {mock.href ? (
                      <a href={mock.href} target="_blank" rel="noreferrer">
                        {mock.title}
                      </a>
                    ) : (
                      mock.title
                    )}
                    {mock.where && <div className="note">{mock.where}</div>}
                  </td>
                  <td data-testid="mock-time">
                    {duration(mock.elapsedMs)} of {mock.roundMinutes} min
                    {mock.overtime && <div className="note">over time</div>}
                  </td>
                  <td>
                    <strong data-testid="mock-outcome">{mock.outcome}</strong>
                    <div className="note">{mock.scores.join(' · ')}</div>
                    <details>
                      <summary>The evidence</summary>
                      <MockResultBody result={mock.result} />
                    </details>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
