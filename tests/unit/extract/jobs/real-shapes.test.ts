import { describe, expect, it } from 'vitest';
import { labelledPostings, readPosting, requirementsRight } from './real-shapes';

const POSTINGS = labelledPostings();

describe('requirements land in the right list on real-shaped postings', () => {
  it.each(POSTINGS)('$page', ({ page, requirements }) => {
    const context = readPosting(page);
    expect(context?.requirements).toEqual(expect.arrayContaining(requirements));
    expect([...(context?.responsibilities ?? []), ...(context?.niceToHave ?? [])]).not.toEqual(
      expect.arrayContaining([requirements[0]]),
    );
  });

  it('on at least 7 of every 8', () => {
    expect(POSTINGS.length).toBeGreaterThanOrEqual(8);
    expect(POSTINGS.filter(requirementsRight).length / POSTINGS.length).toBeGreaterThanOrEqual(7 / 8);
  });
});
