/**
 * The items stand on a circle: the one after the last is the first again ("a circular array",
 * "station n is followed by station 1 again", "the search wraps around to the start"). A walk that
 * looks ahead of each item must then go round once more: what is still waiting after one pass may
 * find its answer past the wrap, before it in the input.
 */
export const AROUND_A_CIRCLE =
  /\bcircular(?:ly)?\b|\bwrap(?:s|ping)? (?:a)?round\b|\b(?:n|the last(?: \w+)?) is followed (?:again )?by (?:the first\b|\w+ (?:1|one)\b)|\bafter the last (?:\w+ )?(?:comes|is) the first\b|\bnext (?:\w+ )?(?:of|after) the last (?:\w+ )?is the first\b/;

/** Whether the statement puts its items on a circle. */
export const aroundACircle = (body: string): boolean => AROUND_A_CIRCLE.test(body);
