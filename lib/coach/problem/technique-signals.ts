import { answerSearch } from './answer-object';
import { TOGGLES } from './answer-phrases';
import { formatBound } from './complexity';
import { GREEDY_CHOICE_EVIDENCE } from './greedy-choice-costs';
import { groupsOverTime } from './knowledge/joins';
import { positionsAsked } from './knowledge/order-free';
import { runIsPathOnGrid, windowBroken } from './knowledge/runs';
import { oneWayWalk } from './knowledge/steps';
import { TAG_TECHNIQUES } from './knowledge/tags';
import type { Scene } from './knowledge/trigger';
import type { PairingShape } from './pairings';
import type { TechniqueId } from './types';
import { valueMathReason, valueWorkEvidence } from './value-evidence';

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
  // A class's calls are no formula, whatever the bounds leave unsized; nor is a count of items the
  // answer takes or orders ("lay all n cards in one row"), though only n is bounded.
  const searched = answerSearch(scene.answer) !== null;
  if (scene.shape === 'values' && !table && !scene.design && !searched) {
    add('math', 3, valueMathReason(scene.valueWork));
    valueWorkEvidence(scene.valueWork, add);
  }
  const largest = scene.largest;
  // Items paired, matched or kept by turns are decided greedily, whatever their count suggests.
  if (pairingSignals(scene, add)) return;
  // What the answer is made of speaks before any word for a choice: the items to take or order.
  if (answerSignals(scene, add)) {
    if (scene.shape === 'graph') add('graph', 2, 'the input lists links between numbered items: a graph');
    return;
  }
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

/** The evidence a search over the answer's candidates weighs: as much as a clear phrase. */
const SEARCH_WEIGHT = 3.5;
const HELPER_WEIGHT = 2.5;

/**
 * What the answer's object says about the method (answer-object.ts): few items taken or left are
 * every subset (a bitmask, or a recursion that carries a running total), few items in an order
 * are every order, a few more an order built by a table over the items placed so far, up to forty
 * taken by their total are two halves; an order one key decides is a sort, however few the items.
 * Returns whether the object decided, so the bounds' guess from words stays out.
 */
function answerSignals(scene: Scene, add: (id: TechniqueId, w: number, t: string) => void): boolean {
  const answer = scene.answer;
  if (!answer || answer.count <= 0) return false;
  const few = `${formatBound(answer.count)} ${answer.items}`;
  const search = answerSearch(answer);
  if (search === 'factorials') {
    add(
      'math',
      SEARCH_WEIGHT,
      `the answer counts orders of up to ${few} ("${answer.words}") modulo a prime: far too many to list, counted with factorials`,
    );
    return true;
  }
  if (answer.bare && answer.shape !== 'keyed') {
    add(
      'math',
      SEARCH_WEIGHT,
      `the ${answer.items} differ only by their number ("${answer.words}"): every count of them is a formula in n`,
    );
    return true;
  }
  if (answer.shape === 'cheapest') {
    const why = `"${answer.words}" under a bound on their total: each of the ${answer.items} only adds its cost, so the cheapest first is never worse`;
    add('greedy', SEARCH_WEIGHT, why);
    add('sorting', HELPER_WEIGHT, why);
    return true;
  }
  // Too many items for their subsets, each adding to one total: a table over the totals reachable.
  if (answer.shape === 'selection' && answer.tabled && !search && answer.count > 40) {
    add(
      'dynamic-programming',
      SEARCH_WEIGHT,
      `the answer is a choice of some of up to ${few} by their total ("${answer.words}"): too many for subsets, so a table over the totals the chosen ones reach`,
    );
    return true;
  }
  if (answer.count > 40) return false;
  if (answer.shape === 'keyed') {
    add(
      'sorting',
      SEARCH_WEIGHT,
      `the ${answer.items} are listed ${answer.words}: one key decides the order`,
    );
    return true;
  }
  if (search === 'subsets') {
    // A running total is carried down a recursion; flips of what each item touches are XORs of masks.
    const [first, second]: [TechniqueId, TechniqueId] =
      answer.additive && !TOGGLES.test(scene.body)
        ? ['backtracking', 'bit-manipulation']
        : ['bit-manipulation', 'backtracking'];
    const why = `the answer is a choice of some of at most ${few} ("${answer.words}"): every subset can be tried`;
    add(first, SEARCH_WEIGHT, why);
    add(second, HELPER_WEIGHT, why);
    return true;
  }
  if (search === 'orders') {
    add(
      'backtracking',
      SEARCH_WEIGHT,
      `the answer is an order of at most ${few} ("${answer.words}"): every order can be tried`,
    );
    return true;
  }
  if (search === 'placed') {
    const why = `the answer is an order of at most ${few} ("${answer.words}"): too many orders to list, few enough sets of items placed`;
    add('dynamic-programming', SEARCH_WEIGHT, why);
    add('bit-manipulation', HELPER_WEIGHT, why);
    return true;
  }
  if (search === 'halves') {
    const why = `the answer is a choice of some of at most ${few} by their total: too many subsets for one list, few enough for each half`;
    // Each total of one half is matched by a halving search in the other, sorted: that search decides.
    add('binary-search', SEARCH_WEIGHT, why);
    add('sorting', HELPER_WEIGHT, why);
    add('bit-manipulation', HELPER_WEIGHT, why);
    return true;
  }
  return false;
}

