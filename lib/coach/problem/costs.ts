import type { Asks } from './asks';
import { type RouteAsk, routeAsk } from './knowledge/paths';
import { choiceTiedToPrevious, independentChoices, oneWayWalk } from './knowledge/steps';
import { UNIFORM, WEIGHTED } from './scene';
import { type StepPrices, stepPrices } from './step-prices';
import { EVEN_PARTS, HALVED, type ValueWork } from './value-work';

/*
 * What the question asks that sets a technique's cost, beside what asks.ts reads: a lookup as of a
 * moment, a run of consecutive values, a value halved or shared out evenly, the best of a changing
 * set, a choice among few items, a least total over links of different costs. figures.ts,
 * one-input.ts, carried.ts and intent.ts read them; the learned model does not (its features are
 * the asks alone).
 */

export interface CostAsks {
  /** The entry kept at or before a given time or version: entries arrive in order, so a halving search finds it. */
  asOf: boolean;
  /** The longest run of consecutive values (x, x + 1, ...) wherever they sit: a hash set answers it in one pass. */
  consecutiveValues: boolean;
  /** A value halved again and again, or split evenly into equal parts (a common divisor): a logarithmic walk. */
  halving: boolean;
  /**
   * The best of a set that keeps changing, asked for call after call: the lowest free id, the
   * task of highest priority taken out, the median so far. A heap keeps it in O(log n) a change.
   */
  bestOfChanging: boolean;
  /** Some of the items are chosen (picked, invited, grouped, rearranged): with few items, every choice is a bitmask. */
  chooses: boolean;
  /** The least total over links that cost different amounts (minutes, prices): a priority queue, not a plain walk. */
  weightedRoute: boolean;
  /**
   * Someone decides for each item whether to take it ("eats each dish or skips it", "decides
   * whether to hand it in"): with few items, every such choice is a bitmask. An item's given state
   * ("each seat is either taken or free") is no choice.
   */
  takenOrLeft: boolean;
  /** The question is about pairs of items anywhere, not neighbours: "pairs (i, j) with i < j", "any two towns". */
  pairwise: boolean;
  /** A walk must gather every one of a few things ("pick up every key"): which it holds is part of its state. */
  collectsAll: boolean;
  /** k is how far a walk goes ("at distance k", "k steps away"), not something it carries or may use. */
  reachOfK: boolean;
  /** A choice at every step under a rule that looks back one step: the states are (step, last choice). */
  tiedSteps: boolean;
  /** A choice at every step that the story frees from the others: each step's best is taken on its own. */
  freeSteps: boolean;
  /** The longest or best walk whose every move goes strictly one way: each place's best walk is found once. */
  oneWay: boolean;
  /** Where only values are bounded, how the answer is computed from them (value-work.ts). */
  valueWork: ValueWork | null;
  /** What a route over links of different costs asks: a least total, a worst leg, at most k legs… (knowledge/paths.ts). */
  route: RouteAsk | null;
  /** What a move costs, read from the amounts the statement attaches to moves (step-prices.ts). */
  stepPrices: StepPrices | null;
}

/** What a question asks, for the cost of its standard solution. */
export type Question = Asks & CostAsks;

/** The entry at or before a moment, or as it stood when a snapshot or version was taken. */
const AS_OF =
  /\b(?:at or before|on or before|at or earlier than|no later than|not after)\b|\bat the (?:time|moment) (?:of |when |we took |that )?(?:the |a )?(?:snapshot|version|revision|checkpoint)\b|\b(?:snapshot|version|revision|checkpoint) \w+ was (?:taken|saved|made)\b|\b(?:largest|latest|greatest|most recent) (?:\w+ ){0,2}(?:<=|at most\b|not (?:greater|larger|later) than\b|less than or equal to\b)/;
const MOMENTS = /\b(?:times?|timestamps?|revisions?|versions?|snapshots?|snap_id|moments?|dates?)\b/;
/** Consecutive values, not consecutive positions: a run of a contiguous piece is a window's work. */
const CONSECUTIVE_VALUES =
  /\b(?:run|sequence|streak|block|chain|stretch|range) of consecutive (?:\w+ )?(?:integers|numbers|values)\b|\bconsecutive (?:\w+ )?(?:integers|numbers|values)\b[^.]{0,60}\b(?:appear|present|survived|among|in the (?:array|list|input))\b/;
const CONTIGUOUS = /\bsubarrays?\b|\bsubstrings?\b|\bcontiguous\b/;

