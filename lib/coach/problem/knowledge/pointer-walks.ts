import { FAR_POSITION, LOWER_OF_TWO, MIRRORED, TOGETHER } from '../pointer-shapes';
import { IN_PLACE, JUDGED } from '../pointer-walks';
import { countShapes } from './count-methods';
import type { Scene, Trigger } from './trigger';

/**
 * The structures two pointers are the method for (pointer-walks.ts reads them). A count over the
 * pairs is weighed by pair-counts.ts, so a pair read here speaks only for the other asks: the
 * best sum under a cap, the closest gap, a sum in sorted input, triples.
 */
const ends = (scene: Scene) =>
  scene.pointerWalk?.shape === 'ends' &&
  (!scene.pairCount || scene.pointerWalk.triple) &&
  // Two members of a group bounded by their gap is the group's rule: the groups are runs of a sort.
  !countShapes.groupsBySpread(scene);

export const POINTER_WALK_TRIGGERS: readonly Trigger[] = [
  {
    technique: 'two-pointers',
    pattern: JUDGED,
    weight: 4,
    why: 'two items are judged by their sum or their gap, which does not depend on which comes first: in sorted order two pointers (from both ends, or one in each list) close in on the bound in one walk',
    when: (scene) => ends(scene) && !scene.guarantees.has('sorted'),
    also: ['sorting', 'binary-search'],
  },
  {
    technique: 'two-pointers',
    pattern: JUDGED,
    weight: 4,
    why: 'the input comes sorted and two items are judged by their sum or gap: two pointers close in on it in one walk, with no sort',
    when: (scene) => ends(scene) && scene.guarantees.has('sorted'),
    also: ['binary-search'],
  },
  {
    technique: 'two-pointers',
    pattern: IN_PLACE,
    weight: 3.5,
    why: 'the array is changed where it lies: a write position trails a read position (or two ends swap inward), one pass with no second array',
    when: (scene) => scene.pointerWalk?.shape === 'in-place',
  },
  {
    technique: 'two-pointers',
    pattern: MIRRORED,
    weight: 4,
    why: 'the string is compared or swapped from both ends at once: one position at each end steps inward until they meet, one pass with no copy',
    when: (scene) => scene.pointerWalk?.shape === 'mirror',
    also: ['string'],
  },
  {
    technique: 'two-pointers',
    pattern: TOGETHER,
    weight: 4,
    why: 'both lists come sorted: one position in each moves past the smaller item, so the two are walked together once with no lookup table',
    when: (scene) => scene.pointerWalk?.shape === 'side-by-side',
  },
  {
    technique: 'two-pointers',
    pattern: LOWER_OF_TWO,
    weight: 4,
    why: 'the lower of two ends limits every narrower pair that keeps it: start from the widest pair and move the lower end inward, one pass',
    when: (scene) => scene.pointerWalk?.shape === 'walls',
    also: ['greedy'],
  },
  {
    technique: 'two-pointers',
    pattern: FAR_POSITION,
    weight: 4,
    why: 'a position far along the list (its middle, the k-th from its end, a loop) is found by two walkers, one twice as fast or one k links ahead, in one pass with O(1) memory',
    when: (scene) => scene.pointerWalk?.shape === 'chain',
    also: ['linked-list'],
  },
];
