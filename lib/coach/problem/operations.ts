import type { Figure } from './figures';
import type { CallDemand, CallRole } from './knowledge/calls';
import type { Shape } from './shape';
import type { TechniqueId } from './types';

/**
 * What one operation of a class or a stream needs of the kept structure, read from the
 * operation's own sentence, beyond what the calls' common demands say (knowledge/calls.ts):
 * the items that begin with what it is given, the middle or the k-th of what is held, whether a
 * range is free of the ranges kept, a key's value as of a moment, a uniform pick, the latest change
 * taken back, the largest or smallest of counts that move by one (read in knowledge/calls.ts, as it
 * needs the whole statement).
 */
export type OperationNeed =
  | 'prefix'
  | 'middle'
  | 'rank'
  | 'rangeFree'
  | 'asOf'
  | 'randomPick'
  | 'undo'
  | 'countExtreme';

/** What the costliest operation costs over the structure: constant, a logarithm of it, or one word's letters. */
type Cost = 'O(1)' | 'O(log n)' | 'O(m)';

/**
 * Each need by what its sentence says, the first that fits winning; these are read before the
 * common demands, which a sentence about the k-th smallest ("prints the smallest") would also fit.
 */
export const OPERATION_NEEDS: readonly [OperationNeed, RegExp][] = [
  [
    'prefix',
    // "how many begin with typed", "the words starting with p": not "starts with no entries", nor
    // "starts with nobody in line" (the state a constructor leaves, said of nobody or everyone).
    /\b(?:begins?|starts?|starting|beginning) with (?!no\b|nothing\b|nobody\b|no one\b|none\b|everyone\b|everybody\b|everything\b|an? empty\b|zero\b|one\b|\d)(?:the (?:letters |string |text )?)?[a-z]\w*\b|\bprefix(?:es)?\b/,
  ],
  [
    'middle',
    /\bmedian\b|\bmiddle (?:value|score|reading|element|number|one)s?\b|\\?lceil \w+ ?\/ ?2 ?\\?rceil|\(\w+ \+ 1\) ?\/ ?2\b-th\b|⌈\w+\/2⌉/,
  ],
  [
    'rank',
    // The k-th for a k the operation itself is given (`2 k:`, `kth(int k)`); a k fixed once keeps a heap of k.
    /\(\s*(?:int |long )?([a-z])\s*\)[^.;]*\b\1-?th (?:smallest|largest|lightest|heaviest|lowest|highest|cheapest|shortest|tallest|earliest|latest)\b|^\s*(?:[-*•]\s*)?(?:type )?\d ([a-z])\b[^.;]*\b\2-?th (?:smallest|largest|lightest|heaviest|lowest|highest|cheapest|shortest|tallest|earliest|latest)\b/,
  ],
  [
    'rangeFree',
    // A call over a range of its own ([from, to), start..end) asking whether a kept range shares part of it.
    /(?:\[\s*[a-z]\w*\s*,\s*[a-z]\w*\s*[)\]]|\(\s*(?:int |long )?(?:from|start|begin|lo|left|l)\s*,\s*(?:int |long )?(?:to|end|finish|hi|right|r)\s*\))[^.;]{0,120}\b(?:overlaps?|shares?|intersects?|clash(?:es)?|conflicts?|(?:is |are )?(?:free|open|available))\b|\b(?:overlaps?|shares? (?:a |any )?\w+ with|intersects?|clash(?:es)? with|conflicts? with)\b[^.;]{0,60}(?:\[\s*[a-z]\w*\s*,\s*[a-z]\w*\s*[)\]])/,
  ],
  [
    'asOf',
    /\b(?:latest|last|most recent)\b[^.;]{0,80}\b(?:not (?:greater|later|larger|more|after|above|bigger) than|no (?:greater|later|larger|more) than|at or before|on or before|at most)\b|\bas of (?:the |a )?(?:given )?\w+\b|\bhad (?:in|at|on) the given\b/,
  ],
  ['randomPick', /\brandom(?:ly)?\b|\bequally likely\b|\buniformly\b|\bsame (?:chance|probability)\b/],
  [
    'undo',
    // "undo the most recent command", "reverts the latest paint not yet reverted": the changes are
    // taken back newest first, whatever else the operation names ("the last k laps" is a stretch).
    /\b(?:undo(?:es)?|reverts?|rolls? back)\b[^.;]{0,30}?\bthe (?:most recent|latest|last)\b(?! (?:k|\d+|[a-z]) \w)|\b(?:undo(?:es)?|reverts?)\b[^.;]{0,80}\bnot (?:yet |already )?(?:been )?(?:undone|reverted)\b/,
  ],
];

