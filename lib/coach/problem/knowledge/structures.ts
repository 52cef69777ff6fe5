import { NEVER_LEAVES } from './calls';
import { fillsInOrder, WAIT_THEIR_TURN } from './fills';
import { rankCounted } from './orders';
import type { Trigger } from './trigger';

/**
 * A call of a class hands back the extreme of what the structure holds right now (the lowest free
 * number, the most urgent ticket, the earliest due): the holdings change between calls, so the
 * extreme is kept at the top of a priority queue rather than searched for.
 */
const HANDS_OUT_EXTREME =
  /\b(?:returns?|hands? out|gives?|takes?|removes?|pops?|serves?|assigns?)\b[^.]{0,60}\b(?:highest|lowest|smallest|largest|earliest|soonest|cheapest|oldest|most urgent)(?:-numbered| numbered)?\b/;
/** An extreme bounded by a given value ("the largest timestamp at most t") is a floor lookup, not a heap's top. */
const BOUNDED_EXTREME =
  /\b(?:highest|lowest|smallest|largest|earliest|latest)\b[^.]{0,60}(?:<=?|>=?|\bat (?:most|least)\b|\bno (?:later|earlier|more|less) than\b|\bnot (?:after|before|exceeding)\b)/;

/**
 * The item at one end is put back at the other, again and again: the top card under the deck, the
 * person at the front to the back of the line. A block moved once is a rotation, not a queue.
 */
const QUEUE_ROTATION =
  /\b(?:front|top|head)\b(?!-)[^.]{0,100}?\b(?:puts?|places?|moves?|goes|go|sends?|returns?|joins?|slides?) (?:\w+ ){0,4}?(?:to|at|onto|under) the (?:back|bottom|end|rear|tail)\b(?!-)/;
/** A queue worked as one: items join at the back, leave from the front, or are served as they came. */
const QUEUE_WORKED = new RegExp(
  String.raw`${QUEUE_ROTATION.source}|\b(?:joins?|enters?|added to|appended to|put at|stands? at) (?:at )?the (?:back|end|rear|tail)\b|\b(?:leaves?|removed|served|taken|pops?|polls?) (?:\w+ ){0,2}(?:from )?the front\b|\bat the front\b|\b(?:enqueue|dequeue|poll|offer|push|pop)\w*\b|\bfirst[- ]in[- ]first[- ]out\b|\bfifo\b|\bround[- ]robin\b|\bfirst come,? first served\b`,
);
/**
 * "In the order they arrive" orders a list; it asks for a queue only where the arrivals wait their
 * turn (fills.ts). Books put on shelves, parcels loaded onto trucks in that order are read once,
 * front to back: a scan.
 */
const ARRIVAL_ORDER = /\bin the order (?:they|of) (?:arriv|came|join)/;
const REPEATED =
  /\bwhile\b|\brepeatedly\b|\buntil\b|\bagain\b|\bstill\b|\b(?:each|every) (?:time|turn|round)\b/;

/** Items that stand round a circle: "sit in a circle", "around a round table". */
const IN_A_CIRCLE = /\b(?:in|around|round|form|forming) (?:a|the) (?:circle|ring|round table)\b/;
/** One of them leaves at a time: "steps out", "leaves the circle", "is eliminated". */
const LEAVES_ONE_BY_ONE =
  /\b(?:steps? out|leaves?|leaving|is removed|are removed|is eliminated|are eliminated|drops? out|is out|gets? out|is knocked out)\b/;
/** The question asks in what order they leave. */
const ORDER_OF_LEAVING =
  /\b(?:the )?order in which (?:the )?\w+ (?:\w+ )?(?:leave|step out|are removed|are eliminated|drop out|get out|are knocked out)\b|\b(?:removal|elimination|leaving) order\b|\border of (?:removal|elimination|leaving)\b/;

