import { SPREADS_EACH_ROUND } from './graphs';

/**
 * Something spreads from every source at once: a round passes it to the neighbours of whatever
 * has it ("each dry bed that shares a side with a wet cell becomes wet"), and no one walker moves.
 * A page with a walker ("every minute they must step to one of the four neighbouring cells", "the
 * robot rolls to one of the cells that share a side with its cell") counts one start's moves, and
 * a round with no neighbours ("candy never spoils") spreads nothing. One regular expression, so
 * that the checklist's traps can be listed or kept silent by it.
 */
const NEIGHBOURS =
  /\b(?:shares? (?:a|an) (?:side|edge|wall|border)|next to|adjacent|beside|touching|neighbou?r\w*|friends?|connected|linked|four (?:directions|sides))\b|\b(?:above|up),? (?:below|down),? left,? (?:or|and) right\b/;
const WALKER =
  /\b(?:steps?|stepping|moves?|moving|rolls?|walks?|jumps?|travels?|swims?|drives?|rides?)\b (?:\w+ ){0,3}?(?:to|into|onto|towards?) (?:one of|an? |the |any )/;

export const SPREAD_FROM_EVERY_SOURCE = new RegExp(
  String.raw`^(?=[\s\S]*?(?:${SPREADS_EACH_ROUND.source}))(?=[\s\S]*?(?:${NEIGHBOURS.source}))(?![\s\S]*?(?:${WALKER.source}))`,
);
