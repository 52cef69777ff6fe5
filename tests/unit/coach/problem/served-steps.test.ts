import { describe, expect, it } from 'vitest';
import { precedence } from '@/lib/coach/problem/companions';
import { SERVED_STEPS, serves } from '@/lib/coach/problem/served-steps';
import type { TechniqueId } from '@/lib/coach/problem/types';

const pairs = Object.entries(SERVED_STEPS).flatMap(([idea, steps]) =>
  (steps ?? []).map((step) => [idea as TechniqueId, step] as const),
);

/**
 * The table of ideas and the steps that serve them is reviewed, not recomputed, so that entries
 * added for coverage cannot reorder pages across a threshold. It must still say what Sparring's
 * notes say: where the notes list both, most of them name the idea first.
 */
describe('the reviewed table of ideas and the steps that serve them', () => {
  it.each(pairs)('the notes name %s before %s in most entries that list both', (idea, step) => {
    const { share, both } = precedence(idea, step);
    expect(both).toBeGreaterThanOrEqual(4);
    expect(share).toBeGreaterThan(0.5);
  });

  it('never has a pair both ways round, nor a technique serving itself', () => {
    for (const [idea, step] of pairs) {
      expect(step).not.toBe(idea);
      expect(serves(idea, step)).toBe(false);
    }
  });
});
