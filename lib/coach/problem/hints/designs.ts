import { lastReading } from '../last-reading';
import type { TechniqueId } from '../types';
import type { Ladder } from './ladder';

/**
 * Classes interviews ask to design most, each with what every structure keeps and which call it
 * serves. Levels 2 and 3 describe; the candidate writes the methods.
 */
export const DESIGN_LADDERS = {
  'design-recent-cache': [
    'When the store is full, which entry must go, and how would you find it without looking through every entry?',
    'Two structures, each serving a call: a map from each key to its entry, so a read or a write finds the entry in one step; and a doubly linked list of the entries in order of use, so the entry to evict is always at one end and an entry just used moves to the other end in one step.',
    'A read looks the key up in the map; if it is there, unlink its entry, put it at the recent end and return its value. A write updates and moves an entry already there, or adds a new one at the recent end and records it in the map; when that takes the count past the capacity, remove the entry at the old end from the list and its key from the map. A placeholder entry at each end of the list keeps the empty and the full cases simple.',
  ],
  'design-frequent-cache': [
    'When the store is full, the entry used least often goes, and among those the one used longest ago. What would let you find it at once?',
    'A map from each key to its value and its use count, for reads and writes; a map from each count to the keys with that count in order of use, for eviction; and the smallest count present, so the entry to evict is the oldest key in that group.',
    'A read finds the key, moves it from its count’s group to the recent end of the next count’s group, and raises the smallest count when its old group was the smallest and is now empty. A write to a key already there does the same after changing the value. A new key, when the store is at capacity, first evicts the oldest key of the smallest count’s group, then joins the group for one use, and the smallest count becomes one.',
  ],
  'design-running-median': [
    'To give the middle value at any moment, do you need the whole order, or only the values on either side of the middle?',
    'Two heaps split the values at the middle: a max-heap keeps the lower half, so its top is the largest of the small ones, and a min-heap keeps the upper half, so its top is the smallest of the large ones. Adding a value changes one heap and rebalances; the median call reads only the two tops.',
    'To add, push the value onto the lower half, then move the lower half’s top to the upper half, and if the upper half is now the larger, move its top back; the lower half then holds as many values as the upper half, or one more. The median is the lower half’s top when the count is odd, and the mean of the two tops when it is even.',
  ],
  'design-timed-versions': [
    'Writes for one key arrive with times (or version numbers) that only grow. For a read at a given moment, which write do you want, and how would you find it without scanning them all?',
    'A map from each key to the list of its writes, each with its time; times only grow, so every list is already in order, a write appends to it, and a read at a moment finds the last write at or before it by halving search.',
    'A write appends the pair of time and value to its key’s list (or replaces the last pair when the time is the same). A read finds the key’s list, returns the statement’s empty answer when there is none, and otherwise searches it by halving for the last time not after the one asked, again answering empty when every write is later. Snapshots work the same way, with the snapshot number as the time: taking one only moves a counter on.',
  ],
  'design-time-window': [
    'Only the events of the last stretch of time count. Once an event is too old, will it ever matter again?',
    'A queue of event times in the order they arrive: recording appends at the back, and every call first drops from the front the times that have fallen out of the window, {window answer}{limiter rule}.',
    'On each call, while the time at the front is too old for the window, remove it. Then record the new event at the back{limiter step} and answer with {answer with}. When many events share a time, keep one entry per distinct time with a count, or a ring of one slot per unit of the window, so the memory is bounded by the window and not by the events.',
  ],
  'design-id-pool': [
    'Numbers are handed out and given back again. Which number should the next request get, and where is it cheapest to find it?',
    'A counter for the next number never handed out, and a min-heap of the numbers given back: a request takes the smallest given back if there is one, otherwise the counter’s value; giving one back pushes it onto the heap. A set of the numbers out at the moment catches a number given back twice and answers whether one is free.',
    'Start the counter at the first number and the heap empty. To hand one out, take the heap’s smallest when the heap is not empty, else take the counter and move it on; mark the number as out. To give one back, ignore it when it is not out; otherwise unmark it and push it onto the heap. When any free number will do, a plain list of returned numbers is enough.',
  ],
  'design-word-tree': [
    'Many stored words share their first letters. Could a lookup follow the letters of a word one at a time, instead of comparing whole words?',
    'A tree of letters: each node stands for the letters read so far and keeps a child per next letter and a mark where a stored word ends. Adding builds the path, a word lookup follows it and checks the mark, and a lookup of a beginning only follows it.',
    'To add, start at the root and, letter by letter, step to the child for that letter, creating it when it is missing; mark the last node as a word’s end. To look up a word, follow its letters from the root: a missing child means no, and at the end the answer is the mark. For a beginning, reaching its last letter is the answer. A letter that stands for any letter tries every child at that depth, and a count kept on each node answers how many words pass through it.',
  ],
  'design-extreme-stack': [
    'After a pop, the extreme value may have been the one removed. What could each entry remember so that the answer for what lies beneath it is never lost?',
    'One stack, with the best so far kept beside every entry: each push stores its value with the smaller (or larger) of it and the best beneath, so the reading call looks only at the top, and a pop brings back the answer for the rest.',
    'To push, compare the new value with the best kept at the current top (or take the value itself on an empty stack) and store both. To pop, remove the top; nothing else changes. The top call returns the value at the top, and the extreme call returns the best stored beside it. A second stack that holds only the new bests, popped when its top leaves, saves memory.',
  ],
  'design-bookings': [
    'A new booking can clash only with bookings near it in time. If the accepted bookings were kept in order, which ones would you need to compare it with?',
    'The accepted bookings kept in order of start, in a sorted map (or a balanced tree): a new booking compares only with the one that starts just before it and the one that starts just after it, each found by a halving search.',
    'Find the accepted booking with the latest start before the new one’s end: if it ends after the new one starts, they overlap and the booking is refused. Otherwise (check the neighbour on each side, with half-open ranges allowing one to start where another ends) insert it at its place in the order. When double bookings are allowed but triples are not, keep the doubly booked ranges too and check those first.',
  ],
  'design-kth-stream': [
    'To name the k-th largest at any time, which of the values seen so far can never be the answer again?',
    'A min-heap that keeps only the k largest values seen: its top is the k-th largest, a new value enters only when it beats that top, and the reading call looks at the top alone.',
    'Build the heap from the starting values, popping the smallest while it holds more than k. To add, push the value and pop the smallest if the heap now holds more than k; the top is the answer. Until k values have been seen, the statement says what to return.',
  ],
  'design-two-stacks': [
    'Each of the two piles you may use gives back its newest element first, yet the oldest must leave first. What happens to the order when you pour one pile into the other?',
    'Two stacks with different jobs: an inbox that takes every new element, and an outbox that serves removals and looks at the front; pouring the inbox into the outbox reverses it, so the oldest element ends up on the outbox’s top.',
    'To add, push onto the inbox. To remove or look at the front, first pour the whole inbox onto the outbox if the outbox is empty, then use the outbox’s top. Each element is poured at most once, so the calls take constant time on average, though one call may pour many.',
  ],
  'design-random-pick': [
    'Picking uniformly needs the members at positions 0 to n - 1 with no gaps. How could you remove a member from the middle without leaving a gap?',
    'A list of the members, which the random pick indexes, and a map from each member to its position in the list, which insert and remove use to find it in one step.',
    'To insert, append the member to the list and record its position in the map. To remove, look up its position, move the last member into that position (updating the moved member’s entry in the map), then drop the last slot and the removed member’s entry. To pick, choose a uniform position in the list. Allowing repeats, map each value to the set of its positions.',
  ],
} satisfies Record<string, Ladder>;

