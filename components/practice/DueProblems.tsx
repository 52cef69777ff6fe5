import { daysUntilDue, type PracticeRecord } from '@/lib/practice/record';
import { inDays } from './format';

export interface DueProblemsProps {
  due: readonly PracticeRecord[];
  now: number;
  /** The extension's progress page. */
  progressHref: string;
}

/** Shown at most: the popup is small, and the progress page has the rest. */
const SHOWN = 5;

/**
 * Problems back for review, beside the quiz: each opens its judge's page in a new tab, where the
 * panel times and grades the review. Nothing is said when nothing is due, beyond the way to the
 * progress page.
 */
export function DueProblems({ due, now, progressHref }: DueProblemsProps) {
  return (
    <section className="due-problems" aria-labelledby="due-heading" data-testid="due-problems">
      {due.length > 0 && (
        <>
          <h2 id="due-heading">
            {due.length === 1 ? 'A problem to review' : `${due.length} problems to review`}
          </h2>
          <ul>
            {due.slice(0, SHOWN).map((record) => {
              const days = daysUntilDue(record, now) ?? 0;
              return (
                <li key={`${record.site}:${record.id}`}>
                  <a href={record.url} target="_blank" rel="noreferrer" data-testid="due-problem">
                    {record.title}
                  </a>{' '}
                  <span className="due-when">{days < 0 ? `due ${inDays(days)}` : 'due today'}</span>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <a href={progressHref} target="_blank" rel="noreferrer" className="due-progress">
        Your progress
      </a>
    </section>
  );
}
