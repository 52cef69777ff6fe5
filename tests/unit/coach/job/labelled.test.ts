import { describe, expect, it } from 'vitest';
import { measureJobCoach } from '@/tests/support/job-labels';

const figures = measureJobCoach();

/**
 * The gates on the labelled postings (tests/fixtures/coach/jobs): what `npm run bench` prints,
 * enforced. Each posting's own mistakes are listed when a gate fails.
 */
describe('the job coach on the labelled postings', () => {
  it('reads them all as postings', () => {
    expect(figures.read).toBe(figures.total);
    expect(figures.total).toBeGreaterThanOrEqual(60);
  });

  it('names the track of at least 90%', () => {
    expect(figures.trackAccuracy, figures.misses.track.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('finds at least 90% of the rounds the postings describe, marked as theirs', () => {
    expect(figures.statedRecall, figures.misses.stated.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('finds the stack the postings name with an F1 of at least 0.9', () => {
    const { skillsPrecision: precision, skillsRecall: recall } = figures;
    expect((2 * precision * recall) / (precision + recall)).toBeGreaterThanOrEqual(0.9);
  });

  it('names the level of at least 90%', () => {
    expect(figures.seniorityAccuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('gives no role outside engineering a coding or design round', () => {
    expect(figures.misses.nonEngineering).toEqual([]);
  });

  it('gives no design round where the loop has none', () => {
    expect(figures.misses.design).toEqual([]);
  });
});
