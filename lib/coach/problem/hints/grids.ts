import { type GridQuestions, gridQuestions } from '../grid-questions';
import type { Ladder } from './ladder';

/**
 * A grid is read in one of three ways, and a ladder mixing them misleads: an order of the cells
 * ring by ring (a spiral, a rotation), a search from cell to neighbouring cell (regions, reach,
 * spreading, a walk), or one pass over the cells in place. Each ladder speaks of its own walk only.
 */
export type GridVariant = 'grid-layers' | 'grid-search' | 'grid-rectangle-totals' | 'grid-rectangle-marks';

const RECTANGLE_LADDERS: Record<GridQuestions, GridVariant> = {
  totals: 'grid-rectangle-totals',
  marks: 'grid-rectangle-marks',
};

/**
 * Rectangles asked about a grid (the figure counts them as q beside the cells): the ladder for the
 * totals each asks, or for the marks they lay down before one answer.
 */
export function rectanglesVariant(body: string, target: string): GridVariant | undefined {
  return /^O\((?:n \* m|n\^2) \+ q\)$/.test(target) ? RECTANGLE_LADDERS[gridQuestions(body)] : undefined;
}

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
  'grid-rectangle-totals': [
    "Many rectangles are asked about {input}, and the cells never change. If you knew the total of every block that starts at the top-left corner, how would one rectangle's total follow from a few of them?",
    'Running totals in two dimensions: one pass stores, for every cell, the total of the block from the top-left corner to it; a rectangle is then its bottom-right block, minus the block above it and the block to its left, plus the corner block both took away.',
    'Give the table one extra row and column of zeros, so that no block needs a special case at the edge. Fill each entry from its own cell plus the entries above and to the left, minus the one diagonally above-left. Answer each rectangle with four lookups, shifting its corners by one for the padding; watch whether the corners are counted from 0 or from 1, and whether the totals outgrow 32 bits.',
  ],
  'grid-rectangle-marks': [
    'Every rectangle changes many cells of {input}, but nothing is read until all of them are in. What is the least each rectangle could write down so that every cell still gets its due at the end?',
    "A difference array in two dimensions: each rectangle adds its amount at its top-left corner, takes it away just right of its top-right and just below its bottom-left, and adds it back diagonally past its bottom-right; running totals along the rows and then the columns turn the marks into every cell's value.",
    'Keep a table one row and one column larger than the grid. For each rectangle, touch only its four corner entries as described. After the last one, sum along each row, then down each column: every cell now holds what all the rectangles gave it. Read the answer from those values (the grid itself, or the cells meeting the condition), never by painting a rectangle cell by cell.',
  ],
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
