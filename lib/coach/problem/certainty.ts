import type { LearnedGuess } from './learned/model';
import { FAMILIES } from './technique-order';
import type { Grounds, TechniqueGuess, TechniqueId } from './types';

/**
 * When the panel may call its leading technique sure. The old test, strong evidence clear of the
 * runner-up, was right on 88% of the generalise pages it called sure, but on 32 of 52 of the
 * problems with notes in the fifth of LeetCode's corpus the model never trains on, statements
 * nobody tuned a phrase to; there a leader carried by a single phrase was right on 18 of 26. Two
 * reasons that agree, one of them the statement's own words, were right on 9 of 10 of those and
 * on 31 of 33 generalise pages of stops 24-25, which no threshold here was chosen on (README
 * "When the coach says it is sure").
 */

/** Below this, a guess the page barely points at is no method to hint at or to test against. */
const FAINT = 0.1;
/** How strong the leader's evidence must be, and how far ahead of the runner-up. */
export const STRONG = 0.5;
export const CLEAR = 0.1;
/** Independent reasons that must agree before the panel says it is sure. */
export const AGREEING = 2;
/**
 * Ids that name what the input is rather than how to solve it: "a string problem" or "a tree
 * problem" is never the method an interviewer asks for, however clearly the page is one.
 */
export const DESCRIBES_INPUT: readonly TechniqueId[] = [...FAMILIES, 'binary-tree'];

/** Where one piece of evidence came from, as the grounds count it. */
export type Source = 'statement' | 'title' | 'tagged' | 'stated' | 'bounds';

export function noGrounds(): Grounds {
  return { statement: 0, title: 0, tagged: false, modelFirst: false, stated: false, bounds: false };
}

export function count(grounds: Grounds, source: Source): void {
  if (source === 'statement' || source === 'title') grounds[source]++;
  else grounds[source] = true;
}

/** The method the learned model ranks first, families of input aside. */
export function firstMethod(learned: readonly LearnedGuess[]): TechniqueId | undefined {
  return learned
    .filter((guess) => !DESCRIBES_INPUT.includes(guess.id))
    .reduce<LearnedGuess | undefined>(
      (best, guess) => (best && best.probability >= guess.probability ? best : guess),
      undefined,
    )?.id;
}

/** Whether a guess is a method the page points at: grounded in its own words and not faint. */
export function isMethod(guess: TechniqueGuess | undefined): guess is TechniqueGuess {
  return !!guess && !guess.baseRateOnly && guess.confidence >= FAINT;
}

/**
 * Whether the leader's evidence is strong and ahead of the runner-up's: enough to size the figures
 * by it, not enough to tell the user it is the method.
 */
export function standsClear(patterns: readonly TechniqueGuess[]): boolean {
  const [first, second] = patterns;
  if (!first) return false;
  return first.confidence >= STRONG && (!second || first.confidence - second.confidence >= CLEAR);
}

/** How many independent reasons point at a guess. */
export function agreeing(grounds: Grounds): number {
  return (
    grounds.statement +
    grounds.title +
    Number(grounds.tagged) +
    Number(grounds.modelFirst) +
    Number(grounds.stated) +
    Number(grounds.bounds)
  );
}

/**
 * Whether the panel may say the leader is the method: it stands clear of the next method, it is
 * a method and not a family of input, and at least two independent reasons agree on it, one of
 * them the page's own words beyond its title (a phrase of the statement, or the site's tag). A
 * title names the story; one phrase, however apt, was a coincidence about one time in three on
 * pages nobody tuned it to.
 */
export function isSure(patterns: readonly TechniqueGuess[]): boolean {
  const [first, ...rest] = patterns;
  if (!first?.grounds || DESCRIBES_INPUT.includes(first.id)) return false;
  // A family the leader implies (the graph a search walks) is no rival to it.
  const rival = rest.find((guess) => !DESCRIBES_INPUT.includes(guess.id));
  if (!standsClear(rival ? [first, rival] : [first])) return false;
  const { grounds } = first;
  return (grounds.statement > 0 || grounds.tagged) && agreeing(grounds) >= AGREEING;
}