const BEST_OF_CHANGING = [
  /\b(?:smallest|lowest|least|largest|highest|earliest)(?:-numbered)? (?:\w+ ){0,2}(?:that is |which is )?(?:free|unused|available|unreserved|not (?:yet )?(?:in use|used|taken|reserved|assigned))\b/,
  /\b(?:removes?|pops?|takes? out|extracts?|serves?)\b[^.]{0,60}\b(?:highest|lowest|smallest|largest|greatest|most urgent) (?:priority|value|number|id|score|key|element|deadline)\b/,
  /\bmedian of (?:all )?(?:the )?\w+ (?:\w+ )?(?:so far|added so far|seen so far|received so far)\b|\brunning median\b/,
];

/** A graph the statement calls weighted, whatever its links' costs are named. */
const WEIGHTED_GRAPH = /\b(?<!un)weighted (?:(?:un)?directed )?(?:graph|tree|edges?|network)\b/;
/** Links listed as two item labels and a number of their own (`roads[i] = [a, b, toll]`): each has its cost. */
const COSTED_ENTRIES = /\b\w+\[[a-z]\] = \[[a-z]\w{0,2}, ?[a-z]\w{0,2}, ?[a-z]\w*\]/;
/** The question asks for the least total of the links' own costs. */
const LEAST_TOTAL =
  /\bshortest (?:path|distance|route)s?\b|\b(?:least|fewest|minimum|smallest|shortest|cheapest|quickest|fastest|earliest)\b[^.]{0,60}\b(?:minutes|seconds|milliseconds|hours|time|cost|price|distance|total)\b|\bhow (?:many|much) (?:minutes|seconds|milliseconds|hours|time)\b[^.]{0,60}\b(?:until|before)\b/;

const CHOOSES =
  /\b(?:choose|chooses|chosen|pick|picks|picked|select|selects|selected|invite|invites|invited|rearrange|rearranges|group of|team of)\b/;

/** A decision per item: a verb on each item or its alternative, or a decision "whether". */
const TAKEN_OR_LEFT = [
  /\b(?:\w+s|(?:may|can|must|will|to) \w+) (?:each|every) (?:\w+ ){1,4}?or (?:\w+ ){0,2}?(?:it|them|not|off|out|aside)\b/,
  /\b(?:decides?|chooses?|picks?|selects?) (?:\w+ ){0,3}?whether\b/,
];

/** Pairs of items anywhere in the input: "pairs of towns (i, j) with i < j", "any two beacons", "each other". */
const PAIRWISE =
  /\b(?:any|every|each|all) (?:two|pairs?)\b(?! (?:of )?(?:adjacent|neighbouring|neighboring|consecutive|successive)\b)|\bpairs? (?:of \w+ )?\(?[a-z], ?[a-z]\)? (?:with|such that|where)\b|\b[a-z] < [a-z]\b|\beach other\b/;

const COLLECTS_ALL =
  /\b(?:collect|collects|collecting|gather|gathers|pick up|picks up|picking up|hold|holds|holding|obtain|obtains) (?:every|all(?: of)?(?: the)?)\b/;
const REACH_OF_K =
  /\b(?:distance(?: of)?|within) k\b|\bk (?:steps|edges|moves|hops|jumps|levels) (?:away|from)\b/;

export function readCostAsks(body: string, valueWork: ValueWork | null = null): CostAsks {
  return {
    asOf: AS_OF.test(body) && MOMENTS.test(body),
    consecutiveValues: CONSECUTIVE_VALUES.test(body) && !CONTIGUOUS.test(body),
    // A value halved again and again, or cut into equal parts that must divide it evenly.
    halving: HALVED.test(body) || EVEN_PARTS.test(body),
    bestOfChanging: BEST_OF_CHANGING.some((pattern) => pattern.test(body)),
    chooses: CHOOSES.test(body),
    weightedRoute:
      (WEIGHTED.test(body) || WEIGHTED_GRAPH.test(body) || COSTED_ENTRIES.test(body)) &&
      !UNIFORM.test(body) &&
      LEAST_TOTAL.test(body),
    takenOrLeft: TAKEN_OR_LEFT.some((pattern) => pattern.test(body)),
    pairwise: PAIRWISE.test(body),
    collectsAll: COLLECTS_ALL.test(body),
    reachOfK: REACH_OF_K.test(body),
    tiedSteps: choiceTiedToPrevious(body),
    freeSteps: independentChoices(body),
    oneWay: oneWayWalk(body),
    valueWork,
    route: routeAsk(body),
    stepPrices: stepPrices(body),
  };
}
