import { describeDue } from '@/lib/quiz/format';

export interface AllDoneProps {
  nextDueAt: number | null;
  newLimitReached: boolean;
  now: Date;
  /** How many more new questions "Study more" allows. */
  studyMoreCount: number;
  onStudyMore(): void;
}

export function AllDone({ nextDueAt, newLimitReached, now, studyMoreCount, onStudyMore }: AllDoneProps) {
  return (
    <section className="quiz-done" data-testid="all-done">
      <h2>All done for now</h2>
      <p>
        {newLimitReached
          ? 'You have met today’s new questions and nothing is due. '
          : 'Nothing is due right now. '}
        {nextDueAt === null
          ? 'Come back tomorrow for new questions.'
          : `Next review ${describeDue(nextDueAt, now)}.`}
      </p>
      {newLimitReached && (
        <button type="button" data-quiz-key className="quiz-primary" onClick={onStudyMore}>
          Study {studyMoreCount} more <kbd>Enter</kbd>
        </button>
      )}
    </section>
  );
}
