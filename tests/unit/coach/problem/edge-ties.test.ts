import { describe, expect, it } from 'vitest';
import { CONTRADICTIONS, contradictedBy } from '@/lib/coach/problem/contradictions';
import { GUARANTEES, type Guarantee } from '@/lib/coach/problem/guarantees';
import { SHAPE_TRAPS, TECHNIQUE_TRAPS } from '@/lib/coach/problem/knowledge/traps';

/**
 * Every canned edge-case line is tied to the guarantees that rule it out, in both directions: a
 * line whose words contradict a promise names that promise in `unless`, and a line dropped under a
 * promise says what it assumes in words the contradiction table reads, so the gate over the
 * labelled pages sees it whenever the reading misses that promise.
 */
const ALL = Object.keys(GUARANTEES) as Guarantee[];
const traps = [...Object.values(TECHNIQUE_TRAPS).flat(), ...Object.values(SHAPE_TRAPS).flat()];

describe('the canned edge-case lines', () => {
  it.each(traps.map((trap) => [trap.text, trap] as const))(
    '"%s" names every promise its words contradict',
    (_, trap) => {
      const unless = trap.unless ?? [];
      expect(contradictedBy(trap.text, ALL).filter((guarantee) => !unless.includes(guarantee))).toEqual([]);
    },
  );

  it.each(traps.filter((trap) => trap.unless).map((trap) => [trap.text, trap] as const))(
    '"%s" says in words what each promise it gives way to rules out',
    (_, trap) => {
      expect((trap.unless ?? []).filter((guarantee) => !CONTRADICTIONS[guarantee].test(trap.text))).toEqual(
        [],
      );
    },
  );
});
