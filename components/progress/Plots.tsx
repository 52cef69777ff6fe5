import { memo } from 'react';
import type { ProgressView } from '@/lib/practice/progress';
import { BarPlot } from './BarPlot';

/** "6 Jan" from a day key. */
function dayLabel(day: string): string {
  return new Date(`${day}T12:00:00`).toLocaleDateString(undefined, { day: 'numeric', month: 'short' });
}

/**
 * Solves per week and the review forecast: the page's one use of the charting library. Memoised, so
 * the plots are drawn again only when their figures change, not on every filter change.
 */
export const Plots = memo(function Plots({
  solvedPerWeek,
  forecast,
}: Pick<ProgressView, 'solvedPerWeek' | 'forecast'>) {
  const solved = solvedPerWeek.reduce((sum, week) => sum + week.solved, 0);
  const due = forecast.reduce((sum, day) => sum + day.due, 0);
  return (
    <>
      <BarPlot
        title="Problems solved per week"
        summary={`${solved} in the last ${solvedPerWeek.length} weeks.`}
        labels={solvedPerWeek.map((week) => dayLabel(week.week))}
        values={solvedPerWeek.map((week) => week.solved)}
        testId="plot-solved"
      />
      <BarPlot
        title="Reviews coming due"
        summary={`${due} in the next ${forecast.length} days, ${forecast[0]?.due ?? 0} today.`}
        labels={forecast.map((day) => dayLabel(day.day))}
        values={forecast.map((day) => day.due)}
        testId="plot-forecast"
      />
    </>
  );
});
