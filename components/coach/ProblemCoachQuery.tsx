import type { QueryReading, QueryTable } from '@/lib/coach/query';
import { useRevealed } from './use-revealed';

function TableCard({ table }: { table: QueryTable }) {
  return (
    <li>
      <strong>{table.name || 'A table'}</strong>
      {table.columns.length > 0 && (
        <ul className="query-columns">
          {table.columns.map((column) => (
            <li key={column.name}>
              <code>{column.name}</code>
              {column.type ? ` ${column.type}` : ''}
            </li>
          ))}
        </ul>
      )}
      {table.primaryKey && <p>Key: {table.primaryKey}</p>}
      {table.foreignKeys.map((link) => (
        <p key={link.column}>
          {link.column} points at {link.table}
        </p>
      ))}
      {table.rowMeaning && <p className="note">{table.rowMeaning}</p>}
    </li>
  );
}

/**
 * A database problem's reading: why it is read as SQL, the tables the page declares, what the result
 * must hold and (hidden until asked, like techniques) the SQL ideas it needs. It stands where the
 * complexity figures and techniques stand for an algorithm problem: a query has no big-O target.
 */
export function QueryReadingView({
  query,
  shown: initiallyShown,
  onShownChange,
}: {
  query: QueryReading;
  shown: boolean;
  onShownChange: (shown: boolean) => void;
}) {
  const [shown, reveal] = useRevealed(initiallyShown, onShownChange);
  // LeetCode's pandas problems are solved in pandas: the same reading, in its words.
  const lang = query.dialect === 'pandas' ? 'pandas' : 'SQL';
  const code = query.dialect === 'pandas' ? 'code' : 'query';
  return (
    <>
      <section aria-labelledby="coach-query">
        <h2 id="coach-query">A {lang} problem</h2>
        <p data-testid="query-kind">
          Read as a database problem: it is coached as a {code} over tables, so there is no big-O target;
          interviewers ask how it behaves on large data instead (below, once it works).
        </p>
        <details data-testid="query-why">
          <summary>Why it reads as {lang}</summary>
          <ul>
            {query.why.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </details>
        <h3>Tables</h3>
        {query.tables.length > 0 ? (
          <ul data-testid="query-tables">
            {query.tables.map((table) => (
              <TableCard key={table.name} table={table} />
            ))}
          </ul>
        ) : (
          <p data-testid="query-tables">The page shows no table schema Sparring could read.</p>
        )}
        {query.result && (
          <>
            <h3>The result</h3>
            <p data-testid="query-result">{query.result}</p>
            {query.resultColumns.length > 0 && (
              <p className="note">Columns in the example: {query.resultColumns.join(', ')}</p>
            )}
          </>
        )}
      </section>

      <section aria-labelledby="coach-query-ideas">
        <h2 id="coach-query-ideas">{lang} ideas</h2>
        {shown ? (
          <>
            <ol data-testid="query-ideas">
              {query.ideas.map((idea) => (
                <li key={idea.id}>
                  <strong>{idea.name}</strong>
                  <p>{idea.reason}</p>
                </li>
              ))}
            </ol>
            <button type="button" onClick={() => reveal(false)}>
              Hide the {lang} ideas
            </button>
          </>
        ) : (
          <>
            <p>They give part of the {code} away, so they stay hidden until you ask.</p>
            <button type="button" onClick={() => reveal(true)}>
              Show the {lang} ideas
            </button>
          </>
        )}
      </section>
    </>
  );
}