/** What each greedy shape (pairings.ts) is solved with, the deciding idea first, and why. */
const PAIRING_EVIDENCE: Record<PairingShape, { methods: readonly [TechniqueId, number][]; why: string }> = {
  pairs: {
    methods: [
      ['greedy', 4.5],
      ['sorting', 3.5],
      ['two-pointers', 3],
    ],
    why: 'at most two to a group under a cap, the fewest groups: sorted, the heaviest left shares with the lightest or goes alone',
  },
  matching: {
    methods: [
      ['greedy', 4.5],
      ['sorting', 3.5],
      ['two-pointers', 3],
    ],
    why: 'each item of one list is matched at most once to an item of the other that fits: sorted, each goes to the smallest partner it fits',
  },
  assign: {
    methods: [
      ['sorting', 4.5],
      ['greedy', 3.5],
    ],
    why: 'each item of one list goes to a different item of the other, the distances between partners made least: two crossed pairs are never closer than the same two uncrossed, so sort both and pair in order',
  },
  turns: {
    methods: [
      ['greedy', 6],
      ['dynamic-programming', 2],
    ],
    why: 'the kept values must rise and fall in turns: every turning point is kept, so one pass counts them',
  },
  neighbours: {
    methods: [['greedy', 4.5]],
    why: 'one that beats a neighbour must get more than it: a pass from each side settles every item, no heap needed',
  },
  ...GREEDY_CHOICE_EVIDENCE,
};

/** Evidence from a greedy shape of the answer (pairings.ts); whether one was read. */
function pairingSignals(scene: Scene, add: (id: TechniqueId, w: number, t: string) => void): boolean {
  const pairing = scene.pairing;
  if (!pairing) return false;
  const { methods, why: reason } = PAIRING_EVIDENCE[pairing.shape];
  const why = `"${quote(pairing.words)}": ${reason}`;
  // Items promised in order need no sort: the walk from both ends is the whole method.
  if (pairing.shape === 'pairs' && scene.guarantees.has('sorted')) {
    add('two-pointers', 4.5, `${why}; the items come sorted, so only the walk remains`);
    add('greedy', 3.5, why);
    return true;
  }
  for (const [id, weight] of methods) add(id, weight, why);
  return true;
}

/**
 * The answer depends on the input's own order (a contiguous run, positions kept, a gap between
 * positions such as j - i): sorting would destroy what is asked about, so its evidence does not count. A run judged by its total
 * over values that can be negative cannot be a window that shrinks, nor can a run a walker makes
 * from cell to neighbouring cell (runs.ts), nor a walk over a grid whose every move goes strictly
 * one way (steps.ts), nor a run of the line the input's spans lie on (line-runs.ts). Values past ten
 * million cannot each be a state of a search.
 */
export function vetoed(id: TechniqueId, scene: Scene): boolean {
  return (
    // Passes spent on the dearest items total the same whatever order the items come in.
    (id === 'sorting' && scene.pairing?.shape !== 'waive' && (scene.ordered || positionsAsked(scene.body))) ||
    (id === 'sliding-window' &&
      (windowBroken(scene) ||
        runIsPathOnGrid(scene) ||
        (scene.grid && oneWayWalk(scene.body)) ||
        !!scene.runsAlongTheLine)) ||
    (id === 'breadth-first-search' && valuesTooManyToWalk(scene)) ||
    ((id === 'breadth-first-search' || id === 'depth-first-search') && groupsOverTime(scene))
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
