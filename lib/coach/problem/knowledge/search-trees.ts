import type { Trigger } from './trigger';

/*
 * A search tree asked where one value falls: the closest key to x, the floor or ceiling of x, the
 * smallest key above x, whether x is stored. Its order sends every step one way, so the walk from
 * the root follows one path, as long as the tree is high: log n when the statement promises the
 * tree balanced, n on a tree that is one long path. Questions over the whole tree (a count in a
 * range, a check that it is valid, the k-th key) visit more than one path and stay out.
 */

/** The tree is a search tree: named, or its order told ("all keys in the left subtree are smaller"). */
const SEARCH_TREE =
  /\bbinary search tree\b|\bbst\b|\bleft subtree\b[^.]{0,80}\b(?:smaller|less|lower)\b[^.]{0,100}\bright subtree\b[^.]{0,40}\b(?:larger|greater|bigger|higher)\b/;
/** One value's place among the keys is asked: closest to x, the least above x, the floor of x, whether x is there. */
const ONE_VALUE_PLACED =
  /\b(?:closest|nearest) to (?:the )?(?:\w+ )?[a-z]\b(?!\w)|\b(?:floor|ceil(?:ing)?) of (?:the )?(?:\w+ )?[a-z]\b|\b(?:smallest|least|lowest|earliest) \w+ (?:\w+ ){0,3}?(?:greater than|larger than|bigger than|higher than|at least|not less than|no less than|not before|no earlier than|after|>=?) (?:the )?(?:\w+ )?`?[a-z]\b|\b(?:largest|greatest|highest|latest|biggest) \w+ (?:\w+ ){0,3}?(?:smaller than|less than|lower than|at most|not greater than|no greater than|not more than|no more than|not after|no later than|before|<=?) (?:the )?(?:\w+ )?`?[a-z]\b|\b(?:whether|if) (?:the )?(?:value |key )?[a-z] (?:is (?:present|stored|in)|appears|exists|occurs)\b/;
/** The statement promises the tree balanced: its height is log n. */
export const BALANCED_TREE =
  /\b(?:height-)?balanced (?:binary )?(?:search )?tree\b|\btree is (?:height-)?balanced\b|\bheights? of (?:its|the) (?:two )?(?:left and right )?subtrees differ by at most (?:1|one)\b/;

/** Where one value falls among a search tree's keys: `balanced` when the statement promises it, else `any`. */
export function treeSearch(body: string): 'balanced' | 'any' | null {
  if (!SEARCH_TREE.test(body) || !ONE_VALUE_PLACED.test(body)) return null;
  return BALANCED_TREE.test(body) ? 'balanced' : 'any';
}

export const SEARCH_TREE_TRIGGERS: readonly Trigger[] = [
  {
    technique: 'binary-tree',
    pattern: ONE_VALUE_PLACED,
    weight: 3,
    why: 'a search tree’s order sends each step left or right, so the walk from the root to one value follows a single path',
    when: (scene) => scene.kinds.includes('tree') && treeSearch(scene.body) !== null,
    also: ['binary-search'],
  },
];