/**
 * Wordings of the calls' common demands that their table does not spell: who is asked for by a
 * superlative key ("which waiting patient has the highest severity", "the job with the greatest
 * urgency"), a member asked after by key ("YES if the member is inside"). Read after it.
 */
export const MORE_DEMANDS: readonly [CallDemand, RegExp][] = [
  [
    'extreme',
    /\b(?:which|what|who)\b[^.;]{0,60}\b(?:has|have|is|are|holds?) the (?:highest|greatest|largest|lowest|smallest|least|most|fewest|biggest)\b|\bwith the (?:greatest|highest|largest|lowest|smallest|least|biggest) (?!\w+ (?:first|last)\b)\w+\b/,
  ],
  [
    'lookup',
    /\b(?:whether|if) (?:the |this |that |a )?\w+ (?:is|are) (?:in|inside|there|present|stored|held|on (?:the )?\w+)\b|\bhow many \w+ (?:are|is) (?:inside|in|there|stored|held|left|present)\b/,
  ],
];

/**
 * A need its words fit only in appearance: a member that "starts with rating r" (or "with
 * temperature 20") is given a starting value, not a beginning of letters to look words up by.
 */
const NEED_VETOES: Partial<Record<CallDemand, RegExp>> = {
  prefix:
    /\b(?:starts?|starting|begins?|beginning) with (?:an? |the )?(?:initial |starting )?(?:rating|score|value|balance|count|amount|level|price|weight|height|temperature|capacity|credit|budget|stock|total|sum|speed|health|energy|fuel|charge|priority|colou?r|size|length|age|salary|power)s?\b/,
};

/** Whether a need's pattern fits the sentence only in appearance (NEED_VETOES). */
export const needVetoed = (need: CallDemand, sentence: string) => NEED_VETOES[need]?.test(sentence) ?? false;

/** What each of the new needs asks a structure to do, and which one does it. */
export const NEED_STRUCTURES: Record<OperationNeed, { techniques: TechniqueId[]; role: string }> = {
  prefix: {
    techniques: ['trie'],
    role: 'asks about the stored words that begin with what it is given, so a tree of letters walks that beginning one letter at a time, with a count on each node of the words below it',
  },
  middle: {
    techniques: ['heap-priority-queue'],
    role: 'asks for the middle of what is held, so two heaps split it there (a max-heap of the lower half, a min-heap of the upper half) and the answer is a top',
  },
  rank: {
    techniques: ['segment-tree', 'binary-search'],
    role: 'asks for the k-th smallest of what is held, so a tree of counts over the values (a Fenwick or segment tree) descends to it by counts, as an insert or a removal updates one path',
  },
  rangeFree: {
    techniques: ['binary-search', 'segment-tree'],
    role: 'asks whether a range is free of the ranges kept, so the kept ranges in order of start (a sorted map) need only the neighbour on each side, found by a halving search',
  },
  asOf: {
    techniques: ['binary-search', 'hash-table'],
    role: "asks for a key's value as of a moment, so a map from each key to its changes in the order they came lets a halving search pick the last one at or before it",
  },
  countExtreme: {
    techniques: ['hash-table', 'linked-list'],
    role: 'asks for the key with the largest or smallest count while every count moves by one, so a map from each key to its bucket in a doubly linked list of buckets of equal counts, in order of count, moves a key to the neighbouring bucket and keeps both extremes at the ends',
  },
  undo: {
    techniques: ['stack'],
    role: 'takes back the latest change not yet taken back, so a stack of the changes, each with what it replaced, pops the newest and reverses it in one step',
  },
  randomPick: {
    techniques: ['hash-table'],
    role: 'picks one of the members uniformly, so an array of them (a removal moves the last one into the gap) with a map from each member to its index picks, adds and removes in one step',
  },
};