/**
 * Items round a circle that leave one at a time, counted on from the last one out, the order of
 * leaving asked: the ones passed over go from the front of a queue to its back, and the next
 * front leaves. A circle whose items stay (a lap, a rotation) asks nothing of the kind.
 */
export const circleRemoval = (body: string) =>
  IN_A_CIRCLE.test(body) && LEAVES_ONE_BY_ONE.test(body) && ORDER_OF_LEAVING.test(body);

/**
 * Text made of opening and closing brackets, judged by whether they balance: balance is not kept
 * when a run shrinks from the left, so such a run is no window.
 */
export const BRACKET_TEXT =
  /\bparenthes[ie]s\b|\b(?:regular|balanced|correct|valid) bracket (?:sequence|string)s?\b/;

/** Stacks, queues, heaps, tries, disjoint sets, range trees, lists and class design. */
export const STRUCTURE_TRIGGERS: readonly Trigger[] = [
  {
    technique: 'stack',
    pattern:
      /\bparenthes[ie]s\b|\b(?:regular|balanced|correct) bracket (?:sequence|string)s?\b|\bbrackets?\b.{0,80}\b(?:closed|match|nest|well[- ]formed|valid|opening|closing)\b|\bwell[- ]formed\b|\bnested\b.{0,40}\b(?:brackets|parentheses|tags)\b/,
    weight: 3,
    why: 'matching each closer with the most recent open one is last-in, first-out',
  },
  {
    technique: 'stack',
    // The opening and closing told in the story's words (crates and lids, tags, rooms entered and
    // left), with no bracket named: what closes acts on whatever was opened most recently.
    pattern:
      /\b(?:opened|started|begun|entered) most recently\b|\bmost recently (?:opened|started|begun|entered)\b|\b(?:latest|last) (?:one )?(?:opened|started|begun) (?:that is |which is )?still open\b/,
    weight: 3,
    why: 'each closing acts on the item opened most recently among those still open: last in, first out',
  },
  {
    technique: 'stack',
    pattern:
      /\bevaluate (?:the )?(?:expression|formula)\b|\breverse polish\b|\bpostfix\b|\bcalculator\b|\bdecode (?:the )?(?:encoded )?string\b|\bbackspace\b|\bsimplify (?:the )?(?:absolute |unix )?path\b|\basteroids?\b|\badjacent (?:duplicates|equal)\b.{0,40}\bremov|\bundo\b/,
    weight: 2.5,
    why: 'the most recent unfinished item is the one each new token acts on',
  },
  {
    technique: 'stack',
    pattern: /\bstacks?\b|\bpush\b.{0,80}\bpop\b|\bon top of\b/,
    weight: 2.5,
    why: 'the statement works with a stack: the last item in is the first out',
    // Stacks of coins or plates that are only counted are piles, not a structure; and where only
    // values are bounded (rings moved between pegs) no input's items are held at all.
    when: (scene) =>
      scene.shape !== 'values' &&
      (!/\bstacks? of \w+/.test(scene.body) || /\bpush|\bpop\b|\btop of\b/.test(scene.body)),
  },
  {
    technique: 'monotonic-stack',
    pattern:
      /\bnext (?:greater|smaller|warmer|larger|higher|taller)\b|\bprevious (?:greater|smaller|larger|higher|taller)\b|\b(?:first|nearest|closest) (?:\w+ )?(?:to the (?:left|right) )?(?:that is |which is )?(?:strictly )?(?:greater|larger|taller|higher|smaller|shorter|lower|warmer|hotter)\b(?! than \d)|\buntil (?:a |an )?(?:strictly )?(?:hotter|warmer|higher|greater|larger|taller|cheaper)\b/,
    weight: 3,
    why: 'the nearest bigger or smaller neighbour of every item is what a stack kept in order reveals',
  },
  {
    technique: 'monotonic-stack',
    pattern:
      /\bspan\b.{0,120}\b(?:less than or equal|at most|not (?:more|greater))\b|\bhistogram\b|\blargest (?:possible )?(?:area|rectangle)\b|\b(?:area|rectangle)\b.{0,80}\bshortest (?:building|bar)\b|\bsum of (?:all )?subarray (?:minimums|maximums)\b|\bocean view\b/,
    weight: 3,
    why: 'items that can never matter again are popped as soon as a better one arrives',
  },
  {
    technique: 'monotonic-stack',
    pattern:
      /\b(?:extends?|extending|reach(?:es|ing)?|stretch(?:es|ing)?|grows?|growing|expands?|spreads?)\b.{0,60}\b(?:left|right|sideways)\b.{0,120}\b(?:shorter|lower|smaller|taller|higher|greater|larger|at least)\b/,
    weight: 2.5,
    why: 'how far each bar reaches is set by its nearest shorter neighbour on each side',
  },
  {
    technique: 'queue',
    pattern:
      /\bfirst[- ]in[- ]first[- ]out\b|\bfifo\b|\bqueues?\b|\bin the order (?:they|of) arriv|\bround[- ]robin\b/,
    weight: 2,
    why: 'items leave in the order they arrived',
    // A queue is evidence where the statement works it: items join at one end and leave from the
    // other. A queue of people whose turns are counted only by values holds no input's items.
    // Items packed in their fixed order (fills.ts) are read once, whatever verbs the packing uses.
    when: (scene) =>
      scene.shape !== 'values' &&
      !fillsInOrder(scene.body) &&
      (QUEUE_WORKED.test(scene.body) || (ARRIVAL_ORDER.test(scene.body) && WAIT_THEIR_TURN.test(scene.body))),
  },
  {
    technique: 'queue',
    pattern: QUEUE_ROTATION,
    weight: 2,
    why: 'what is taken from one end goes back in at the other, so the items come round in the order they went in: a queue',
    // Where the page also names its queue, that trigger already counts this same evidence.
    when: (scene) => REPEATED.test(scene.body) && !/\bqueues?\b/.test(scene.body),
  },
  {
    technique: 'queue',
    pattern: ORDER_OF_LEAVING,
    weight: 3,
    why: 'the ones passed over move from the front of the line to its back, and the next at the front leaves: a queue keeps the circle in order',
    when: (scene) => !scene.design && circleRemoval(scene.body),
  },
  {
    technique: 'queue',
    pattern:
      /\brecent (?:calls|requests|pings)\b|\bpings?\b.{0,80}\b(?:last|past) (?:\w+ )?(?:seconds|milliseconds|minutes)\b|\bin the (?:last|past) \w+ (?:seconds|milliseconds|minutes)\b|\b(?:range|window) \[t ?- ?\d+, ?t\]/,
    weight: 3,
    why: 'events older than the time window leave from the front while new ones join at the back',
  },
  {
    technique: 'queue',
    pattern:
      /\b(?:largest|maximum|max|smallest|minimum|min|biggest) (?:value |element |number )?(?:inside|in|within|of) (?:the |each |every )?(?:sliding )?window\b|\bsliding window maximum\b|\bdeque\b/,
    weight: 2.5,
    why: 'the best value of a moving window is kept at the front of a double-ended queue',
    // A deque that is the input itself (take from either end) is a game or a DP, not a window.
    when: (scene) => /\bwindow\b/.test(scene.body),
    also: ['heap-priority-queue'],
  },
  {
    technique: 'heap-priority-queue',
    pattern:
      /\bk-?th (?:largest|smallest|highest|lowest)\b|\bk [a-z]+est\b|\btop k\b|\bk [a-z]+s (?:closest|nearest)\b/,
    weight: 3,
    why: 'the best k of many items is a heap that never holds more than k',
    // A rank among a few values, all known up front, is read from a count per value.
    when: (scene) => !rankCounted(scene),
    also: ['sorting', 'divide-and-conquer'],
  },
  {
    technique: 'heap-priority-queue',
    pattern:
      /\bmedian\b.{0,80}\b(?:stream|added|adds|insert|so far|after each|each new|running|arrive)\b|\b(?:after each|each time|every time|so far)\b.{0,80}\bmedian\b|\brunning median\b|\bdata stream\b/,
    weight: 3,
    why: 'a running median is two heaps, one per half',
  },
  {
    technique: 'heap-priority-queue',
    pattern: /\bmerge (?:the )?k sorted\b|\bk sorted (?:lists|arrays|linked lists|chains)\b/,
    weight: 4,
    why: 'the next smallest head among k lists comes from a heap',
    also: ['divide-and-conquer'],
  },
  {
    technique: 'heap-priority-queue',
    pattern:
      /\bminimum number of (?:conference |meeting )?rooms\b|\brooms? (?:needed|required)\b|\bfewest rooms\b/,
    weight: 3,
    why: 'meetings sorted by start, with the earliest-ending room on top of a heap, reuse rooms as they free up',
    also: ['sorting', 'line-sweep'],
  },
  {
    technique: 'heap-priority-queue',
    pattern:
      /\brepeatedly (?:take|pick|remove|choose|combine|select|smash)\b|\b(?:two )?(?:heaviest|largest|smallest) (?:stones|sticks|piles|ropes) (?:and|each)\b|\blexicographically smallest\b.{0,20}\b(?:order|sequence|schedule)\b/,
    weight: 2,
    why: 'taking the current best again and again is what a priority queue serves',
  },
  {
    technique: 'heap-priority-queue',
    pattern: HANDS_OUT_EXTREME,
    weight: 2.5,
    why: 'each call wants the extreme of what the class holds now, which a priority queue keeps on top as items come and go',
    when: (scene) => scene.design && !BOUNDED_EXTREME.test(scene.body) && !NEVER_LEAVES.test(scene.body),
  },
  {
    technique: 'trie',
    pattern:
      /\btrie\b|\bprefix tree\b|\bautocomplete\b|\bsearch suggestions\b|\b(?:is|be|are) (?:the )?(?:beginning|start|prefix|first part) of (?:a different|another|any other|some other)\b/,
    weight: 4,
    why: 'a prefix tree stores shared beginnings once',
  },
  {
    technique: 'trie',
    pattern:
      /\b(?:insert|add)s? (?:a )?(?:new )?(?:word|string)\b.{0,200}\b(?:starts? ?with|prefix)\b|\bwildcard\b.{0,30}\bdot\b|\bwords? (?:in|on) (?:the |a )?(?:board|grid)\b.{0,80}\blist of words\b/,
    weight: 3,
    why: 'words added over time and asked about by prefix live in a prefix tree',
    when: (scene) => scene.design || scene.grid,
  },
  {
    technique: 'trie',
    pattern:
      /\b(?:maximum|largest|greatest) (?:possible )?(?:bitwise )?xor\b.{0,60}\b(?:two|pair|of any)\b|\bxor of (?:any )?two\b.{0,40}\b(?:maximum|largest)\b/,
    weight: 3,
    why: 'a binary prefix tree of the numbers picks the opposite bit at each level for the largest XOR',
  },
  {
    technique: 'union-find',
    pattern:
      /\bredundant (?:connection|edge|link)\b|\bextra (?:edge|link|cable|road|wire)\b|\b(?:edge|link|cable|road|wire) that can be removed so that\b|\bdirectly or indirectly\b.{0,60}\bcircles?\b|\baccounts? merge\b|\bmerge (?:the )?accounts\b|\bsatisfiability of equality\b|\bequivalen(?:t|ce) (?:classes|relation)\b|\bprovinces?\b|\bfriend circles?\b|\bcircles?\b.{0,60}\bdirectly or indirectly\b/,
    weight: 3,
    why: 'merging groups and asking whether two items share one is a disjoint-set forest',
    also: ['depth-first-search'],
  },
  {
    technique: 'union-find',
    pattern:
      /\bdirectly or indirectly\b|\bsame (?:group|component|set|circle)\b|\bnumber of (?:groups|networks|clusters|circles|components)\b/,
    weight: 2.5,
    why: 'items joined by links fall into groups that only ever merge, which union-find tracks',
  },
  {
    technique: 'union-find',
    pattern:
      /\bswap (?:the )?\w+ at (?:positions|indices)\b.{0,120}\b(?:any number of times|as many times)\b|\b(?:any number of times|as many times as)\b[^.]{0,40}\bin any order\b[^.]{0,100}\bswap (?:the )?\w+ at (?:positions|indices)\b/,
    weight: 2.5,
    why: 'positions joined by allowed swaps form groups whose values can be rearranged freely, and each group is then sorted',
    also: ['sorting'],
  },
  {
    technique: 'segment-tree',
    pattern: /\bsegment tree\b|\bfenwick\b|\bbinary indexed tree\b/,
    weight: 4,
    why: 'the statement names a range tree',
  },
  {
    technique: 'segment-tree',
    pattern:
      /\b(?:update|change|modify|assign|set|replace)s?\b.{0,200}\b(?:minimum|maximum|sum|total|smallest|largest|gcd)\b.{0,20}\b(?:of|over)\b.{0,30}(?:\ba_l\b|\bnums\[left\]|\bl\b.{0,30}\br\b|\bleft\b.{0,30}\bright\b|\bbetween (?:indices|positions)\b|\brange\b)|(?:\ba_l\b|\bl\b.{0,30}\br\b|\bleft\b.{0,30}\bright\b|\brange\b).{0,200}\b(?:update|modify|assign|replace)s?\b|\bsumrange\b.{0,200}\bupdate\b|\bupdate\b.{0,200}\bsumrange\b|\bpoint updates?\b/,
    weight: 3.5,
    why: 'range questions mixed with updates need a tree over the ranges, log n per operation',
    when: (scene) => scene.updates && scene.shape !== 'graph',
  },
  {
    technique: 'segment-tree',
    pattern:
      /\bsmaller (?:numbers|elements|values) (?:after|to the right of) (?:it|self|each)\b|\bcount of smaller\b|\b(?:number|count) of (?:elements|values|numbers) to the right of\b.{0,60}\b(?:smaller|larger|greater)\b/,
    weight: 3,
    why: 'counting smaller values seen so far is a prefix count in a range tree over the values',
    also: ['divide-and-conquer', 'binary-search'],
  },
  {
    technique: 'linked-list',
    pattern:
      /\blinked lists?\b|\blistnode\b|\bnext pointers?\b|\bnodes? of (?:the|a) (?:linked )?list\b|\bhead of (?:a |the )?(?:singly |doubly )?(?:linked )?(?:list|chain)\b/,
    weight: 3.5,
    why: 'the input is a chain of nodes reached only through next pointers',
  },

  {
    technique: 'design',
    pattern:
      /\bdesign (?:a|an|the)\b(?! (?:best|optimal|fastest|cheapest) way\b)|\bimplement (?:the |a |an )?[a-z]+ class\b|\bobject will be instantiated\b|\bclass\b.{0,60}\b(?:methods?|operations?|supports?)\b|\bsupports? the following operations\b|\bcomplete (?:the )?(?:two |three )?functions\b/,
    weight: 2,
    why: 'the task is a class with several operations, each with its own cost',
  },
  {
    technique: 'design',
    pattern:
      /\boperations?\b.{0,40}\b(?:of (?:one of )?(?:the following|three|two|four) types|types?:)|\beach (?:operation|query) is (?:one|of)\b/,
    weight: 1.5,
    why: 'a stream of typed operations on one structure, each with its own cost',
  },
];
