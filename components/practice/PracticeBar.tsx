import { paceMinutes } from '@/lib/practice/grade';
import {
  daysUntilDue,
  GRADE_LABELS,
  OUTCOME_LABELS,
  OUTCOMES,
  type Outcome,
  type PracticeRecord,
  type ReviewGrade,
  timerElapsed,
} from '@/lib/practice/record';
import { clock, inDays } from './format';
import './practice.css';

export interface PracticeActions {
  start(): void;
  pause(): void;
  reset(): void;
  finish(outcome: Outcome): void;
  grade(grade: ReviewGrade): void;
  again(): void;
}

export interface PracticeBarProps {
  record: PracticeRecord;
  now: number;
  /** Why the attempt got its grade, in a sentence. */
  gradeReason: string | null;
  actions: PracticeActions;
}

const GRADES = [1, 2, 3, 4] as const;

/**
 * This attempt at the problem: a timer that runs while the user works (paused while the tab is
 * hidden), the interview pace beside it, and how it ended: marked here, or read from the judge.
 * Once ended: the grade the review was scheduled with, which the user may change, and when the
 * problem comes back.
 */
export function PracticeBar({ record, now, gradeReason, actions }: PracticeBarProps) {
  const { attempt } = record;
  const elapsed = timerElapsed(attempt, now);
  const pace = paceMinutes(record.difficulty);
  const paceMs = pace * 60_000;
  const running = attempt.runningSince !== null;
  const review = record.past.length > 0;

  if (attempt.outcome !== null) {
    const due = daysUntilDue(record, now);
    return (
      <section className="practice-bar" aria-labelledby="practice-heading" data-testid="practice">
        <h2 id="practice-heading">{review ? 'This review' : 'Your attempt'}</h2>
        <p data-testid="practice-outcome">
          <strong>{OUTCOME_LABELS[attempt.outcome]}</strong>
          {attempt.outcomeBy === 'page' ? ' (read from the judge’s verdict)' : ''}
          {elapsed > 0 ? ` in ${clock(elapsed)}` : ''}.
        </p>
        {gradeReason && <p className="note">{gradeReason}</p>}
        <fieldset className="practice-grades">
          <legend>
            Review grade{attempt.gradeBy === 'you' ? ' (your choice)' : ''}: comes back{' '}
            <span data-testid="practice-due">{due === null ? 'never' : inDays(due)}</span>
          </legend>
          {GRADES.map((grade) => (
            <button
              key={grade}
              type="button"
              aria-pressed={attempt.grade === grade}
              onClick={() => actions.grade(grade)}
            >
              {GRADE_LABELS[grade]}
            </button>
          ))}
        </fieldset>
        <OutcomeButtons current={attempt.outcome} onFinish={actions.finish} label="Change the outcome to" />
        <p className="practice-row">
          <button type="button" onClick={actions.again}>
            Practise again now
          </button>
        </p>
      </section>
    );
  }

  return (
    <section className="practice-bar" aria-labelledby="practice-heading" data-testid="practice">
      <h2 id="practice-heading">{review ? 'Review: solve it again' : 'Practice timer'}</h2>
      <p className="practice-row">
        <span
          className={`practice-clock${elapsed > paceMs ? ' practice-over' : ''}`}
          data-testid="timer"
          role="timer"
          aria-live="off"
        >
          {clock(elapsed)}
        </span>
        <span className="note">
          {' '}
          of about {pace} min
          {record.difficulty ? ` for ${record.difficulty === 'Easy' ? 'an' : 'a'} ${record.difficulty}` : ''}{' '}
          in an interview
        </span>
      </p>
      <progress
        className="practice-pace"
        max={paceMs}
        value={Math.min(elapsed, paceMs)}
        aria-label="Time against the interview pace"
      />
      <p className="practice-row">
        {running ? (
          <button type="button" onClick={actions.pause}>
            Pause
          </button>
        ) : (
          <button type="button" onClick={actions.start}>
            {elapsed > 0 ? 'Resume' : 'Start'}
          </button>
        )}
        {elapsed > 0 && (
          <button type="button" onClick={actions.reset}>
            Reset
          </button>
        )}
        {attempt.pausedHidden && <span className="note">Paused while the tab was hidden.</span>}
      </p>
      <OutcomeButtons current={null} onFinish={actions.finish} label="How did it go?" />
    </section>
  );
}

function OutcomeButtons({
  current,
  onFinish,
  label,
}: {
  current: Outcome | null;
  onFinish: (outcome: Outcome) => void;
  label: string;
}) {
  return (
    <fieldset className="practice-grades">
      <legend>{label}</legend>
      {OUTCOMES.filter((outcome) => outcome !== current).map((outcome) => (
        <button key={outcome} type="button" onClick={() => onFinish(outcome)}>
          {OUTCOME_LABELS[outcome]}
        </button>
      ))}
    </fieldset>
  );
}