export type DesignVariant = keyof typeof DESIGN_LADDERS;

const KINDS: readonly [DesignVariant, RegExp][] = [
  ['design-frequent-cache', /\bleast frequently used\b|\bused the (?:fewest times|least often)\b/],
  [
    'design-recent-cache',
    /\bmost recently used\b[\s\S]{0,300}\bcapacity\b|\bcapacity\b[\s\S]{0,300}\bmost recently used\b|\bleast recently (?:used|read|written|borrowed|accessed|touched)\b|\b(?:borrowed|used|read|accessed|touched)(?: or \w+)? least recently\b/,
  ],
  ['design-two-stacks', /\btwo stacks\b/],
  [
    'design-random-pick',
    /\b(?:uniformly )?(?:at )?random\b[^.]{0,60}\b(?:member|element|value|item)s?\b|\bequal (?:probability|chance)\b/,
  ],
  [
    'design-extreme-stack',
    /\b(?:smallest|minimum|lightest|largest|maximum|tallest|heaviest|biggest)\b[^.]{0,80}\b(?:stack|pile)\b|\b(?:stack|pile)\b[^.]{0,100}\b(?:smallest|minimum|lightest|tallest|largest|maximum|heaviest|biggest)\b(?! (?:number|sum|total|area|rectangle))/,
  ],
  ['design-bookings', /\b(?:book(?:ing)?s?|reserv(?:e|ation)s?|events?)\b[^.]{0,200}\boverlap/],
  ['design-kth-stream', /\bk-?th (?:largest|highest|biggest|greatest|smallest|lowest)\b/],
  [
    'design-running-median',
    /\bmedian\b|\bmiddle (?:values?|readings?|lap times?|elements?|numbers?|scores?)\b|\bin the middle of (?:everything|all|the \w+) (?:added|seen|recorded|so far)\b/,
  ],
  [
    'design-timed-versions',
    /\bsnap(?:shot)?s?\b|\b(?:held|had|stored|was) (?:at|on|as of) (?:a |that |the )?(?:given )?(?:time|moment|timestamp|day)\b|\bmost recent \w+ (?:recorded|written|set|stored) (?:on or before|at or before|before)\b|\b(?:on|at) or before (?:it|that|the given)\b/,
  ],
  [
    'design-time-window',
    /\b(?:last|past|previous) (?:\w+ )?(?:seconds?|minutes?|milliseconds?|hours?)\b|\bin any [\d-]+[- ](?:second|minute|hour)s? (?:stretch|window|period|interval)\b|\brate limit|\b(?:requests?|calls?|messages?|hits?) (?:per|every|in each) (?:\d+ )?(?:seconds?|minutes?|hours?)\b/,
  ],
  [
    'design-id-pool',
    /\b(?:smallest|lowest|first)(?:[- ]numbered)? (?:available|unused|free|empty|unreserved|unassigned|vacant|open)\b|\b(?:release|free|return|give back|unreserve|recycle)s?\b[^.]{0,60}\b(?:ids?|numbers?|seats?|slots?|tickets?)\b[^.]{0,60}\b(?:available|free|again|reuse)/,
  ],
  [
    'design-word-tree',
    /\b(?:starts? with|begins? with|prefix(?:es)?)\b[^.]{0,80}\b(?:letters|words?|terms?|strings?)\b|\b(?:words?|terms?)\b[^.]{0,80}\b(?:starts? with|begins? with|prefix)\b/,
  ],
];

