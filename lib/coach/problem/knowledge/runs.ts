import type { Scene, Trigger } from './trigger';

/**
 * Runs of the input judged by a total, questions about many ranges of one fixed array, and water
 * held between bars: read from how the statement is built (a contiguous run and a total, a list of
 * index pairs and a count, a liquid and the highest ground on both sides), never from one title.
 */

/**
 * A contiguous run of the input: a subarray, a stretch of consecutive days, a block of readings,
 * the items "from day i through day j", or the positions written out ("l, l+1, ..., r").
 */
const RUN = String.raw`(?:\b(?:contiguous|consecutive|continuous|neighbouring|adjacent) (?:\w+ )?\w+|\bsub-?(?:arrays?|strings?)\b|\bsegments?\b|\bstretch(?:es)?\b|\bruns? of\b|\bblocks? of\b|\bspans? of\b|\bstreaks?\b|\bsub-?ranges?\b|\bfrom (?:\w+ )?[a-z] (?:through|to|until) (?:\w+ )?[a-z]\b|\b[a-z]\w*\[[a-z] ?\.\.\.? ?[a-z]\]|\b[a-z]_l ?\+(?:[^.=]|\.\.\.){0,40}\+ ?[a-z]_r\b|\b[a-z], ?[a-z] ?\+ ?1, ?\.\.\., ?[a-z]\b)`;

/** Whether a phrase names a contiguous run of the input. */
export const RUN_OF_INPUT = new RegExp(RUN);

/** What a run adds up to, however the story says it: a sum, a total, a combined or net result. */
const TOTAL = `(?:sums?|totals?|adds? up|add up|summing|combined|net|overall|altogether|together|over all (?:its|their|the) [a-z]+)`;
/**
 * A total that must hit a value exactly, or a multiple of one (never "at least" or "at most"), or
 * two kinds of item that cancel out: a balance that is the same at both ends of the run.
 */
const EXACT_TOTAL = String.raw`(?:\b${TOTAL}\b (?:\w+ ){0,2}?(?:up )?(?:to |is |are |of |comes? to )?(?:exactly|precisely|equal to|equals?)\b|\b${TOTAL} (?:\w+ )?(?:is |are )?(?:exactly )?(?:zero|0)\b|\b${TOTAL} (?:up )?to (?:zero|0|k|target|goal)\b|\btotal(?:s|ling)? (?:exactly )?(?:k|zero|0|target|goal)\b|\s= ?(?:0|k)\b|\b${TOTAL} (?:up )?(?:to |is |are |comes? to )?(?:a )?(?:multiple of|divisible by)\b|\b(?:the same|equal) (?:sum|total)s?\b|\bcancel(?:s|led)? (?:each other )?out\b|\bbalance (?:out|exactly)\b|\b(?:equal|same) (?:number|count) of (?:['"]?\w+['"]? ){1,3}(?:and|as)\b|\bas many (?:['"]?\w+['"]? ){1,3}as\b)`;

/** A run whose total must be exactly a value (or a multiple of one): a difference of two running totals. */
export const RUN_EXACT_TOTAL = new RegExp(
  String.raw`${RUN}(?:[^.]|\.\.\.){0,100}?${EXACT_TOTAL}|\bexactly (?:[a-z]|\d+) of (?:the |its |their )?\w+ ${RUN}|\b${TOTAL}\b (?:\w+ ){0,2}?${RUN}[^.\n]{0,20}? (?:is|are|equals?|comes? to) (?:exactly|precisely|equal to|k|zero|0|target|goal)\b`,
);

/** A row cut into two or three pieces: the pieces of one cut are runs, however the story names them. */
const CUT_INTO_FEW = /\b(?:cut|split|divided?)\b[^.]{0,60}?\binto (?:two|three|2|3)\b/;

/**
 * A row cut into two or three pieces that must total the same (or a given amount): the ways are
 * the cut points, each read off running totals, with no smaller choices to add up.
 */
export const cutIntoFewByTotals = (body: string) => CUT_INTO_FEW.test(body) && RUN_EXACT_TOTAL.test(body);

/** Any question about a run's total (its sum, at least, at most, the largest). */
const RUN_SUM = new RegExp(
  String.raw`${RUN}[^.]{0,100}?\b${TOTAL}\b|\b(?:sum|total) of (?:a|the|each|every|any|all) (?:non-empty )?${RUN}`,
);
/** A run's total held under (or over) a bound: the run grows until it breaks the bound, then shrinks. */
const RUN_TOTAL_BOUNDED = new RegExp(
  String.raw`${RUN}[^.]{0,100}?\b${TOTAL}\b[^.]{0,40}?(?:\b(?:at most|at least|does not exceed|do not exceed|no more than|no less than|not more than|less than|greater than|fits? (?:in|within)|within)\b|<=|>=|<|>)`,
);
/** Windows of one fixed length: each is the last with one item in and one out, whatever the signs. */
const FIXED_LENGTH =
  /\b(?:of|with) (?:size|length) (?:exactly )?k\b|\bk consecutive\b|\bwindow of (?:size|length)\b|\blength (?:equal to |exactly )?k\b/;

