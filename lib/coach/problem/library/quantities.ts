import type { ConstraintFacts, Variable } from '../constraints';
import { isElementValue } from '../counts';

/**
 * What a letter of Sparring's notes stands for, so that on another judge's page the notes speak in
 * that page's letter for the same quantity (CSES asks for subarrays of sum x, the notes say k):
 * - `target`: the one number the question gives beside the list (a sum to reach, a divisor, a limit);
 * - `parameter`: a count the question names within the list's length (a window, the k-th, k groups).
 */
export const QUANTITY_ROLES = ['target', 'parameter'] as const;
export type QuantityRole = (typeof QUANTITY_ROLES)[number];

const LETTER = /^[a-z]$/i;

/** The name that plays a role, where exactly one of the page's bounded names does and it is one letter. */
function onlyLetter(variables: readonly Variable[]): string | undefined {
  const [only, other] = variables;
  const name = only?.names[0];
  return !other && name && LETTER.test(name) ? name : undefined;
}

/**
 * The page's own letter for each role: the target is its one number given on its own beside a list
 * of elements, the parameter its one count bounded by a size. Two candidates, or none, leave the
 * role unread: a guess would rename the wrong quantity.
 */
export function pageQuantities(facts: ConstraintFacts): Partial<Record<QuantityRole, string>> {
  const listed = facts.variables.some(isElementValue);
  const target = listed
    ? onlyLetter(
        facts.variables.filter(
          (v) => v.role === 'value' && !v.label && !isElementValue(v) && v.upper !== undefined,
        ),
      )
    : undefined;
  const parameter = onlyLetter(facts.variables.filter((v) => v.role === 'param'));
  return { ...(target ? { target } : {}), ...(parameter ? { parameter } : {}) };
}

/**
 * A letter standing alone as a word, not part of a word, an index (`a_k`, `nums[k]`) or a
 * hyphenated word. Its ordinal ("the k-th largest") and its multiples ("blocks of 2k") are the
 * same quantity, so they are renamed with it.
 */
const alone = (letter: string) => new RegExp(`(?<![a-zA-Z'’_\\[-])${letter}(?![\\w'’_\\]]|-(?!th\\b))`, 'g');

/** Whether the text names the letter where inPageLetters would rename it. */
export const namesLetter = (letter: string, text: string) => alone(letter).test(text);

/**
 * The notes' text with each declared letter replaced by the page's letter for the same role. A
 * letter is left as the notes write it where the page names no letter for its role, or where the
 * notes already use the page's letter for something else (renaming would merge two quantities).
 */
export function inPageLetters(
  quantities: Readonly<Record<string, QuantityRole>> | undefined,
  page: Partial<Record<QuantityRole, string>>,
  notes: readonly string[],
): (text: string) => string {
  const whole = notes.join(' ');
  const renames = Object.entries(quantities ?? {}).flatMap(([letter, role]) => {
    const own = page[role];
    return own && own !== letter && !namesLetter(own, whole) ? [[letter, own] as const] : [];
  });
  return (text) => renames.reduce((said, [letter, own]) => said.replace(alone(letter), own), text);
}
