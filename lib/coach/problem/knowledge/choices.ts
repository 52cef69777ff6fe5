import type { Scene, Trigger } from './trigger';

/**
 * Problems that look like a DP over choices but where one local choice is provably safe (a
 * running surplus around a loop, the earliest finish first, the shortest job first), beside the
 * near-miss where values make the greedy choice unsafe (items that pay different amounts). Read
 * from the structure the statement describes, not from the name of one problem.
 */

/** One trip all the way round a loop, back to where it began. */
const LAP =
  /\b(?:full|whole|complete|entire|one) (?:lap|circle|circuit|loop|round|tour|trip (?:a)?round)\b|\ball the way (?:a)?round\b|\b(?:a)?round (?:the|a) (?:closed )?(?:ring|circle|loop|track|circuit)\b|\bring road\b|\bclosed loop\b|\bcircular (?:route|road|track)\b/;
/** Where the trip sets off from. */
const SETS_OFF = /\b(?:start\w*|set(?:s|ting)? off|depart\w*|begin\w*)\b/;

/** Something gained at each stop and spent on each leg. */
const SUPPLY =
  /\b(?:fuel|gas|petrol|energy|charge|battery|power|oxygen|supplies|stamina)\b[^.]{0,120}\b(?:uses?|costs?|needs?|spends?|burns?|consumes?|drains?)\b|\b(?:uses?|costs?|needs?|spends?|burns?|consumes?|drains?)\b[^.]{0,120}\b(?:fuel|gas|petrol|energy|charge|battery|power)\b/;

/**
 * The same loop told by what each stop gives and each leg takes, asked as where to start so that
 * the amount carried never runs out ("launched … without its charge ever dropping below zero").
 */
const LOOP =
  /\b(?:loop|ring|circle|circuit|circular|round)\b|\bcomes? back to\b|\breturns? to (?:the )?(?:first|start)|\(i ?\+ ?1\) ?(?:%|mod)\b/;
const GIVES = /\b(?:picks? up|loads?|gains?|receives?|collects?|refuels?|charges? up|gets?)\b/;
const TAKES = /\b(?:uses?|burns?|costs?|consumes?|spends?|drains?|needs?)\b/;
const START_THAT_LASTS =
  /\b(?:start|begin|launch|set off|depart)\w*\b[^.]{0,160}\b(?:never|without|not? )\b[^.]{0,40}\b(?:run(?:s|ning)? (?:out|dry|empty)|dropp?\w* below|falls? below|negative|empty)\b|\b(?:run(?:s|ning)? (?:out|dry)|below zero|goes negative)\b[^.]{0,160}\b(?:start|begin|launch)\w*\b/;
export const LAP_FROM_A_START = new RegExp(
  `(?:${SETS_OFF.source})[^.]{0,100}(?:${LAP.source})|(?:${LAP.source})[^.]{0,100}(?:${SETS_OFF.source})|${START_THAT_LASTS.source}`,
);
const suppliedLoop = (body: string) =>
  SUPPLY.test(body) || (LOOP.test(body) && GIVES.test(body) && TAKES.test(body));

/** A start on a loop of stops that give and legs that take: one pass, nothing to sort. */
export const lapFromAStart = (body: string) => LAP_FROM_A_START.test(body) && suppliedLoop(body);

