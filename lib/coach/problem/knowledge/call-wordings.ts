import type { CallDemand } from './calls';

/**
 * Wordings of a call's demand the common table does not spell, read before it because a sentence
 * that fits one of these would fit a plainer demand too ("the number of different users among the
 * last k visits" also asks about users by key): how many distinct keys lie in the latest stretch,
 * a stretch of time ending at the call's own moment, whether a new range meets a kept one, and the
 * member nearest the only open end of a pile.
 */
export const FURTHER_DEMANDS: readonly [CallDemand, RegExp][] = [
  [
    'distinctRecent',
    /\b(?:number of|how many|count of) (?:different|distinct|unique) (?:\w+ ){0,2}?(?:among|in|over|within|from|across) the (?:last|latest|most recent|past) (?:k|\d+|[a-z]) \w+/,
  ],
  [
    'window',
    // "in any stretch of w seconds", "at times in (t - w, t]": a window of time closing at the call.
    /\b(?:in|within|during) (?:any|each|every|the last|a) (?:stretch|span|window|period|interval) of (?:\w+ )?(?:milliseconds?|seconds?|minutes?|hours?|days?|ticks?)\b|[([]\s*t\s*-\s*[a-z]\w*(?:\s*\+\s*1)?\s*,\s*t\s*\]/,
  ],
  [
    'rangeFree',
    // Refused when it meets what the ledger already holds: the new range against the kept ones.
    /\b(?:does not|doesn't|do not|would not|does no|cannot) (?:share|overlap|intersect|clash|conflict)\b[^.;]{0,50}?\b(?:already|previously|earlier)\b/,
  ],
  [
    'front',
    // Who came first leaves: the front of a line, not an extreme of a key ("removes the patient who
    // arrived earliest"). A sentence that also ranks by a key breaks its ties by arrival instead.
    /^(?![\s\S]*\b(?:highest|lowest|smallest|largest|cheapest|dearest|most|least|minimum|maximum|best|worst|priority)\b)[\s\S]*?\b(?:(?:arrived|came(?: in)?|joined(?: the (?:line|queue))?|checked in|entered|(?:was|were) added|got in line) (?:the )?(?:earliest|first)|earliest (?:arrival|to arrive)|first to (?:arrive|come in|join))\b/,
  ],
  [
    'latest',
    // Members enter and leave at one open end: whatever leaves is the newest.
    /\b(?:nearest|closest) (?:to )?the open end\b/,
  ],
  [
    'latest',
    // A pile's own words: put "on top", the top one taken "off" or "out", the last one erased. The top
    // of a ranking ("at the top of the board") and the last k of a stretch are not a pile's.
    /\bon top\b(?! of (?:the |a |its )?(?:board|standings|list|ranking|leaderboard|table|chart|class|league)\b)|\bthe top (?:\w+ )?(?:out|off)\b|\b(?:erases?|deletes?|removes?|pops?|rubs? out|backspaces?) the last (?!(?:k|\d+|[a-z]|two|three|few) )(?:\w+ )?(?:letter|character|char|word|digit|symbol|item|element|entry|number|value|card|plate|block|box|crate|book|note|page)\b/,
  ],
];

/**
 * Ways a member leaves that the verbs of leaving do not spell: taken out of where it is held, or a
 * verb undone ("unload", "unregister").
 */
export const ALSO_LEAVES =
  /\btakes? (?:\w+ ){1,3}?out of\b|\bun(?:load|pack|plug|register|subscribe|book|list|pin|follow|park)(?:s|ed|ing)?\b/;

/**
 * A given member's key set to a new value in place ("changes the rating of dish to newRating", "the
 * price of share i changes to p", "changes the takings of stall by amount"): its old entry leaves the pool and a new one joins, so a best
 * asked of the pool can fall, and a heap must drop the stale entry (a map says which is current).
 * Keys that only grow ("wins p more points", "raises by") are no change of this kind.
 */
export const CHANGED_IN_PLACE =
  /\b(?:changes?|updates?|sets?(?! up\b)|resets?|modif(?:y|ies)|alters?)\b (?:the )?(?:\w+ ){0,2}?of\b[^.;]{0,30}?\b(?:to|by)\b|\bof (?:the )?(?:\w+ ){1,3}?(?:changes?|is (?:changed|updated|reset|set)) to\b/;

/**
 * Counts kept per key that each call moves by exactly one ("adds one to the count", "goes up by
 * one"): a key only ever steps to the neighbouring count, which is what lets buckets of equal
 * counts, linked in order, keep the largest and smallest at their ends.
 */
export const STEPS_OF_ONE =
  /\b(?:adds?|takes?|subtracts?) one (?:to|from|off)\b|\b(?:goes|go|moves?) (?:up|down) by (?:one|1)\b|\b(?:increases?|decreases?|increments?|decrements?|raises?|lowers?) (?:\w+ ){0,4}?by (?:one|1)\b|\bincrements? the count\b|\bdecrements? the count\b/;

/** An extreme asked of those counts: "the name with the largest count", "the smallest positive count". */
export const COUNT_EXTREME =
  /\b(?:largest|smallest|highest|lowest|greatest|biggest|maximum|minimum|most|fewest) (?:positive |non-?zero )?(?:count|tally|number of (?:uses|visits|times|occurrences))\b/;
