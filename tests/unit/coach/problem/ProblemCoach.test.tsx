import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ProblemCoach } from '@/components/coach/ProblemCoach';
import type { ProblemAnalysis } from '@/lib/coach/problem';

const ANALYSIS: ProblemAnalysis = {
  patterns: [{ id: 'sliding-window', confidence: 0.8, reason: '"longest substring": a window' }],
  complexityTarget: 'O(n log n)',
  complexityReason: 'n <= 10^5 → about 10^8 simple steps per second, so O(n log n) fits.',
  edgeCases: ['A single character'],
  hints: [
    { level: 1, text: 'What if the window could shrink?', source: 'coach' },
    { level: 2, text: 'Use a window over the string.', source: 'coach' },
    { level: 3, text: 'Keep a left edge and a right edge.', source: 'coach' },
  ],
};

describe('ProblemCoach', () => {
  it('shows the complexity target and edge cases but hides techniques and hints at first', () => {
    const html = renderToStaticMarkup(<ProblemCoach analysis={ANALYSIS} />);
    expect(html).toContain('O(n log n)');
    expect(html).toContain('10^8 simple steps per second');
    expect(html).toContain('A single character');
    expect(html).toContain('Show techniques');
    expect(html).not.toContain('longest substring');
    expect(html).not.toContain('What if the window could shrink?');
    expect(html).toContain('Show first hint');
  });

  it('shows exactly the hint levels already opened, and the techniques once revealed', () => {
    const html = renderToStaticMarkup(<ProblemCoach analysis={ANALYSIS} hintsShown={2} techniquesShown />);
    expect(html).toContain('What if the window could shrink?');
    expect(html).toContain('Use a window over the string.');
    expect(html).not.toContain('Keep a left edge');
    expect(html).toContain('Next hint');
    expect(html).toContain('sliding window');
    expect(html).toContain('Hide techniques');
  });

  it('says when the ladder is finished', () => {
    const html = renderToStaticMarkup(<ProblemCoach analysis={ANALYSIS} hintsShown={3} />);
    expect(html).not.toContain('Next hint');
    expect(html).toContain('last hint');
  });
});