/** What each demand costs the structure serving it, per operation. */
const DEMAND_COSTS: Record<CallDemand, Cost> = {
  recency: 'O(1)',
  cursor: 'O(1)',
  window: 'O(1)',
  bounded: 'O(log n)',
  extreme: 'O(log n)',
  front: 'O(1)',
  latest: 'O(1)',
  lineExtreme: 'O(1)',
  pileExtreme: 'O(1)',
  givenRemoval: 'O(log n)',
  frequency: 'O(1)',
  count: 'O(1)',
  lookup: 'O(1)',
  distinctRecent: 'O(1)',
  prefix: 'O(m)',
  middle: 'O(log n)',
  rank: 'O(log n)',
  rangeFree: 'O(log n)',
  asOf: 'O(log n)',
  randomPick: 'O(1)',
  undo: 'O(1)',
  countExtreme: 'O(1)',
};

/** The costs from cheapest to dearest. */
const COST_ORDER: readonly Cost[] = ['O(1)', 'O(log n)', 'O(m)'];

/**
 * Demands a plain map, queue or stack serves. Beside another demand of the same cost they decide
 * nothing: the map of an eviction order, the array of a uniform pick or the ordered line of a
 * front's maximum serves them too, so the other demand is the one that shapes the structure.
 */
const PLAIN: ReadonlySet<CallDemand> = new Set(['lookup', 'count', 'front', 'latest']);

/** How much an operation decides the structure: its cost first, then whether a plain one would do. */
const weight = (role: CallRole) =>
  2 * COST_ORDER.indexOf(DEMAND_COSTS[role.demand]) + (PLAIN.has(role.demand) ? 0 : 1);

/**
 * The operation that decides the structure: the one whose need costs the most, and on a tie of
 * cost the one a plain structure does not serve, then the first. A removal of a given item only
 * serves the structure another operation asks of, so it is that operation's cost unless alone.
 */
function costliest(roles: readonly CallRole[]): CallRole | undefined {
  const asking = roles.filter((role) => role.demand !== 'givenRemoval');
  return (asking.length > 0 ? asking : roles).reduce<CallRole | undefined>(
    (worst, role) => (!worst || weight(role) > weight(worst) ? role : worst),
    undefined,
  );
}

/**
 * The cost per operation of the structure that serves every operation the page defines: the
 * costliest operation sets it. A walk over a word's letters needs the word's own size (`m`); a
 * logarithm counts what the structure holds. Undefined when no operation says what it needs.
 */
export function operationsFigure(roles: readonly CallRole[], shape: Shape): Figure | undefined {
  const worst = costliest(roles);
  if (shape.kind !== 'design' || !worst) return undefined;
  const cost = DEMAND_COSTS[worst.demand];
  const each = shape.stream ? 'each operation' : 'each call';
  if (cost === 'O(m)')
    return shape.n.letter === 'm'
      ? ['O(m)', `${each} walks the letters of the word it is given, one node per letter`]
      : undefined;
  const x = shape.n.letter;
  if (cost === 'O(log n)')
    return [
      `O(log ${x})`,
      `the costliest operation (${worst.call === 'a call' ? 'one of them' : spokenCall(worst.call)}) works on one path of a heap, a tree or a halving search over what is held`,
    ];
  return ['O(1)', `${each} is a constant number of lookups and pointer changes (amortised)`];
}

/** A kind the statement numbers or marks reads as its number or mark: "type 3", "type ?". */
export const NUMBERED = /^type (?:\d|[+?!-])$/;

/** A call as words: `mostUrgent` is "most urgent", `ADD` stays "ADD", a numbered kind "type 3". */
export const spokenCall = (call: string) =>
  call.replace(/([a-z])([A-Z])/g, (_, low: string, up: string) => `${low} ${up.toLowerCase()}`);

