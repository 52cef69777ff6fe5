import { BarChart } from 'chartist';
import { useEffect, useRef } from 'react';
import 'chartist/dist/index.css';

export interface BarPlotProps {
  title: string;
  /** One sentence saying what the plot shows, for readers who cannot see it. */
  summary: string;
  labels: readonly string[];
  values: readonly number[];
  testId: string;
}

/** A bar plot drawn by Chartist as SVG, with its summary in words beneath it. */
export function BarPlot({ title, summary, labels, values, testId }: BarPlotProps) {
  const holder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!holder.current) return;
    const chart = new BarChart(
      holder.current,
      { labels: [...labels], series: [[...values]] },
      {
        height: 180,
        axisY: { onlyInteger: true, offset: 24 },
        // Every other label on a crowded axis.
        axisX: {
          showGrid: false,
          labelInterpolationFnc: (value, index) => (labels.length > 14 && index % 2 === 1 ? null : value),
        },
      },
    );
    return () => {
      chart.detach();
    };
  }, [labels, values]);
  return (
    <figure className="bar-plot" data-testid={testId}>
      <figcaption>
        <strong>{title}</strong> <span className="note">{summary}</span>
      </figcaption>
      <div ref={holder} aria-hidden="true" />
    </figure>
  );
}
