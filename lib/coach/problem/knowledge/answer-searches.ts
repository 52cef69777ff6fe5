/**
 * How a question reads when its answer is found by halving: the least setting that still works,
 * the worst part of a split pushed as far as it goes, the top of values that rise and then fall.
 * Both the triggers and the reading of what the question asks (asks.ts) look for these.
 */

/** The least value after (or with, or by) which everything can be done: a check that only gets easier. */
export const LEAST_THAT_WORKS =
  /\b(?:minimum|smallest|least|lowest|earliest|fewest) (?:number of |amount of )?(?:\w+ )?(?:after|by|with|at|under|before|for|on) which\b[^.]{0,80}\b(?:can|could|possible|able|enough|will)\b/;

/**
 * The worst of a split or a placement pushed as far as it goes: the heaviest load as light as
 * possible, the smallest gap as large as possible. A setting that works makes every looser one
 * work too, which is what a halving search over the answer needs. Picking the one existing item
 * whose distance is largest ("find a cell whose nearest water is as far as possible") is no split.
 */
export const AS_FAR_AS_POSSIBLE =
  /\b(?:split|divid|partition|plac|put|assign|distribut|cut|allocat|group|arrang|light|position|install|build|ship|load|schedul|send|spread)\w*\b[^.]{0,120}?(?:\b(?:largest|heaviest|longest|highest|biggest|greatest|maximum|tallest|widest|thickest|busiest|slowest|latest|worst|most expensive)\b (?:\w+ ){0,5}(?:is |be |becomes? )?as (?:small|light|short|low|little|cheap|narrow|thin|fast|early|quick) as possible\b|\b(?:smallest|lightest|shortest|lowest|least|minimum|closest|narrowest|nearest|thinnest|earliest)\b (?:\w+ ){0,5}(?:is |be |becomes? )?as (?:large|big|long|high|heavy|wide|thick|late|far(?: apart)?) as possible\b)/;

/**
 * Values that rise to one top and then fall (or a top greater than both its neighbours) and the
 * question asks where the top is.
 */
export const BITONIC =
  /\bincreas\w*\b[^.]{0,60}\bthen\b[^.]{0,20}\bdecreas\w*\b[\s\S]{0,120}\b(?:index|position) of\b|\b(?:index|position) of\b[^.]{0,60}\b(?:greater|higher|larger|taller) than (?:both|each|all) (?:of )?its neighbou?rs\b/;
