import { answerSearch } from '../answer-object';
import { coveredThings, EVERY_THING_COVERED } from '../covered-things';
import type { Scene, Trigger } from './trigger';

/** Few enough items that every subset of them (2^20 is about 10^6) can be listed or tabled. */
const FEW_ITEMS = 20;
const fewItems = (scene: Scene) => scene.largest !== undefined && scene.largest <= FEW_ITEMS && !scene.design;

/** A group picked from the items: a committee, a team, a party, the guests invited. */
const PICK_A_GROUP =
  /\b(?:choose|chooses|choosing|pick|picks|picking|select|selects|selecting|invite|invites|inviting|form|forms|forming)\b[^.]{0,60}\b(?:committee|team|party|group|subset|crew|squad|guests?|members?|friends?)\b|\bnot invite both\b|\brefuse to (?:sit|work|serve|play|be) (?:on|in|together)\b/;

/** Every item put in an order: seated, lined up, visited, each once. */
const ORDER_THEM_ALL =
  /\b(?:seat|seating|seated|line up|lined up|arrange|arranges|arranging) (?:\w+ ){0,3}?(?:guests|people|cousins|students|friends|children|members|players|diners|relatives|workers|items)\b|\b(?:visit|visits|visiting|stop at|stops at|tour)\b[^.]{0,20}\b(?:every|all|each)\b/;
/** ...and the best such order asked for. */
const BEST = /\b(?:smallest|largest|least|most|minimum|maximum|fewest|shortest|cheapest|best)\b/;

/** Pieces that must not attack each other along rows, columns and diagonals: n-queens retold. */
export const NO_TWO_IN_LINE =
  /\b(?:no two|not two|none of the)\b[^.]{0,80}\b(?:row|rows)\b[^.]{0,30}\b(?:column|columns)\b[^.]{0,40}\bdiagonals?\b|\b(?:same|a) row, (?:the same |a )?column,? (?:or|and) (?:on )?(?:the same |a |both )?diagonals?\b[^.]{0,60}\b(?:see|attack|hit|shoot|threaten)s? each other\b|\b(?:see|attack|hit|shoot|threaten)s? each other\b[^.]{0,60}\brow\b[^.]{0,20}\bcolumn\b[^.]{0,40}\bdiagonal|\b(?:sees?|attacks?|threatens?|shoots?|guards?|covers?) (?:along |down )?(?:its|their|the) (?:own )?row,? (?:\w+ ){0,3}?column,? (?:\w+ ){0,4}?diagonals?\b/;

/**
 * The answer's candidates are walked by a search of their own (answer-object.ts): every order of
 * at most ten items, every subset of at most twenty, the halves of forty, pieces placed so that
 * none attacks another; or they are counted by a formula, the items differing only by their
 * number. Counting them, or forbidding neighbours, does not make a table over smaller answers the
 * method.
 */
const SEARCHED = ['orders', 'subsets', 'halves', 'factorials'];
export const triedOneByOne = (scene: Scene) =>
  SEARCHED.includes(answerSearch(scene.answer) ?? '') ||
  !!scene.answer?.bare ||
  NO_TWO_IN_LINE.test(scene.body);

/** Small n over subsets of people or items, and placements that must not attack each other. */
export const SUBSET_TRIGGERS: readonly Trigger[] = [
  // Both standard ways, equally: the rest of the page decides which leads (a count of groups leans
  // to deciding item by item, a best group to listing the masks).
  {
    technique: 'bit-manipulation',
    pattern: PICK_A_GROUP,
    weight: 3,
    why: 'so few items that every group of them fits in a bitmask: try each of the 2^n groups and check it against each item’s mask of conflicts',
    when: fewItems,
  },
  {
    technique: 'backtracking',
    pattern: PICK_A_GROUP,
    weight: 3,
    why: 'so few items that each can be decided in turn, in or out, skipping any that conflicts with one already in: at most 2^n groups',
    when: fewItems,
  },
  {
    technique: 'dynamic-programming',
    pattern: ORDER_THEM_ALL,
    weight: 3,
    why: 'too many orders to try one by one, but few items: a table over (the set already placed, the last one placed) extends each set by one item, n^2 * 2^n steps',
    // An n x n table of costs between the items is no board of cells to walk.
    // At most ten items in an order are few enough to try every order (answer-object.ts).
    when: (scene) =>
      fewItems(scene) &&
      BEST.test(scene.body) &&
      !/\bcells?\b/.test(scene.body) &&
      answerSearch(scene.answer) !== 'orders',
    also: ['bit-manipulation'],
  },
  {
    technique: 'dynamic-programming',
    pattern: EVERY_THING_COVERED,
    weight: 3.5,
    why: 'each item counts only for which of the few things it brings, so the sets of things covered (2^k bitmasks) are the states: each item improves every set it extends, where trying every group of the items is 2^n',
    // Few items are searched by their own subsets (above); many items over few things are not.
    when: (scene) => !scene.design && !fewItems(scene) && coveredThings(scene.body) !== null,
    also: ['bit-manipulation'],
  },
  {
    technique: 'backtracking',
    pattern: NO_TWO_IN_LINE,
    weight: 3.5,
    why: 'place one piece per row and undo a placement as soon as its column or a diagonal is already taken: the search prunes most of the n! orders',
    when: (scene) => scene.largest === undefined || scene.largest <= FEW_ITEMS,
    also: ['bit-manipulation'],
  },
];
