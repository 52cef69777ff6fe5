import { describeDue } from '@/lib/quiz/format';

export interface AllDoneProps {
  nextDueAt: number | null;
  newLimitReached: boolean;
  now: Date;
}

export function AllDone({ nextDueAt, newLimitReached, now }: AllDoneProps) {
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
    </section>
  );
}