/**
 * A run judged by its total over values that can be negative: a window cannot shrink safely (a
 * negative value ahead may still bring the total back), so it is no method here.
 */
export const windowBroken = (scene: Scene) =>
  scene.negatives && RUN_SUM.test(scene.body) && !FIXED_LENGTH.test(scene.body);

/** A walker, marble or trail steps from a cell to one beside it: up, down, left or right, or a cell sharing a side. */
const STEPS_TO_NEIGHBOUR =
  /\b(?:step|steps|stepping|move|moves|moving|roll|rolls|rolling|walk|walks|go|goes|slide|slides|climb|climbs|jump|jumps)\b[^.]{0,60}\b(?:(?:neighbou?ring|adjacent|next) (?:cell|plot|tile|square|field|room|spot)|(?:cell|plot|tile|square|field|room|spot) (?:that )?(?:shares?|sharing) a side|up, down, left,? (?:and|or) right|four directions)\b|\b(?:neighbou?ring|adjacent) (?:cell|plot|tile|square|field|room|spot)\b[^.]{0,80}\b(?:only (?:if|when)|provided)\b/;
/**
 * The run the question means lies along one row or column, where a window does slide. A row named
 * by its index ("the cell in row i and column j") only says where a cell is.
 */
const ALONG_ONE_LINE =
  /\b(?:within|in|along|inside) (?:a |one |the same |each |every )?(?:single )?(?:row|column|line)\b(?! [a-z]\b| `?[a-z]\w*`? and column\b)|\b(?:each|every) (?:row|column)\b/;

/**
 * On a grid whose walker steps from a cell to a neighbouring one, a "run" or "streak" is a path
 * that turns corners, not a stretch of one sequence: no window slides along it (the longest
 * climbing trail is a search over cells), unless the question keeps the run to one row or column.
 */
export const runIsPathOnGrid = (scene: Scene) =>
  scene.grid && STEPS_TO_NEIGHBOUR.test(scene.body) && !ALONG_ONE_LINE.test(scene.body);

/** The names a question gives the two ends of a range: l and r, left and right, first and last. */
const LOW_END = '(?:l|left|lo|low|from|start|begin|first|a)(?:_?[a-z])?';
const HIGH_END = '(?:r|right|hi|high|to|end|last|b)(?:_?[a-z])?';
/** The same ends with the question's own subscript: `x[j]` and `y[j]` for the j-th of m questions. */
const LOW_OF_QUESTION = String.raw`(?:${LOW_END}|x)\[[jk]\]`;
const HIGH_OF_QUESTION = String.raw`(?:${HIGH_END}|y)\[[jk]\]`;
/**
 * A range a question names by its two ends: `[l_i, r_i]`, `a_j <= b_j`, `x[j] <= y[j]`,
 * `words[from_i], ..., words[to_i]`, "from lamp x[j] to lamp y[j]", "a pair of mornings a and b",
 * `a < i <= b`.
 */
const INDEX_PAIR = String.raw`(?:\[\s*${LOW_END}\s*,\s*${HIGH_END}\s*\]|\b${LOW_END} <= ${HIGH_END}\b|\b${LOW_OF_QUESTION} <= ${HIGH_OF_QUESTION}|\b[a-z]\w*\[${LOW_END}\],? (?:\.\.\.|…),? [a-z]\w*\[${HIGH_END}\]|\b[a-z]\w*\[${LOW_END} ?(?:\.\.\.?|…|:) ?${HIGH_END}\]|\bfrom (?:\w+ )?${LOW_OF_QUESTION} (?:to|through|until) (?:\w+ )?${HIGH_OF_QUESTION}|\bpairs? (?:of )?(?:\w+ )?${LOW_END},? (?:and )?${HIGH_END}\b|\b${LOW_END} <=? [a-z] <=? ${HIGH_END}\b|\b${LOW_OF_QUESTION} <=? [a-z] <=? ${HIGH_OF_QUESTION})`;
/**
 * Many questions: queries, questions, requests, a list of ranges, or each of m people who asks
 * about a part of the input ("m inspectors each walk from lamp x[j] to lamp y[j]", "for each
 * chapter ... from[j] <= i < to[j]": a list the question indexes by its own j).
 */
const MANY_QUESTIONS = String.raw`(?:\b(?:quer(?:y|ies)|questions?|ranges|requests|asks)\b|\b[mq] \w+s,? (?:each )?\w+\b|\beach of (?:the )?[mq] \w+s\b|\b(?:for )?each \w+(?=[^.]{0,120}\[[jk]\]))`;
/** The page asks many questions, however it names them. */
export const ASKS_MANY = new RegExp(MANY_QUESTIONS);
/** What each asks for can be subtracted: a count or a total. */
const ADDITIVE = String.raw`(?<!\b(?:maximum|minimum|largest|smallest|possible) )\b(?:how many|number of|count|total|sum)\b`;