/** Timed items: each starts and ends (or begins and finishes). */
const TIMED =
  /\b(?:start|begin)\w*(?:\[i\]|_i\b| times?\b)[^.]{0,160}\b(?:end|finish|stop)\w*\b|\[start|\bfrom (?:time )?\w+\[i\] (?:up )?(?:to|until|till|through) (?:time )?\w+\[i\]/;
/** Two items that share time cannot both be taken. */
const NO_OVERLAP = /\boverlap\w*\b|\bone (?:\w+ ){0,2}at a time\b|\bat the same time\b|\bat once\b/;
/** Items that are worth different amounts: a best total, not a count, which no greedy order settles. */
const VALUED =
  /\b(?:profits?|pays?|paid|fees?|rewards?|money|earns?|earning|worth|prizes?|gains?)\b|\bvalues?\[i\]|\bweights?\[i\]/;
/** The most of these items one can take in full. */
const MOST_TAKEN =
  /\b(?:largest|maximum|most|greatest|highest) (?:possible )?number of (?:\w+ ){0,2}(?:that )?(?:you|one|we|he|she|they|a person|the \w+) (?:can|could|may) (?:\w+ ){0,3}?(?:attend|hear|watch|take|schedule|book|fit|complete|finish|visit|join|see|keep|accept|select|choose|play|sit in)\b|\bhow many (?:\w+ ){0,2}(?:at most )?(?:can|could) (?:you|one|we) (?:attend|hear|watch|take|schedule|book|fit|complete|finish|visit|join|see|keep|accept)\b|\bas many (?:\w+ ){0,2}as possible\b/;
const timedChoice = (scene: Scene) =>
  (TIMED.test(scene.body) || scene.kinds.includes('intervals')) &&
  NO_OVERLAP.test(scene.body) &&
  !scene.design;

/**
 * Jobs that each take one slot of time (an hour, a day, a unit) and pay only if done by their
 * deadline: which to take, not when they start, is the choice, and the best paid first, each in
 * the latest free slot before its deadline, is never worse (an exchange argument). Jobs with start
 * and end times that pay (the table above) are the near-miss.
 */
const ONE_SLOT_EACH =
  /\b(?:takes?|needs?|lasts?|occupies|uses?) (?:exactly |only |the whole of |a whole |one whole )?(?:one|a single|1) (?:full |whole )?(?:unit|hour|day|minute|second|slot|time unit|unit of time)s?\b|\bone (?:\w+ ){0,3}(?:per|a|each) (?:day|hour|minute|unit|slot)\b|\bunit[- ]time\b/;
const BY_A_DEADLINE =
  /\bdeadlines?\b|\bno later than (?:day |hour |time |minute )?\w+|\bwithin the first \w+ (?:hours|days|minutes|units|slots)\b|\bfinished by (?:the end of )?(?:day |hour |time )?\w+/;

/** Jobs of one slot each that pay only by their deadline (the trigger below, and its ladder). */
export const oneSlotByADeadline = (body: string) =>
  ONE_SLOT_EACH.test(body) && BY_A_DEADLINE.test(body) && VALUED.test(body);

/** The order of the items is the answer's to choose. */
const ORDER_CHOSEN =
  /\b(?:choose|pick|decide|find|any|best|an) (?:the )?(?:\w+ )?order\b|\bin (?:any|whatever) order\b|\brearrang\w*\b|\breorder\w*\b/;
/** A total over every item of what the order costs it: waits, completion times, lateness. */
const TOTAL_OVER_ORDER =
  /\b(?:total|sum|average)\b (?:of )?(?:all )?(?:the )?(?:[\w']+ ){0,3}?(?:wait\w*|completion times?|finish\w* times?|delays?|penalt\w*|lateness|fines?)\b[^.]{0,60}\b(?:as small as possible|smallest|minimum|minimi[sz]\w*|least|lowest)\b|\b(?:minimi[sz]e|smallest|minimum|least|lowest) (?:possible )?(?:the )?(?:total|sum|average)\b(?: (?:wait\w*|completion|finish\w*|delays?|penalt\w*|lateness|fines?)\b|[^.]{0,40}\b(?:wait\w*|completion|finish\w*|delays?|penalt\w*|lateness)\b)/;

/** The fewest things to place so that every point of a line is covered (lit, guarded, served). */
const FEWEST_TO_COVER =
  /\b(?:smallest|minimum|fewest|least) number of (?:new |extra |additional |more )?\w+\b[^.]{0,80}\bso that (?:every|each|all)\b[^.]{0,60}\b(?:lit|covered|watched|guarded|reached|served|heard|within)\b/;
/** Each placed thing reaches a stretch around it: within a distance, |i - j| <= d. */
const REACHES_AROUND =
  /\|[a-z] ?- ?[a-z]\| ?(?:<=|<)|\bwithin (?:a )?(?:distance|range)\b|\bwithin \w+ (?:cells|steps|metres|meters|units|positions)\b/;

export const CHOICE_TRIGGERS: readonly Trigger[] = [
  {
    technique: 'greedy',
    pattern: FEWEST_TO_COVER,
    weight: 3,
    why: 'the leftmost point still uncovered must be covered by something, and placing it as far right as still reaches that point covers the most of what follows: one pass',
    when: (scene) =>
      REACHES_AROUND.test(scene.body) && scene.shape !== 'graph' && !scene.grid && !scene.design,
  },
  {
    technique: 'greedy',
    pattern: LAP_FROM_A_START,
    weight: 3,
    why: 'a loop of stops that each give and each leg that takes: when the running surplus falls below zero no stop passed so far can start, so restart after it, one pass',
    when: (scene) => suppliedLoop(scene.body) && scene.shape !== 'graph' && !scene.grid && !scene.design,
  },
  {
    technique: 'greedy',
    pattern: MOST_TAKEN,
    weight: 3,
    why: 'items that each take a stretch of time, one at a time, all worth the same: sorted by when they finish, taking every one that still fits is never worse',
    when: (scene) => timedChoice(scene) && !VALUED.test(scene.body),
    also: ['sorting'],
  },
  {
    technique: 'dynamic-programming',
    pattern:
      /\b(?:most|maximum|largest|highest|greatest) (?:total )?(?:money|profit|pay|earnings|reward|value|fee|gain)\b|\bmaximi[sz]e (?:the )?(?:total )?(?:money|profit|pay|earnings|reward|value|fee|gain)\b|\b(?:most|maximum) (?:\w+ ){0,3}(?:can|could) (?:earn|make|collect|win|gain)\b/,
    weight: 3,
    why: 'items that share no time but pay different amounts: sorted by end, the best total up to each item takes it (with the best before its start, found by halving) or leaves it',
    when: (scene) => timedChoice(scene) && VALUED.test(scene.body),
    also: ['binary-search', 'sorting'],
  },
  {
    technique: 'greedy',
    pattern: BY_A_DEADLINE,
    weight: 3,
    why: 'every job takes one slot and pays only by its deadline: taken from the best paid down, each into the latest free slot before its deadline, no choice blocks a better total (a heap over the deadlines does the same)',
    when: (scene) =>
      ONE_SLOT_EACH.test(scene.body) &&
      VALUED.test(scene.body) &&
      !timedChoice(scene) &&
      !scene.design &&
      !scene.grid,
    also: ['sorting', 'heap-priority-queue'],
  },
  {
    technique: 'greedy',
    pattern: TOTAL_OVER_ORDER,
    weight: 3,
    why: 'swapping two neighbours in the order changes only their own costs, so the order that wins every such swap (shortest first, earliest deadline first) is optimal: sort by it',
    when: (scene) => ORDER_CHOSEN.test(scene.body) && !scene.design,
    also: ['sorting'],
  },
];
