import { titleFromSlug } from '@/lib/extract/title-from-slug';
import type { Ladder } from '../hints/ladder';
import type { ProblemAnalysis, RelatedProblem, TechniqueGuess } from '../types';
import { lettersIn } from './complexity-steps';
import { type LibraryMatch, problemUrl } from './lookup';
import { inPageLetters, type QuantityRole } from './quantities';

/** What Sparring's notes on a known problem decide; the page still adds its limits and edge cases. */
export type LibraryCoaching = Pick<
  ProblemAnalysis,
  | 'source'
  | 'library'
  | 'patterns'
  | 'techniqueSure'
  | 'complexityTarget'
  | 'complexityReason'
  | 'keyInsight'
  | 'pitfalls'
  | 'followUps'
  | 'related'
> & { rungs: Ladder };

export function libraryCoaching(
  { entry, index }: LibraryMatch,
  // The page's own letters for the quantities the notes name (quantities.ts).
  page: Partial<Record<QuantityRole, string>> = {},
): LibraryCoaching {
  const notes = `Sparring's notes for ${entry.title}`;
  const say = inPageLetters(entry.quantities, page, [
    ...entry.hints,
    entry.keyInsight,
    ...entry.pitfalls,
    ...entry.followUps,
  ]);
  const [nudge, approach, outline] = entry.hints;
  const patterns: TechniqueGuess[] = entry.techniques.map((id, position) => ({
    id,
    confidence: position === 0 ? 1 : 0.9,
    reason:
      position === 0
        ? `${notes}: the technique of the standard solution`
        : `${notes}: the standard solution uses it too`,
  }));
  const { time, space, note } = entry.complexity;
  const related: RelatedProblem[] = entry.related.map(({ slug, why }) => {
    const known = index.find((item) => item.slug === slug);
    return {
      slug,
      title: known?.title ?? titleFromSlug(slug),
      url: problemUrl(known ?? { slug }),
      why,
    };
  });
  return {
    source: 'library',
    library: { slug: entry.slug, title: entry.title },
    patterns,
    techniqueSure: true,
    complexityTarget: time,
    complexityReason: `The standard solution runs in ${time} time with ${space} extra space.${note ? ` ${note}` : ''}`,
    keyInsight: say(entry.keyInsight),
    pitfalls: entry.pitfalls.map(say),
    followUps: entry.followUps.map(say),
    related,
    rungs: [say(nudge), say(approach), say(outline)],
  };
}

/** How many techniques the panel names for a known problem: the notes' own, then the page's. */
const NAMED = 3;
/** A technique read from the statement ranks below every one the notes name. */
const BESIDE_NOTES = 0.5;

/**
 * A statement's candidate is worth showing beside the notes only when the page's own words name
 * it: a phrase of the knowledge in the statement, the site's tag, or a running time the statement
 * demands. How common a method is among problems like this, the model's word statistics or the
 * title's story are how a page looks, not what it asks, and beside a known problem's notes they
 * were wrong 204 times in 208 on the labelled pages (union-find beside Last Stone Weight, a
 * two-pointer walk beside Peak Element): lines an interviewer would strike out.
 */
const pageNamesIt = ({ grounds }: TechniqueGuess) =>
  grounds !== undefined && (grounds.statement > 0 || grounds.tagged || grounds.stated);

/**
 * The notes name the standard solution's techniques, often one or two; where they name fewer
 * than three, a method the page itself names (see pageNamesIt) follows them, marked as read from
 * the page, so the user still sees another way in the page points at. The notes' order and traps
 * are untouched.
 */
export function alongsideNotes(
  notes: readonly TechniqueGuess[],
  read: readonly TechniqueGuess[],
): TechniqueGuess[] {
  const named = new Set(notes.map((guess) => guess.id));
  const added = read
    .filter((guess) => !named.has(guess.id) && pageNamesIt(guess))
    .slice(0, Math.max(0, NAMED - notes.length))
    .map((guess) => ({
      ...guess,
      confidence: Math.min(guess.confidence, BESIDE_NOTES),
      besideNotes: true as const,
      reason: `Read from the statement, beside Sparring's notes: ${guess.reason}`,
    }));
  return [...notes, ...added];
}

/**
 * The limit read from the statement's bounds, unless the notes' method multiplies a size that
 * reading measured by one it never read (a knapsack's n items times k, the value total its table
 * is indexed by): a limit in n alone cannot be set against that method, so the notes' own bound is
 * the bar. Only a product counts: a size added beside (n + q) or under a log keeps the reading's.
 */
export function limitBesideNotes(
  target: string,
  read: { complexityLimit: string; complexityLimitReason: string },
): { complexityLimit: string; complexityLimitReason: string } {
  const measured = lettersIn(read.complexityLimit);
  const unread = lettersIn(target).filter((letter) => !measured.includes(letter) && letter !== 'A');
  const [size] = unread;
  const times = (a: string, b: string) => new RegExp(`(?:^|[(\\s])${a} \\* ${b}(?=[)\\s]|$)`).test(target);
  if (unread.length !== 1 || !size || !measured.some((letter) => times(letter, size) || times(size, letter)))
    return read;
  return {
    complexityLimit: target,
    complexityLimitReason: `The standard solution's table runs over ${size} as well as what the page's bounds measure, so its own ${target} is the bar; on the measured sizes alone: ${read.complexityLimitReason}`,
  };
}
