import { describe, expect, it } from 'vitest';
import { momentsApart, withoutTiesInTime } from '@/lib/coach/problem/distinct-moments';
import { listedEdgeCases, promised } from '../../../support/statement';

/*
 * Moments a page promises apart never tie: the notes' pitfalls and the checklist's doubts about
 * two events at one moment speak of inputs the page rules out. Statements written for these tests.
 */
describe('moments promised apart', () => {
  it.each([
    'No two of the 2n moments are equal.',
    'All arrival and leaving times are distinct.',
    'No two of the timestamps are the same.',
  ])('are read from: %s', (statement) => {
    expect(momentsApart(statement.toLowerCase())).toBe(true);
  });

  it.each([
    'No two of the adjacent plots are equal.',
    'All customer names are distinct.',
    'Two customers may arrive at the same moment.',
  ])('are not read from: %s', (statement) => {
    expect(momentsApart(statement.toLowerCase())).toBe(false);
  });

  it('make the values distinct, but not when only neighbours differ', () => {
    expect(promised('No two of the 2n moments are equal.')).toContain('distinct');
    expect(promised('No two of the adjacent plots are equal.')).not.toContain('distinct');
  });

  it('drop the lines about ties in time, and keep the rest', () => {
    const lines = [
      'Handling a start before an end at the same moment counts a room that is not needed.',
      'Freeing a room only when its meeting ended strictly before opens an extra room for back-to-back meetings.',
      'Keep the largest size seen, not the size at the end.',
    ];
    expect(withoutTiesInTime(lines, 'no two of the 2n moments are equal.')).toEqual([lines[2]]);
    expect(withoutTiesInTime(lines, 'two customers may leave at the same moment.')).toEqual(lines);
  });

  it('take the heap tie doubt off the checklist', () => {
    const statement =
      'You know the arrival and leaving time of each of the n customers. No two of the 2n moments are equal. What was the largest number of customers inside at once?';
    const sizes = ['1 <= n <= 2 * 10^5', '1 <= a < b <= 10^9'];
    expect(
      listedEdgeCases(statement, sizes, ['intervals'], ['heap-priority-queue']).some((line) =>
        /^Ties between equal keys/.test(line),
      ),
    ).toBe(false);
  });
});