/** A kind of a stream as a hint names it: "type-3", or a mark in quotes ("“?”"). */
const kindName = (call: string) => {
  const mark = /^type ([+?!-])$/.exec(call)?.[1];
  return mark ? `“${mark}”` : call.replace(' ', '-');
};

/** Who the sentence is about: "The call rent", "Each of the type-1 and type-2 operations", "One call". */
export function whoCalls(calls: readonly string[]): string {
  // Plain words: a quoted or camel-cased call reads as code in a hint.
  const named = calls.filter((call) => call !== 'a call').map(spokenCall);
  // Numbered kinds are operations of a stream, not methods: "the type-3 operation".
  const kinds = named.every((call) => NUMBERED.test(call)) ? named.map(kindName) : [];
  if (named.length === 0) return 'One call';
  if (kinds.length === 1) return `The ${kinds[0]} operation`;
  if (kinds.length > 1) return `Each of the ${kinds.join(' and ')} operations`;
  return named.length === 1 ? `The call ${named[0]}` : `Each of ${named.join(' and ')}`;
}

/** The question each demand raises, naming no structure: the first rung of a design's ladder. */
const DEMAND_QUESTIONS: Record<CallDemand, string> = {
  recency:
    'must drop the entry left alone longest. How would you find that entry, and move one just used, without looking through them all?',
  cursor: 'moves back and forth through a history. What would let it jump by several steps at once?',
  window: 'only counts the latest stretch. Once something falls out of it, will it ever matter again?',
  bounded:
    'asks for the nearest value on one side of the one it is given. If what is held were kept in order, where would you look?',
  extreme:
    'asks for the best of a pool that keeps changing. How could the best be ready at every moment without looking through everything kept so far?',
  front: 'works on whoever came first. What keeps the arrivals in order so that the first is always at hand?',
  latest: 'works on what came last. What keeps the newest at hand, and the one before it next?',
  lineExtreme:
    'asks for the extreme of a line that loses members only at its front. Which members can never be the answer again once a later one arrives?',
  pileExtreme:
    'asks for the best of a pile that only ever loses its newest member. What could each entry remember about the ones beneath it?',
  givenRemoval:
    'takes a given item out from anywhere in the pool. Must it leave at once, or could it wait until it would be the answer?',
  frequency:
    "asks how often counts occur. What could you keep beside each key's count so that no call needs a scan?",
  count: 'asks about one key. Could it go straight to that key instead of looking through the others?',
  lookup: 'asks about one key. Could it go straight to that key instead of looking through the others?',
  distinctRecent:
    'asks how many different keys the latest stretch holds. When one entry joins and the oldest leaves, which counts change, and when does the number of different keys move?',
  prefix:
    'asks about the stored words that begin with what it is given. Could it follow those letters one at a time instead of comparing whole words?',
  middle:
    'asks for the middle of what is held. Do you need the whole order, or only the values on either side of the middle?',
  rank: 'asks for the k-th smallest of what is held, for any k. If you knew how many values fall in each part of the range of values, how would you walk to the k-th?',
  rangeFree:
    'asks whether a range is free of the ranges kept. If those were kept in order, which of them could it possibly clash with?',
  asOf: "asks for a key's value as of a moment, and the changes come in order of time. How would you find the last one at or before that moment without scanning them all?",
  countExtreme:
    'asks for the key with the largest or smallest count, and each count moves by one. When a count steps up by one, which keys can it pass, and what could keep keys of equal count together?',
  undo: 'takes back the latest change. Which change will the next undo need after this one, and what must each change remember to be reversed?',
  randomPick:
    'picks one member, each equally likely. What layout lets a random index reach every member, and how would you take one out without leaving a gap?',
};

/** The costliest operation's question, in the page's own names, for the first rung of the ladder. */
export function operationQuestion(roles: readonly CallRole[]): string | undefined {
  const worst = costliest(roles);
  return worst ? `${whoCalls([worst.call])} ${DEMAND_QUESTIONS[worst.demand]}` : undefined;
}
