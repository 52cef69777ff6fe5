import type { AnswerSetting } from './answer-settings';
import type { Scene, Trigger } from './trigger';

/**
 * Two more ways a page asks for one value that a halving search finds, read from how the ask is
 * built where answer-settings.ts's readings need the condition after the superlative:
 *
 * - the worst part named after the ask: "the smallest possible load of the most heavily loaded
 *   truck", "the minimum, over all ways to share them out, of the pages given to the one who gets
 *   the most", "the fewest pages the busiest librarian can be left with", over a split of the
 *   items into a named number of parts;
 * - a count of units the items share a budget for: each item uses its own amount per unit asked
 *   ("burns c_i units per hour", "one box needs need[i] parts"), the ask is the most units
 *   ("the longest shift, in whole hours", "how many whole days ... at most"), and one budget tops
 *   them all up ("b spare units", "at most k more litres"). What x units cost grows with x, so the
 *   largest x whose cost fits is found by halving, each guess checked in one pass.
 *
 * Left alone: pages bounded only by values (no item uses anything of its own, so a closed form
 * answers), and a rule that is itself the answer (a truck leaves when the next parcel does not fit).
 */

const LEAST_WORD = 'smallest|least|lowest|minimum|fewest|shortest|earliest';
/** The worst part: any superlative of size or load, "most" itself (never "at most"), any -iest adjective. */
const WORST_WORD =
  '(?<!\\bat )(?:largest|heaviest|most|longest|biggest|highest|greatest|maximum|worst|slowest|latest|tallest|fullest|[a-z]{2,}iest)';

/** An ask for the least of something, then the worst part it is measured on, in one sentence. */
export const WORST_PART_AFTER_THE_ASK = new RegExp(
  String.raw`\b(?:return|print|output|find|report|determine|compute|what is)\b[^.;!?]*?(?<!\bfrom (?:the )?)\b(?:${LEAST_WORD})\b(?! to\b)([^.;!?]{0,120}?\b(?:of|to|for|on|by|among)\b[^.;!?]{0,60}?)\b${WORST_WORD}\b`,
);

/** What the least is a count of, when it is a count of moves rather than a measure of a part. */
const MOVES_COUNTED =
  /\b(?:operations?|moves?|steps?|swaps?|changes?|edits?|flips?|presses|jumps?|cuts?|removals?|deletions?|insertions?|trips?)\b/;

/**
 * The items are split among the parts, each going to exactly one: a window of k adjacent items
 * whose tallest is kept low slides over them instead, and no split is searched.
 */
const SPLIT =
  /\b(?:split|divid|partition|assign|distribut|allocat)\w*|\bshar(?:e|ed|es|ing)\b[^.]{0,20}\b(?:out|among|between)\b|\bexactly one\b/;

/** The least measure of the worst of a named number of parts, asked before the part is named. */
export function worstPartAfterTheAsk(body: string, partsNamed: boolean): AnswerSetting | null {
  if (!partsNamed || !SPLIT.test(body)) return null;
  const ask = WORST_PART_AFTER_THE_ASK.exec(body);
  if (!ask || MOVES_COUNTED.test(ask[1] ?? '')) return null;
  return { way: 'least', form: 'minimax', phrase: '', by: 'worst-part-after-the-ask' };
}

/** An item's own amount, written with its index: c_i, c_{i}, need[i]. */
const OWN_AMOUNT = String.raw`(?:[a-z]_\{?i\}?|[a-z]+\[i\])`;
/**
 * Each item uses its own amount per unit of something: "burns c_i units of oil per hour", "uses
 * c_i litres every day", or one unit needs each item's amount: "one box needs need[i] parts".
 */
export const OWN_RATE = new RegExp(
  String.raw`\b(?:uses?|burns?|needs?|consumes?|drinks?|eats?|requires?|spends?|loses?) ${OWN_AMOUNT} (?:[a-z]+ ){0,3}?(?:per|every|each|a|an) ([a-z]{3,}?)s?\b|\b(?:one|a|each|every) ([a-z]{3,}?)s? (?:needs?|uses?|requires?|takes?|consumes?|costs?) ${OWN_AMOUNT}`,
);

/** One budget that tops the items up: "b spare units", "at most k more litres", "at most budget coins". */
const SHARED_BUDGET =
  /\b(?:[a-z]|budget) (?:spare|extra|more|additional)\b|\b(?:at most|up to|no more than|not more than|within) (?:[a-z]|budget)\b(?! ?[-+*/(<=>])/;

/** The most units asked for: a superlative or "how many ... at most", in a sentence naming the unit. */
const MOST_ASKED = /\b(?:longest|largest|maximum|most|greatest|highest|how many|how long)\b(?<!\bat most)/;

/** The largest count of units a shared budget pays for, each item using its own amount per unit. */
export function unitsWithinABudget(sentences: readonly string[], body: string): AnswerSetting | null {
  const rate = OWN_RATE.exec(body);
  const unit = rate?.[1] ?? rate?.[2];
  if (!unit || !SHARED_BUDGET.test(body)) return null;
  const named = new RegExp(String.raw`\b${unit}(?:e?s)?\b`);
  for (const sentence of sentences) {
    if (!MOST_ASKED.test(sentence) || !named.test(sentence)) continue;
    // "How many ... at most?" asks for the most as a superlative does.
    if (/\bhow many\b/.test(sentence) && !/\bat most\b|\bmaximum\b|\blargest\b/.test(sentence)) continue;
    if (/[?]|\b(?:return|print|output|find|report|determine|compute|what is|how)\b/.test(sentence))
      return { way: 'most', form: 'threshold', phrase: '', by: 'units-within-a-budget' };
  }
  return null;
}

/** Values this large make every candidate answer too many to try one by one (as answer-settings.ts). */
const VALUES_BEYOND_A_LOOP = 10_000;

const halvable = (scene: Scene) => !scene.design && (scene.largestValue ?? 0) >= VALUES_BEYOND_A_LOOP;

export const ANSWER_BUDGET_TRIGGERS: readonly Trigger[] = [
  {
    technique: 'binary-search',
    pattern: WORST_PART_AFTER_THE_ASK,
    weight: 3,
    why: 'the answer is the least load the worst of the parts can carry: a larger cap never needs more parts, so guess the cap, fill the parts in order in one pass, and halve the range of caps',
    when: (scene) => halvable(scene) && scene.setting?.by === 'worst-part-after-the-ask',
    also: ['greedy'],
  },
  {
    technique: 'binary-search',
    pattern: OWN_RATE,
    weight: 3,
    why: 'what x units cost (each item topped up to its own amount per unit) only grows with x, so the largest x the budget pays for is found by guessing x, adding up the top-ups in one pass, and halving the range',
    when: (scene) => halvable(scene) && scene.setting?.by === 'units-within-a-budget',
    also: ['greedy'],
  },
];
