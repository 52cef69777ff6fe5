import type { QuizStats } from '@/lib/quiz/stats';

export function StatsBar({ stats }: { stats: QuizStats | null }) {
  return (
    <dl className="quiz-stats" aria-label="Your practice">
      <div title="Consecutive days with at least one answer">
        <dt>Streak</dt>
        <dd data-testid="streak">{stats?.streak ?? '–'}</dd>
      </div>
      <div title="Answers given today">
        <dt>Today</dt>
        <dd data-testid="today-count">{stats?.today ?? '–'}</dd>
      </div>
      <div title="Questions due for review now">
        <dt>Due</dt>
        <dd data-testid="due-count">{stats?.due ?? '–'}</dd>
      </div>
    </dl>
  );
}
