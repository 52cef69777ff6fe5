import type { Ladder } from './ladder';

/**
 * A grid is read in one of three ways, and a ladder mixing them misleads: an order of the cells
 * ring by ring (a spiral, a rotation), a search from cell to neighbouring cell (regions, reach,
 * spreading, a walk), or one pass over the cells in place. Each ladder speaks of its own walk only.
 */
export type GridVariant = 'grid-layers' | 'grid-search';

/** The cells are visited ring by ring: a spiral, a rotation, layers peeled from the outside in. */
const RINGS =
  /\bspiral(?:ly)?\b|\b(?:counter-?|anti-?)?clockwise\b|\brotat(?:e|es|ed|ing|ion)\b|\blayers?\b|\brings?\b|\bconcentric\b/;

/**
 * Cells reached from cell to cell: a walker's steps or moves, something that flows or spreads,
 * cells joined into regions, islands, groups or patches (cells that touch), a cell reached or
 * connected. Neighbours that are
 * only counted (the next generation of a board) are read in one pass, not searched.
 */
const FROM_CELL_TO_CELL =
  /\b(?:step|move|walk|go|travel|jump|roll|climb|descend)(?:s|es)?\b|\b(?:stepp|mov|walk|go|travell?|jump|roll|climb|descend)ing\b|\b(?:flow|spread)(?:s|ing)?\b[^.]{0,30}\b(?:to|into|across|between) (?:\w+ ){0,3}(?:cells?|squares?|plots?|tiles?|neighbou?rs?|adjacent)\b|\bregions?\b|\bislands?\b|\bgroups?\b|\bclusters?\b|\bpatch(?:es)?\b|\btouch(?:es|ing)?\b|\bconnected\b|\bcomponents?\b|\breach(?:es|ed|ing)?\b|\bpaths?\b|\broutes?\b|\btrails?\b/;

/** The grid ladder for how the statement walks its cells, or none for one pass over them in place. */
export function gridVariant(body: string): GridVariant | undefined {
  if (RINGS.test(body)) return 'grid-layers';
  if (FROM_CELL_TO_CELL.test(body)) return 'grid-search';
  return undefined;
}

export const GRID_LADDERS: Record<GridVariant, Ladder> = {
  'grid-layers': [
    'If you peel the outer ring off the grid, what is left, and how does the answer for that ring lead into the rest?',
    'Walk the grid ring by ring: keep the top, bottom, left and right bounds of what is left, go round the ring they describe, then move each bound in by one.',
    'Set the four bounds to the first and last row and column. While they have not crossed, walk the top row, the right column, the bottom row (if it is not the top one) and the left column (if it is not the right one), then move every bound inward. A single row or column left in the middle is walked once, not twice.',
  ],
  'grid-search': [
    'Which neighbours of a {item} matter, and can you visit each {item} only a few times?',
    'Treat the grid as a graph whose nodes are the {items}, each linked to up to {neighbours} neighbours by the statement’s rule for a step, and search it, marking each {item} the first time it is reached.',
    'Write down the {neighbours} directions once. Loop over every {item}; from each one that starts something and is not marked yet, explore its neighbours (checking bounds and the rule for a step) and mark them, then count or combine what each search found.',
  ],
};