/**
 * The structures each well-known class is built on, the one doing the work first: what its ladder
 * describes, so the techniques the panel names agree with the hints it gives.
 */
export const DESIGN_STRUCTURES: Record<DesignVariant, readonly TechniqueId[]> = {
  'design-recent-cache': ['hash-table', 'linked-list'],
  'design-frequent-cache': ['hash-table', 'linked-list'],
  'design-running-median': ['heap-priority-queue'],
  'design-timed-versions': ['binary-search', 'hash-table'],
  'design-time-window': ['queue'],
  'design-id-pool': ['heap-priority-queue', 'hash-table'],
  'design-word-tree': ['trie'],
  'design-extreme-stack': ['stack'],
  'design-bookings': ['binary-search', 'sorting'],
  'design-kth-stream': ['heap-priority-queue'],
  'design-two-stacks': ['stack', 'queue'],
  'design-random-pick': ['hash-table'],
};

/**
 * Which well-known class the statement asks for, when it is one. The panel's figures, the technique
 * guesses and the hints each ask it of one statement: read once.
 */
export const designVariant = lastReading(
  (body: string): DesignVariant | undefined => KINDS.find(([, pattern]) => pattern.test(body))?.[0],
);

/** What each structure keeps in a class, and which calls it serves. Methods keep nothing and are left out. */
const KEEPS: Partial<Record<TechniqueId, string>> = {
  'hash-table':
    'a map from each key to its entry (or to where the entry sits in another structure), for every call that starts from a key',
  'linked-list':
    'a linked list of the entries in the order the calls need, so an entry the map finds can be unlinked or moved to an end in one step',
  'heap-priority-queue':
    'a heap ordered by what a call asks the best of, so reading the best is one step and adding or removing one costs a logarithm',
  stack:
    'a stack of the entries, each kept with what the reading call needs about everything beneath it (the smallest so far, say), so a pop leaves the answer for the rest in place',
  'monotonic-stack':
    'a stack of the earlier entries that can still matter, each with what it has absorbed, so a new entry pops the ones it beats',
  queue: 'a queue of the entries in arrival order, so what expires or comes next leaves from the front',
  'binary-search': 'lists kept in order as entries arrive, so a read finds its place by halving search',
  // Kept in order and searched by halving: one structure, however the guess names it.
  sorting: 'lists kept in order as entries arrive, so a read finds its place by halving search',
  trie: 'a tree of letters with a child per next letter, for the calls that add or look up words and their beginnings',
  'segment-tree':
    'a tree over ranges of the array, each node keeping its range’s summary, for updates and range questions in a logarithm',
  'prefix-sum':
    'running totals built once when the object is created, so each range question is one subtraction',
  'union-find':
    'a parent link per element, for merging two groups and asking whether two elements are together',
};

/** "a map from each key … ; a linked list of …", or the usual pair when no structure is known. */
export function structureRoles(structures: readonly TechniqueId[]): string {
  // A monotonic stack is the stack the guess means: one role, not two.
  const kept = structures.includes('monotonic-stack')
    ? structures.filter((id) => id !== 'stack')
    : structures;
  const roles = [...new Set(kept.flatMap((id) => KEEPS[id] ?? []))];
  return roles.length > 0
    ? roles.join('; and ')
    : 'a map from each key to its entry, for the calls that start from a key, and whatever keeps the order the other calls need';
}
