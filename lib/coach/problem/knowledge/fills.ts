import { lastReading } from '../last-reading';
import type { Scene, Trigger } from './trigger';

/**
 * Items handed over in a fixed order and packed into one container after another: books onto
 * shelves as they arrive, words onto lines, parcels onto trucks, requests into batches. Each item
 * joins the open container while it fits and otherwise starts the next, so one pass with the
 * running load answers. Nothing waits to be served, so the arrival order is no queue; a cost for
 * each container (squared slack, a penalty) or a count of the ways to cut is a DP over the order.
 */

/** The next item would not fit what is left of the open container. */
const NEXT_DOES_NOT_FIT =
  /\b(?:does not|doesn't|do not|don't|would not|wouldn't|will not|won't|cannot|can't|no longer) fits?\b|\bwould (?:push|take|bring|make|break|exceed|overflow|go over)\b|\b(?:left|remaining|room)\b[^.]{0,40}\b(?:less than|not enough|too small|too little)\b/;
/** The order is fixed: as they arrive, in that order, never reordered. */
const FIXED_ORDER =
  /\bin the order (?:they|of) (?:arriv|came|come|join|are given|appear)|\b(?:strictly |always )?in (?:that|this|the given|their) order\b|\bnever (?:changes?|reorders?|splits?)\b|\bwithout (?:re)?ordering\b|\border of the \w+ never changes\b|\bone after (?:another|the other)\b/;
/** A fresh container: a new shelf, an empty truck, the tank filled again, the batch closed. */
const FRESH_START =
  /\b(?:starts?|opens?|begins?|uses?|takes?) (?:a |the )?(?:new|next|fresh)\b|\ba new (?:one|line|row|shelf|box|group|batch|truck|page|bin|album|day|segment|part|block|bag|crate|trip)\b|\ban empty \w+\b|\b(?:re)?fills? (?:it|the \w+) (?:up |completely|again|to the brim)|\brefill\w*\b|\bcloses? (?:the|that|this) \w+/;
/**
 * Arrivals that wait their turn: a server busy with one at a time, a line they wait in, rounds they
 * come back for. They are a queue (structures.ts), not a fill.
 */
export const WAIT_THEIR_TURN =
  /\bwait(?:s|ed|ing)?\b|\bin line\b|\bbusy\b|\bone (?:\w+ )?at a time\b|\b(?:next|their|his|her) turn\b|\bback of the (?:line|queue|row)\b|\b(?:in|each|every) round\b|\brounds\b/;
/** A price for each container or the ways to cut: a DP over the order, not the next-fit pass. */
const PRICED_CUTS =
  /\b(?:minimi[sz]e|minimum|smallest|least) (?:possible )?(?:total |sum of )?(?:cost|penalty|badness|squares?|slack)\b|\bsquares? of\b|\bnumber of ways\b|\bhow many ways\b|\bin how many ways\b/;

/**
 * Items packed in their fixed order, the next one starting a fresh container when it does not fit.
 * The questions, the reach reading and two triggers each ask it of the same statement: read once.
 */
export const fillsInOrder = lastReading(
  (body: string) =>
    NEXT_DOES_NOT_FIT.test(body) &&
    FIXED_ORDER.test(body) &&
    FRESH_START.test(body) &&
    !WAIT_THEIR_TURN.test(body) &&
    !PRICED_CUTS.test(body),
);

export const FILL_TRIGGERS: readonly Trigger[] = [
  {
    technique: 'greedy',
    pattern: NEXT_DOES_NOT_FIT,
    weight: 3,
    why: 'the order is fixed, so each item joins the open container while it fits and starts the next when it does not: one pass with the running load',
    when: (scene: Scene) =>
      !scene.design && !scene.grid && scene.shape !== 'graph' && fillsInOrder(scene.body),
  },
];