/** Many questions, each about the positions between two indices, answered by a count or a total. */
const RANGE_QUESTIONS = new RegExp(
  String.raw`${MANY_QUESTIONS}[^.\n]{0,80}?${INDEX_PAIR}[\s\S]{0,200}?${ADDITIVE}|${MANY_QUESTIONS}[^.\n]{0,120}?${ADDITIVE}[^.\n]{0,120}?${INDEX_PAIR}`,
);

/** The input's order is the answer's to choose. */
const REORDERED = /\b(?:re-?order|rearrang|permut)\w*\b/;

/** Each question is a threshold, and asks how many items fall on one side of it. */
const COUNT_BELOW = String.raw`\b(?:how many|number of|count(?: of)?) (?:the )?(?:\w+ ){0,3}?(?:are |is |cost |costs |have |has |weigh |weighs |score |scores )?(?:at most|at least|no more than|no less than|less than|greater than|more than|smaller than|larger than|below|above|<=|>=|<|>) (?:that|this|it|the|their|his|her|[a-z]\w*\[[jk]\]|[a-z]\w*_[jk])\b`;
const THRESHOLD_QUESTIONS = new RegExp(
  String.raw`${MANY_QUESTIONS}[\s\S]{0,160}?${COUNT_BELOW}|${COUNT_BELOW}[\s\S]{0,80}?${MANY_QUESTIONS}`,
);

/** A liquid that settles where higher ground stands on both sides. */
export const HELD_LIQUID =
  /\b(?:water|rain\w*|snow|sand|flood\w*|liquid)\b[^.]{0,200}\b(?:(?:to|on) (?:its|the) left\b[^.]{0,60}\b(?:to|on) (?:its|the) right|(?:both|either|each) sides?|higher (?:ground|bars?|walls?|pillars?|columns?) on both)\b|\b(?:hollows?|dips?|pits?|basins?)\b[^.]{0,60}\b(?:higher|taller)\b[^.]{0,40}\bboth sides\b/;

/** The best total a run can reach: the best run ending at each position extends the one before it. */
const BEST_RUN_TOTAL = new RegExp(
  String.raw`\b(?:largest|maximum|greatest|best|highest|biggest) (?:possible )?${TOTAL}\b (?:\w+ ){0,4}?(?:of|over|in|across) (?:a |any |one |the )?(?:non-empty )?${RUN}`,
);

export const RUN_TRIGGERS: readonly Trigger[] = [
  {
    technique: 'dynamic-programming',
    pattern: BEST_RUN_TOTAL,
    weight: 3,
    why: 'the best total of a run ending at each position either extends the best one ending just before or starts afresh, since values can be negative: one pass',
    when: (scene) => scene.negatives && !scene.design,
    // Dropping a running total as soon as it turns negative is the greedy view of the same pass.
    also: ['greedy'],
  },
  {
    technique: 'sliding-window',
    pattern: RUN_TOTAL_BOUNDED,
    weight: 3,
    why: 'every value is positive, so a run whose total must stay within a bound only grows on the right and shrinks on the left: a window',
    when: (scene) =>
      !scene.design && (scene.guarantees.has('positive') || scene.guarantees.has('non-negative')),
    also: ['two-pointers'],
  },
  {
    technique: 'prefix-sum',
    pattern: RUN_EXACT_TOTAL,
    // As plain as naming the method: "a multiple of" or "add up to" alone points elsewhere.
    weight: 3.5,
    why: 'a run whose total must hit a value lies between two running totals that differ by it: count the totals seen so far in a map',
    when: (scene) => !scene.design && !scene.updates,
    also: ['hash-table'],
  },
  {
    technique: 'prefix-sum',
    pattern: RANGE_QUESTIONS,
    weight: 3,
    why: 'the array never changes between the questions, so running counts (or totals) answer each range by one subtraction',
    // An array the answer may rearrange first is a choice of order, not a fixed array to total.
    when: (scene) =>
      !scene.design &&
      !scene.updates &&
      scene.shape !== 'graph' &&
      !scene.grid &&
      !scene.kinds.includes('tree') &&
      !REORDERED.test(scene.body) &&
      // A count of the value each query names needs a running count per value: a lookup instead.
      scene.positionSpans !== 'keyed',
  },
  {
    technique: 'binary-search',
    pattern: THRESHOLD_QUESTIONS,
    weight: 2.5,
    why: 'many questions each count the items on one side of a threshold: sort the items once, and each answer is the position a halving search finds',
    when: (scene) =>
      !scene.design &&
      !scene.updates &&
      scene.shape !== 'graph' &&
      !scene.grid &&
      !scene.guarantees.has('sorted'),
    also: ['sorting'],
  },
  {
    technique: 'two-pointers',
    pattern: HELD_LIQUID,
    weight: 3,
    why: 'the level over each bar is the lower of the highest bar on its left and on its right: two pointers moving in from the lower side (or a stack of falling bars, or both running maxima) find it in one pass',
    when: (scene) => !scene.grid && scene.shape !== 'graph',
    also: ['monotonic-stack', 'dynamic-programming'],
  },
];
