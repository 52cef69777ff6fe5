import type { Scene, Trigger } from './trigger';

/** One step of the story's clock, in any unit a setter picks: every night, once an hour, each morning. */
const EACH_STEP = String.raw`\b(?:every|each|once an?|once every|once a|per) (?:\w+ )?(?:night|morning|evening|day|week|month|year|season|hour|minute|second|tick|step|round|turn|generation|moment)\b`;
/** Cells that touch: sharing a side, adjacent, neighbouring, directly north, south, east and west. */
const TOUCHING = String.raw`\b(?:shares? (?:a|an) (?:side|edge|wall|border)|adjacent|neighbou?r(?:ing|s)?|touching|directly (?:north|south|east|west|above|below|up|down|left|right)|(?:north|up|above), (?:south|down|below)|four directions|4-directionally)\b`;

/**
 * Each step of the clock, whatever is on some cells passes to the cells touching them: "every night,
 * each blighted tree passes the blight to the healthy trees directly north, south, east and west of
 * it", "once an hour, the flames leap … into each dry square that shares a side with it", "every
 * minute, each ice square that shares a side with open water melts". The verb is the story's own;
 * the many cells it acts on (each, every, all) tell it from one walker that moves each step to a cell.
 */
const SPREADS_EACH_STEP = new RegExp(
  `${EACH_STEP}[^.]{0,80}?\\b(?:every|each|all|any)\\b[^.]{0,160}?${TOUCHING}`,
);

/** Touching cells named anywhere: a linear scan that spares most pages the spread's own pattern. */
const TOUCHING_ANYWHERE = new RegExp(TOUCHING);

export const spreadsEachStep = (body: string) => TOUCHING_ANYWHERE.test(body) && SPREADS_EACH_STEP.test(body);

/** A cell takes a time of its own to catch ("a plot of hardiness h takes h hours to freeze"). */
const OWN_CROSSING_TIME =
  /\b(?:takes?|needs?|costs?|lasts?)\b[^.]{0,40}?\b(?:[a-z]|[a-z]\w*\[i\]\[j\]|its \w+|that many) (?:seconds|minutes|hours|days|nights|mornings|steps|turns|units of time)\b/;

/**
 * A spread over a grid whose steps all take one tick: every cell is reached at its distance from
 * the nearest source. Cells that take their own time to cross make it a weighted search instead.
 */
const unitSpreadOnAGrid = (scene: Scene) =>
  scene.grid && !scene.weighted && !scene.design && !OWN_CROSSING_TIME.test(scene.body);

export const SPREADING_GRID_TRIGGERS: readonly Trigger[] = [
  {
    technique: 'breadth-first-search',
    pattern: SPREADS_EACH_STEP,
    weight: 3,
    why: 'every source spreads one ring of cells per step, so one breadth-first search started from all the sources at once reaches each cell at the step it is reached, and the last level is the answer',
    when: unitSpreadOnAGrid,
    also: ['queue', 'matrix'],
  },
];
