import type { Trigger } from './trigger';

/** Packs of each kind bought as often as one likes, to reach at least an amount. */
export const ANY_NUMBER_OF_EACH =
  /\bagain and again\b|\bover and over\b|\bas many times as\b|\b(?:may|can) be (?:run|used|bought|taken|chosen|picked|played|repeated|ordered) (?:again|repeatedly|more than once|any number of times)\b|\bany number of (?!times\b|operations?\b|moves?\b|steps?\b)|\bas (?:many|often) (?:\w+ ){0,4}as (?:it|you|he|she|they) (?:likes?|wants?|wish\w*|need\w*)\b|\bunlimited (?:supply|number|copies)\b|\b(?:bought|used|taken|chosen|run) (?:any number of times|repeatedly|more than once)\b|\binfinite (?:supply|number)\b/;
const AT_LEAST_AMOUNT =
  /\bat least (?:\w+ ){0,2}(?:[a-z]+|\d+)\b[^.\n]{0,80}\b(?:least|cheapest|smallest|minimum|lowest)\b|\b(?:least|cheapest|smallest|minimum|lowest)\b[^.\n]{0,100}\b(?:at least|or more)\b/;
// The look back runs only where one of the phrases can start: tried at every letter, it scanned 40
// letters back each time.
const BY_THE_UNIT =
  /\b(?=[abfp])(?<!\b(?:cannot|can't|not|never)\b[^.]{0,40})(?:\bany fraction\b|\bfractions? of\b|\bby the (?:litre|liter|kilogram|kilo|gram|unit|metre|meter)\b|\bpartially\b)/;

/** Packs of each kind taken again and again to reach at least an amount, never by the unit. */
export const repeatablePacks = (body: string) =>
  ANY_NUMBER_OF_EACH.test(body) && AT_LEAST_AMOUNT.test(body) && !BY_THE_UNIT.test(body);

/**
 * Items that each weigh and are each worth an amount of their own, under one capacity, the best
 * total worth: taken whole or left (nothing says they may be split or taken again), the best worth
 * per unit fails on the room left over, so the best worth for every load up to the capacity comes
 * from the smaller loads (a 0/1 knapsack). Read from the three quantities, never a story word.
 */
const OWN_WEIGHT = /\b(?:weighs?|weights?|sizes?|volumes?|takes? up)\b[^.]{0,20}?\b[a-z]+(?:_i\b|\[i\])/;
const OWN_WORTH =
  /\b(?:worth|values?|valued at|profits?|pays?|brings?|gives?)\b[^.]{0,20}?\b[a-z]+(?:_i\b|\[i\])/;
const ONE_CAPACITY =
  /\b(?:carry|carries|hold|holds|capacity|fit|fits|load)\b[^.]{0,30}?\b(?:at most|up to|no more than|of) [a-z]\b(?!_|\[)|\b(?:going|go|goes) over [a-z]\b(?!_|\[)/;
const BEST_TOTAL =
  /\b(?:largest|maximum|greatest|highest|most) (?:possible )?total\b|\bmaximi[sz]e (?:the )?total\b/;

export const takenWholeUnderCapacity = (body: string) =>
  OWN_WEIGHT.test(body) &&
  OWN_WORTH.test(body) &&
  ONE_CAPACITY.test(body) &&
  !BY_THE_UNIT.test(body) &&
  !ANY_NUMBER_OF_EACH.test(body);

/** The cheapest way to buy an amount when any fraction of a stock may be bought. */
const CHEAPEST_FRACTIONS =
  /\b(?:least|cheapest|smallest|minimum|lowest) (?:total )?(?:amount|cost|price|money|sum)\b/;

export const AMOUNT_TRIGGERS: readonly Trigger[] = [
  {
    technique: 'dynamic-programming',
    pattern: BEST_TOTAL,
    weight: 3.5,
    why: 'items that each weigh and are worth their own amounts, taken whole or left under one capacity: the best worth per unit fails on the room left over, so the best worth for every load up to the capacity is built from smaller loads (a 0/1 knapsack)',
    when: (scene) => takenWholeUnderCapacity(scene.body) && !scene.design,
  },
  {
    technique: 'dynamic-programming',
    pattern: AT_LEAST_AMOUNT,
    weight: 3.5,
    why: 'packs of each kind can be taken again and again, and the best price per unit fails on what is left over: the cheapest way to reach every amount up to the target comes from smaller amounts (an unbounded knapsack)',
    when: (scene) => ANY_NUMBER_OF_EACH.test(scene.body) && !BY_THE_UNIT.test(scene.body) && !scene.design,
  },
  {
    technique: 'greedy',
    pattern: CHEAPEST_FRACTIONS,
    weight: 3,
    why: 'any fraction can be bought, so nothing is left over: the cheapest units first is always best (a fractional knapsack), after sorting the sellers by price per unit',
    when: (scene) => BY_THE_UNIT.test(scene.body) && !scene.design,
    also: ['sorting'],
  },
];
