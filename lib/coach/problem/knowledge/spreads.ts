import { SPREADS_EACH_ROUND } from './graphs';

/**
 * Something spreads from every source at once: a round passes it to the neighbours of whatever
 * has it ("each dry bed that shares a side with a wet cell becomes wet"), and no one walker moves.
 * A page with a walker ("every minute they must step to one of the four neighbouring cells", "the
 * robot rolls to one of the cells that share a side with its cell") counts one start's moves, and
 * a round with no neighbours ("candy never spoils") spreads nothing. The question is the round
 * that reaches the last item ("minutes until no fresh crate is left"); one asked for each item
 * ("for each person, the first day they know it") reads every round, and a delay along weighted
 * links ("minutes until every village has heard") has no rounds. One regular expression, so that
 * the checklist's traps can be listed or kept silent by it.
 */
const ROUND = /\b(?:every|each) (?:minute|second|day|hour|round|turn)\b/;
const LAST_ROUND_ASKED =
  /\b(?:until|after which|by which|before)\b[^.]{0,60}\b(?:every|all|no|none|nothing|the whole|the entire)\b|\bno (?:\w+ ){0,3}(?:is |are )?(?:left|remains?)\b/;
const NEIGHBOURS =
  /\b(?:shares? (?:a|an) (?:side|edge|wall|border)|next to|adjacent|beside|touching|neighbou?r\w*|friends?|connected|linked|four (?:directions|sides))\b|\b(?:above|up),? (?:below|down),? left,? (?:or|and) right\b/;
const WALKER =
  /\b(?:steps?|stepping|moves?|moving|rolls?|walks?|jumps?|travels?|swims?|drives?|rides?)\b (?:\w+ ){0,3}?(?:to|into|onto|towards?) (?:one of|an? |the |any )/;

export const SPREAD_FROM_EVERY_SOURCE = new RegExp(
  String.raw`^(?=[\s\S]*?(?:${SPREADS_EACH_ROUND.source}))(?=[\s\S]*?${ROUND.source})(?=[\s\S]*?(?:${NEIGHBOURS.source}))(?=[\s\S]*?(?:${LAST_ROUND_ASKED.source}))(?![\s\S]*?(?:${WALKER.source}))`,
);
