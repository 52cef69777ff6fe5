import type { Trigger } from './trigger';

/**
 * The fewest presses (clicks, turns of a dial, flips) that take a machine from the state it shows
 * to the one wanted: every state a node, every button a link of cost one.
 */
const FEWEST_PRESSES =
  /\b(?:least|fewest|minimum|smallest) (?:number of )?(?:\w+ )?(?:presses|clicks|pushes|flips|button presses|keystrokes|turns of the \w+)\b/;
/** The machine has a state it starts in and one it must reach. */
const START_AND_GOAL =
  /\b(?:starts?|starting|shows?|showing|displays?|begins?|you are on|is (?:at|on))\b[\s\S]{0,300}\b(?:reach|get to|shows?|displays?|opens?|goal|target|there)\b/;

/** Portals, teleports and warps: links between cells far apart, on top of the steps between neighbours. */
const PORTALS = /\bportals?\b|\bteleport\w*\b|\bwarps?\b|\bwarp (?:gates?|pads?)\b/;

/** States and moves: graphs the statement never calls graphs. */
export const MOVE_TRIGGERS: readonly Trigger[] = [
  {
    technique: 'breadth-first-search',
    pattern: FEWEST_PRESSES,
    weight: 3,
    why: 'every state the machine can show is a node and every press a link of cost one, so the fewest presses come from a breadth-first search from the starting state',
    when: (scene) => START_AND_GOAL.test(scene.body) && !scene.weighted && !scene.design,
    also: ['queue'],
  },
  {
    technique: 'graph',
    pattern: FEWEST_PRESSES,
    weight: 2.5,
    why: 'the states and the presses between them form a graph the statement never names: build its moves on the fly instead of storing its edges',
    when: (scene) => START_AND_GOAL.test(scene.body) && !scene.weighted && !scene.design,
  },
  {
    technique: 'graph',
    pattern: PORTALS,
    weight: 2.5,
    why: 'portals join cells far apart, so the grid with its jumps is a graph: group the portals by their mark in a map and expand each group once, or the search revisits it from every portal',
    when: (scene) => scene.grid && !scene.design,
    also: ['hash-table'],
  },
];
