import type { Ladder } from './ladder';

/**
 * Timed items (calls, lectures, trucks, jobs) held by resources that serve one at a time are asked
 * about in two ways, and the heap's ladder differs: how many resources hold them all at once (the
 * largest the heap of end times gets), or which of a fixed, numbered set serves each (two heaps
 * that simulate the rule). A ladder for one must not answer the other.
 */
export type TimedVariant = 'servers-heaps' | 'deadline-slots';

/** Items that start (or arrive) and later end (or leave): what a resource is held for. */
const TIMED =
  /\b(?:start|arriv|begin|comes? in|came in)\w*\b[^.]{0,160}\b(?:end|leav|finish|until|depart|busy)\w*\b/;

/**
 * The question counts resources that hold every item at once, or the most items open together:
 * "the fewest ambulances the city needs", "how many halls ... have to book", "the most ... at once".
 */
const HOLD_THEM_ALL =
  /\b(?:how many|fewest|minimum number of|smallest number of|least number of|minimum|smallest)\b[^.?]{0,80}\b(?:so that|needed|needs?|required|requires?|must|has to|have to|to (?:host|hold|serve|book|seat|run|cover))\b|\b(?:most|maximum number of|largest number of|greatest number of|peak)\b[^.?]{0,60}\b(?:at (?:the same (?:time|moment)|once|any (?:one )?(?:time|moment))|simultaneous(?:ly)?|overlap(?:ping)?)\b/;

/** A fixed set of numbered resources ("k printers numbered 0 to k - 1"), an item taking a free one by a rule. */
const NUMBERED_SET = /\bnumbered (?:from )?(?:0|1|one|zero) (?:to|through)\b/;
const TAKES_A_FREE_ONE = /\b(?:free|unused|available|idle)\b/;

/** Whether the question asks how many resources hold the timed items at once. */
export function holdsThemAll(body: string): boolean {
  return TIMED.test(body) && HOLD_THEM_ALL.test(body);
}

/** Whether timed items are served by a fixed, numbered set of resources, each taking a free one by a rule. */
export function servedByAFixedSet(body: string): boolean {
  return TIMED.test(body) && NUMBERED_SET.test(body) && TAKES_A_FREE_ONE.test(body) && !holdsThemAll(body);
}

export const TIMED_LADDERS: Record<TimedVariant, Ladder> = {
  // Jobs of one slot each that pay only by their deadline (knowledge/choices.ts).
  'deadline-slots': [
    'Each {item} fills one slot. Suppose you keep the best-paying {item}: of the slots before its deadline, which one leaves the most room for the others?',
    'From the best paid down, put each {item} in the latest slot still free at or before its deadline, and skip it when there is none; linking each slot to the next free one below finds that slot fast. Sweeping deadlines from the earliest with a min-heap of the pays kept, dropping the smallest whenever more are kept than slots have passed, gives the same total.',
    'Sort the {items} by pay, highest first. For each, look for the latest free slot not after its deadline; if there is one, fill it and add the pay, otherwise leave the {item} out. Report what the question asks for: the total, the number of {items} done, or both.',
  ],
  'servers-heaps': [
    'Only so many of them can serve. When a {item} arrives, which of them are free, which one does the statement say it takes, and if none is free, which frees up first?',
    'Simulate in order of arrival with two heaps: the free ones keyed by the rule that picks among them (the lowest number, say), and the busy ones keyed by when they free up; a {item} that finds none free waits for the top of the busy heap.',
    'Sort the {items} by arrival. For each, first move every busy one whose time has come into the free heap. If the free heap is not empty, take its top; otherwise take the top of the busy heap and start this {item} when it frees, so it ends that much later. Count what the question asks about for the one taken, and read the answer at the end.',
  ],
};
