import { formatBound } from './complexity';
import { runIsPathOnGrid, windowBroken } from './knowledge/runs';
import { oneWayWalk } from './knowledge/steps';
import { TAG_TECHNIQUES } from './knowledge/tags';
import type { Scene } from './knowledge/trigger';
import type { TechniqueId } from './types';

/** Normalises a tag for lookup: "Heap (Priority Queue)" → "heap (priority queue)", "*1400" → "". */
function tagKey(tag: string): string {
  return tag
    .toLowerCase()
    .replace(/^\*\d+$/, '')
    .replace(/[-_]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace('depth first', 'depth-first')
    .replace('breadth first', 'breadth-first')
    .replace('doubly linked', 'doubly-linked')
    .trim();
}

/**
 * What a tag says in this scene, its main meaning first: a shortest-path tag over moves that
 * all cost the same is a breadth-first search.
 */
export function tagTechniques(tag: string, scene: Scene): readonly TechniqueId[] {
  const ids = TAG_TECHNIQUES[tagKey(tag)] ?? [];
  if (scene.unitMoves && ids.includes('shortest-path')) return ['breadth-first-search'];
  return ids;
}

export function quote(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  return trimmed.length > 60 ? `${trimmed.slice(0, 57)}…` : trimmed;
}

/** Words that say the answer is a choice among many candidates: one of them, the best, or all. */
const CHOICE =
  /\bsubsets?\b|\bsubsequences?\b|\bpermutations?\b|\bcombinations?\b|\b(?:all|every) possible\b|\b(?:return|generate|list|print|find) all\b|\bways? to\b|\bmaximum\b|\bminimum\b|\bchoose\b|\bselect\b|\bpartition\b|\bsplit\b|\bassign\b|(?<!\bin (?:the )?(?:same |given |original |input |their |its |sorted |increasing |decreasing )?)\border(?:ing)?s?\b(?! to\b)/;

/** The answer is an arrangement, a subset or a split of the items themselves. */
const ARRANGING =
  /\bpermutations?\b|\barrangements?\b|\bsubsets?\b|\bpartition(?:s|ing)?\b|\bcombinations?\b/;

/** What the bounds alone say: only values bounded, or so few items that every choice can be tried. */
export function boundSignals(
  scene: Scene,
  add: (id: TechniqueId, w: number, t: string) => void,
  tabled: number,
) {
  // Only values are bounded, but when the answer for a value is built from the answers for all
  // smaller ones, or a search walks every value (a table or a queue up to a value of at most
  // 10^7), the value is the size of that table.
  const table = tabled >= 3 && (scene.largestValue ?? Number.POSITIVE_INFINITY) <= 1e7;
  // A class's calls are no formula, whatever the bounds leave unsized.
  if (scene.shape === 'values' && !table && !scene.design) {
    add('math', 3, 'only values are bounded, not the size of an input: the answer is a formula in them');
  }
  const largest = scene.largest;
  // Few items only invite trying every choice when there is a choice to make (a subset, an order,
  // a split, the best or every candidate): twenty words to check one by one are a short input.
  const choosing = CHOICE.test(scene.body);
  if (
    choosing &&
    largest !== undefined &&
    largest <= 20 &&
    !scene.grid &&
    scene.shape !== 'values' &&
    !scene.design
  ) {
    // An arrangement, a subset or a partition of so few items is the search itself, whatever
    // arithmetic decides which ones count.
    const arranging = ARRANGING.test(scene.body);
    add(
      'backtracking',
      arranging ? 2.5 : largest <= 10 ? 1 : 0.75,
      `at most ${largest} items: few enough to try every ${arranging ? 'arrangement' : 'choice'}`,
    );
    if (largest > 10)
      add('bit-manipulation', 1, `${formatBound(largest)} items: every subset fits in a bitmask`);
  }
  if (scene.shape === 'graph') add('graph', 2, 'the input lists links between numbered items: a graph');
}

/**
 * The answer depends on the input's own order (a contiguous run, positions kept): sorting
 * would destroy what is asked about, so its evidence does not count. A run judged by its total
 * over values that can be negative cannot be a window that shrinks, nor can a run a walker makes
 * from cell to neighbouring cell (runs.ts), nor a walk over a grid whose every move goes strictly
 * one way (steps.ts). Values past ten
 * million cannot each be a state of a search.
 */
export function vetoed(id: TechniqueId, scene: Scene): boolean {
  return (
    (id === 'sorting' && scene.ordered) ||
    (id === 'sliding-window' &&
      (windowBroken(scene) || runIsPathOnGrid(scene) || (scene.grid && oneWayWalk(scene.body)))) ||
    (id === 'breadth-first-search' && valuesTooManyToWalk(scene))
  );
}

/**
 * Only numbers are given and they run past ten million: a search that visits each value as a
 * state cannot finish, whatever the words say ("the fewest moves from start to goal"), so the
 * moves need a formula or a greedy walk back from the goal.
 */
function valuesTooManyToWalk(scene: Scene): boolean {
  return scene.shape === 'values' && (scene.largestValue ?? 0) > 1e7;
}
