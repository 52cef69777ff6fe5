import type { Scene, Trigger } from './trigger';

/** The largest square block of good cells, every one of them good. */
const LARGEST_SQUARE =
  /\b(?:largest|biggest|maximum|greatest|widest)\b[^.]{0,60}\bsquare\b|\bsquare\b[^.]{0,100}\b(?:largest|biggest|maximum|greatest) (?:side|area|size)\b/;
const ALL_GOOD =
  /\b(?:every|each|all|only)\b[^.]{0,40}\b(?:cells?|tiles?|plots?)\b|\b(?:cells?|tiles?|plots?)\b[^.]{0,40}\b(?:every|each|all|only)\b|\bfully\b|\b(?:containing|holding|consisting of|made of) only\b/;

/** Moves only right or down (east or south on a map): no cell is visited twice, so the cells form an order a table can fill. */
const RIGHT_OR_DOWN =
  /\bonly (?:\w+ ){0,4}(?:right|down|east|south)\b[^.]{0,50}\b(?:or|and) (?:\w+ ){0,5}(?:down|right|below|south|east)\b|\b(?:right|down|east|south)(?:wards)? or (?:down|right|south|east)(?:wards)?\b|\bto (?:its|the) right or (?:the \w+ )?below\b|\bonly (?:ever )?moves? (?:one (?:cell|square|step) )?(?:to the )?(?:right|down)(?:wards)? or (?:one (?:cell|square|step) )?(?:down|to the right)\b/;
/** The same moves told by index: "from (i, j) he can move to (i+1, j) or to (i, j+1)". */
const INDEX_RIGHT_OR_DOWN =
  /\(i ?\+ ?1, ?j\) or (?:to )?\(i, ?j ?\+ ?1\)|\(i, ?j ?\+ ?1\) or (?:to )?\(i ?\+ ?1, ?j\)/;
/** Moves that also go back (up or left, four ways): then cells repeat and a search is needed. */
const MOVES_BACK =
  /\b(?:up|left),? (?:down|right|or)\b|\b(?:north|west),? (?:south|east|or)\b|\bfour (?:directions|ways)\b|\b4-directionally\b/;
/** The question counts the routes or wants the best total along one. */
const COUNT_OR_BEST =
  /\b(?:number of|how many|count(?:s|ing)?(?: all)?(?: the)?)\b[^.]{0,40}\b(?:routes|paths|ways|walks)\b|\b(?:most|least|largest|smallest|maximum|minimum|fewest)\b/;

const gridWithoutBacktrack = (scene: Scene) => scene.grid && !scene.design;
/** Only right or down, in words or by index, and never back. */
const onlyRightOrDown = (body: string) =>
  (RIGHT_OR_DOWN.test(body) || INDEX_RIGHT_OR_DOWN.test(body)) && !MOVES_BACK.test(body);

/**
 * Something moves, spreads or is reached from a cell to the cells touching it, in any of four or
 * eight directions: the cells and those moves are a graph, whatever the story calls them.
 */
const MOVES_TO_TOUCHING_CELLS =
  /\b(?:walk|mov|step|roll|go|goes|travel|pass|flow|spread|reach|hop|jump|crawl|swim|climb|slid|drift|wander)\w*\b[^.]{0,80}\b(?:adjacent|neighbou?r(?:ing|s)?|touching|shares? (?:a|an) (?:side|edge)|up, down, left,? (?:or|and) right|(?:left|right|up|down), (?:left|right|up|down),? (?:or|and) (?:left|right|up|down))\b/;

/** Grid DP retold (square blocks of good cells, routes that only go right and down), and grid searches. */
export const GRID_WALK_TRIGGERS: readonly Trigger[] = [
  {
    technique: 'dynamic-programming',
    pattern: LARGEST_SQUARE,
    weight: 3.5,
    why: 'the largest good square ending at a cell is one more than the smallest of those ending above it, to its left and diagonally above-left: one pass over the cells',
    when: (scene) => gridWithoutBacktrack(scene) && ALL_GOOD.test(scene.body),
    also: ['matrix'],
  },
  {
    technique: 'dynamic-programming',
    pattern: RIGHT_OR_DOWN,
    weight: 3.5,
    why: 'a walk that only goes right or down enters each cell from above or from the left, so the answer for a cell comes from those two: one pass over the cells, row by row',
    when: (scene) =>
      gridWithoutBacktrack(scene) && COUNT_OR_BEST.test(scene.body) && !MOVES_BACK.test(scene.body),
    also: ['matrix'],
  },
  {
    technique: 'dynamic-programming',
    pattern: INDEX_RIGHT_OR_DOWN,
    weight: 3.5,
    why: 'a walk that only goes to (i+1, j) or (i, j+1) enters each cell from above or from the left, so the answer for a cell comes from those two: one pass over the cells, row by row',
    when: (scene) =>
      gridWithoutBacktrack(scene) && COUNT_OR_BEST.test(scene.body) && !MOVES_BACK.test(scene.body),
    also: ['matrix'],
  },
  {
    // The moves make the grid a graph; what one cell reaches (a region, its size, whether it gets
    // out) is a depth-first walk, while a question of fewest moves or rounds of spreading has its
    // own, stronger phrase for a breadth-first one.
    technique: 'depth-first-search',
    pattern: MOVES_TO_TOUCHING_CELLS,
    weight: 2,
    why: 'moves between touching cells make the grid a graph: a walk from a cell, marking what it has seen, finds everything that cell reaches',
    // Moves only right and down never come back to a cell, so a table in row order replaces the walk.
    when: (scene) => gridWithoutBacktrack(scene) && !onlyRightOrDown(scene.body),
    also: ['breadth-first-search'],
  },
];
