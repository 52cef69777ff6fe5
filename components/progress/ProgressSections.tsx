import { problemUrl } from '@/lib/coach/problem/library/lookup';
import type { Suggestion } from '@/lib/practice/next';
import type { ProgressView } from '@/lib/practice/progress';
import type { Readiness } from '@/lib/practice/readiness';
import type { TechniqueStanding } from '@/lib/practice/stats';

const percent = (share: number) => `${Math.round(share * 100)}%`;
const label = (technique: string) => technique.replaceAll('-', ' ');

function why(standing: TechniqueStanding): string {
  const parts = [
    standing.unsolved > 0 && `${standing.unsolved} given up or solution seen`,
    standing.helped > 0 && `${standing.helped} with hints`,
    standing.slow > 0 && `${standing.slow} slower than interview pace`,
    standing.failedReviews > 0 && `${standing.failedReviews} failed reviews`,
  ].filter(Boolean);
  return `${standing.attempts} attempt${standing.attempts === 1 ? '' : 's'}: ${parts.join(', ')}`;
}

export function WeakTechniques({ weak }: { weak: readonly TechniqueStanding[] }) {
  return (
    <section aria-labelledby="weak-h">
      <h2 id="weak-h">Weak techniques</h2>
      {weak.length === 0 ? (
        <p className="note">
          Nothing stands out yet: techniques show here once attempts at them needed help, ran slow or failed a
          review.
        </p>
      ) : (
        <ul className="weak" data-testid="weak-techniques">
          {weak.map((standing) => (
            <li key={standing.technique}>
              <strong>{label(standing.technique)}</strong>{' '}
              <meter
                min={0}
                max={1}
                value={standing.weakness}
                aria-label={`Trouble with ${label(standing.technique)}`}
              />{' '}
              <span className="note">{why(standing)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function StreakCalendar({ calendar, streak }: Pick<ProgressView, 'calendar' | 'streak'>) {
  return (
    <section aria-labelledby="streak-h">
      <h2 id="streak-h">Practice days</h2>
      <p data-testid="streak">
        {streak === 0 ? 'No streak yet: practise today to start one.' : `A ${streak}-day streak.`}
      </p>
      <div className="calendar" role="img" aria-label="Days with practice, Monday to Sunday, week by week">
        {calendar.map((week) => (
          <div className="calendar-week" key={week[0]?.day}>
            {week.map((cell) => (
              <span
                key={cell.day}
                title={cell.day}
                className={`calendar-day${cell.active ? ' active' : ''}${cell.future ? ' future' : ''}`}
              />
            ))}
          </div>
        ))}
      </div>
    </section>
  );
}

export function ReadinessView({ readiness }: { readiness: Readiness | null }) {
  return (
    <section aria-labelledby="ready-h">
      <h2 id="ready-h">Readiness</h2>
      {readiness === null ? (
        <p className="note">
          Save a target role from a job posting in the side panel (Practise for this role in the quiz) to see
          how ready you are for its rounds.
        </p>
      ) : (
        <>
          <p data-testid="readiness">
            {percent(readiness.overall)} ready for the role's rounds
            {readiness.daysLeft === null
              ? ' (enter the interview date on the posting to count down to it).'
              : `, ${readiness.daysLeft} day${readiness.daysLeft === 1 ? '' : 's'} before the interview.`}
          </p>
          <ul className="readiness">
            {readiness.rounds.map((round) => (
              <li key={round.kind}>
                <strong>{round.title}</strong> ({percent(round.weight)} of the loop):{' '}
                <meter min={0} max={1} value={round.score} aria-label={`${round.title} readiness`} />{' '}
                {percent(round.score)} <span className="note">— {round.detail}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function NextProblems({ next }: { next: readonly Suggestion[] }) {
  return (
    <section aria-labelledby="next-h">
      <h2 id="next-h">What to practise next</h2>
      {next.length === 0 ? (
        <p className="note">Suggestions come once a technique shows as weak.</p>
      ) : (
        <ul className="next" data-testid="next-problems">
          {next.map((suggestion) => (
            <li key={suggestion.problem.slug}>
              <a href={problemUrl(suggestion.problem)} target="_blank" rel="noreferrer">
                {suggestion.problem.title}
              </a>{' '}
              <span className="note">
                ({suggestion.problem.difficulty}, {label(suggestion.technique)}) {suggestion.why}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
