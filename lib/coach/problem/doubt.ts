import { AGREEING, agreeing, CLEAR, DESCRIBES_INPUT, isMethod, STRONG } from './certainty';
import type { Ladder } from './hints/ladder';
import type { TechniqueGuess, TechniqueId } from './types';

/*
 * What the panel says when it is not sure of the technique: why not, which other methods the page
 * points at, and hints and a target that say which candidate they assume instead of stating it.
 */

const label = (id: TechniqueId) => id.replaceAll('-', ' ');
/** "Sort first" → "sort first"; an acronym ("DP over subsets") keeps its capitals. */
const lowerFirst = (text: string) =>
  /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
const listed = (ids: readonly TechniqueId[], joint = 'and') => ids.map(label).join(` ${joint} `);

/** Reasons of a guess's own, beyond what another guess's phrase brings along as its helper. */
function pointedAt(guess: TechniqueGuess): boolean {
  const grounds = guess.grounds;
  return !!grounds && agreeing(grounds) > 0;
}

/**
 * The runners-up that would solve the problem another way: methods the page itself points at,
 * not a family of input, nor a step the leader's own phrase brings along (the heap behind a
 * greedy choice, the stack under a monotonic one).
 */
export function alternatives(patterns: readonly TechniqueGuess[]): TechniqueId[] {
  return patterns
    .slice(1)
    .filter((guess) => isMethod(guess) && !DESCRIBES_INPUT.includes(guess.id) && pointedAt(guess))
    .map((guess) => guess.id)
    .slice(0, 2);
}

/**
 * Whether a runner-up is read from the wording as a whole and nothing more: the learned model's
 * first choice with no phrase, title, tag or bound of its own.
 */
function modelAlone(guess: TechniqueGuess): boolean {
  const grounds = guess.grounds;
  return !!grounds && grounds.modelFirst && agreeing(grounds) === 1;
}

/**
 * The runners-up the doubt names as what the statement also points at. One the model alone reads
 * at less than half the leader's confidence (dynamic programming from "stick" beside a formula) is
 * not what the statement points at, and the hints' fallback already leaves it out.
 */
function namedRivals(patterns: readonly TechniqueGuess[]): TechniqueId[] {
  const floor = (patterns[0]?.confidence ?? 0) / 2;
  return alternatives(patterns).filter((id) => {
    const guess = patterns.find((p) => p.id === id);
    return !!guess && (!modelAlone(guess) || guess.confidence >= floor);
  });
}

/** The next method after the leader: a family it implies (the graph a search walks) is no rival. */
function rivalOf(patterns: readonly TechniqueGuess[]): TechniqueGuess | undefined {
  return patterns.slice(1).find((guess) => !DESCRIBES_INPUT.includes(guess.id));
}

interface Reason {
  text: string;
  /** The runner-up the reason names, so it is not listed again. */
  names?: TechniqueId;
}

/**
 * Why the leader is not sure, in words a user can check against the page. A leader only common
 * among problems like this one comes with the next commonest method: where nothing on the page
 * points at any method, the label's was the first of the two on 17 of 70 generalise pages and one
 * of the two on 29.
 */
function reasonForDoubt(patterns: readonly TechniqueGuess[], overruled: boolean): Reason {
  const [leader] = patterns as [TechniqueGuess, ...TechniqueGuess[]];
  const rival = rivalOf(patterns);
  const name = label(leader.id);
  const grounds = leader.grounds;
  if (DESCRIBES_INPUT.includes(leader.id))
    return { text: `${name} describes the input, not a way to solve it` };
  if (leader.baseRateOnly && rival)
    return {
      text: `nothing on this page points at a method; ${name} and ${label(rival.id)} are only the commonest among problems like it`,
      names: rival.id,
    };
  if (!isMethod(leader))
    return { text: `nothing on this page points at ${name}; it is only common among problems like it` };
  if (overruled) return { text: `the limits set a different bar than ${name} would reach` };
  if (leader.confidence < STRONG) return { text: `the evidence for ${name} is faint` };
  if (rival && leader.confidence - rival.confidence < CLEAR)
    return { text: `${name} is barely ahead of ${label(rival.id)}`, names: rival.id };
  if (grounds && !grounds.statement && !grounds.tagged)
    return {
      text: grounds.title
        ? `only the title's words point at ${name}, not the statement's`
        : `nothing in the statement names ${name}`,
    };
  if (grounds && agreeing(grounds) < AGREEING)
    return { text: `one phrase points at ${name} and nothing else on the page confirms it` };
  return { text: `the evidence for ${name} is not clear enough` };
}

/**
 * The sentence the panel shows above the techniques when it is not sure: why, the other methods
 * the page points at, and what to do about it. Null when there is nothing to be unsure of.
 */
export function doubtAbout(patterns: readonly TechniqueGuess[], overruled: boolean): string | null {
  if (patterns.length === 0) return null;
  const reason = reasonForDoubt(patterns, overruled);
  const others = namedRivals(patterns).filter((id) => id !== reason.names);
  const also = others.length > 0 ? ` The statement also points at ${listed(others)}.` : '';
  const check =
    others.length > 0 || reason.names
      ? ' Check each against the first example and the limits before you commit to one.'
      : ' Check it against the first example and the limits before you commit to it.';
  return `Not sure: ${reason.text}.${also}${check}`;
}

/**
 * A ladder built for a leader the panel is not sure of says so where it first names the idea, and
 * its outline names the other method to try. The nudge names no method, so it stays as it is.
 */
export function hedgedRungs(rungs: Ladder, leader: TechniqueId, others: readonly TechniqueId[]): Ladder {
  const [nudge, approach, outline] = rungs;
  const fallback =
    others.length > 0 ? ` If the first example does not work out this way, try ${listed(others, 'or')}.` : '';
  return [
    nudge,
    `Likely, though not certain, ${label(leader)}: ${lowerFirst(approach)}`,
    `${outline}${fallback}`,
  ];
}

/** The target's reason, saying which candidate's figure it is. */
export function hedgedReason(reason: string, leader: TechniqueId): string {
  return `If the method is ${label(leader)} (likely, not certain), ${lowerFirst(reason)}`;
}
