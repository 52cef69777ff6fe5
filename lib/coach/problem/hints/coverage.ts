import type { Coverage } from '../coverage';
import type { Ladder } from './ladder';

/** "bus" → "buses", "camera" → "cameras". */
function many(item: string): string {
  if (/(?:s|x|ch|sh)$/.test(item)) return `${item}es`;
  if (/[^aeiou]y$/.test(item)) return `${item.slice(0, -1)}ies`;
  return `${item}s`;
}

/** What the statement says about a span that ends where another starts, as the order of a tie. */
function tie(coverage: Coverage): string {
  const item = coverage.item;
  if (coverage.ends === 'closed')
    return `Both ends belong to ${item === 'span' ? 'a span' : `a ${item}`}, so where one ends and another starts they overlap: count the start first.`;
  if (coverage.ends === 'half-open')
    return 'An end frees its point for a start there, so where one ends and another starts they do not overlap: count the end first.';
  return `Settle from the statement whether a ${item} ending where another starts overlaps it, and order ties that way.`;
}

/** The last rung: a sort of the ends, or an array over the few points of the line. */
function walk(coverage: Coverage, keep: string, target: string): string {
  const items = many(coverage.item);
  if (coverage.sorted)
    return `The ${items} already come in order of start: one pass, keeping ${keep}. ${target}.`;
  if (coverage.line !== 'wide')
    return `The line has ${coverage.line === 'points' ? 'at most a million points, few enough for an array' : 'few points'}: add +1 where each ${coverage.item} starts and -1 where it stops in an array over them and take one running sum; every point's count is then known, and the answer is read off in the same pass. ${target}.`;
  return `Sort the 2n starts and ends once and walk them in order, keeping ${keep}. ${target}.`;
}

/**
 * A ladder for spans on a line (coverage.ts) in the page's own items: the first rung asks where the
 * answer can change and names no technique, the second says what changes there, the third the walk
 * and its cost.
 */
export function coverageLadder(coverage: Coverage, target: string): Ladder {
  const { item } = coverage;
  const items = many(item);
  switch (coverage.ask) {
    case 'most':
      return [
        `Picture each ${item} as a stretch of the line. At which points can the number of ${items} present change, and where can it not?`,
        `The count changes only where a ${item} starts (+1) or ends (-1). ${tie(coverage)} The answer is the highest value the running count reaches.`,
        walk(coverage, 'the running count and its peak', target),
      ];
    case 'rooms':
      return [
        `Go through the ${items} in order of start. When one begins, which of those already running decides whether it needs a new place?`,
        `Only the one with the earliest end time: if it has ended, its place is free; if not, none is, and a new one opens. Keep the end times of those running where the earliest is at hand. ${tie(coverage)}`,
        `Sort by start and keep a min-heap of end times: pop the earliest when it has passed, push the new end, and the largest the heap gets is the answer (or sweep the sorted ends with a running count). ${target}.`,
      ];
    case 'threshold':
      return [
        `Between two neighbouring points where some ${item} starts or ends, can the number of ${items} covering the line change?`,
        `It cannot: each piece between consecutive ends is covered by the same number of ${items} all along, so it meets the condition as a whole or not at all. +1 at a start and -1 at an end keep that number. ${tie(coverage)}`,
        walk(
          coverage,
          'the running count and adding each piece (or stopping at the first) where it meets the condition',
          target,
        ),
      ];
    // The union counts the covered blocks, the gap the holes between them: the same sweep, but
    // the holes before the first start and after the last end belong only to the gap.
    case 'union':
      return [
        `If the ${items} came in order of where they start, what would you need to remember about the ones already seen to know whether the next one overlaps them?`,
        `Only the furthest end reached so far: a ${item} starting at or before it extends the current covered block, and one starting beyond it closes that block and opens a new one. Places covered twice count once.`,
        walk(coverage, 'the furthest end reached and adding each covered block as it closes', target),
      ];
    case 'gap':
      return [
        `If the ${items} came in order of where they start, what would you need to remember about the ones already seen to know whether the next one leaves a hole?`,
        `Only the furthest end reached so far: a ${item} starting beyond it leaves a stretch no ${item} covers; otherwise it extends the covered block. Holes before the first start and after the last end count too.`,
        walk(coverage, 'the furthest end reached and adding each hole as it closes', target),
      ];
  }
}
