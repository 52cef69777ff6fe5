import type { TrapId } from './traps';

/*
 * The SQL ideas a database problem can need, each found from what its result asks for (the n-th
 * highest, per group, consecutive rows, each X with no Y, a ratio, a running total …), never from
 * one keyword of the schema. Each carries the words its hints are made of: a nudge that names no
 * construct, the approach, a step of the outline, and the traps and interviewer's questions it brings.
 * Templates speak of {main} (the first table), {other} (the second), {measure} (the column the ask
 * is about) and {group} (what the ask goes "for each" of).
 */

export interface IdeaRule {
  id: string;
  /** The constructs, as an interviewer names them. */
  name: string;
  /** What in the ask calls for it, the clearest wording first; the first match is quoted as the reason. */
  asks: RegExp | readonly RegExp[];
  /** Also called for by what the example's result shows (a null where a row has no match). */
  shownBy?: { output: RegExp; reason: string };
  /** Only with two tables or more (a join), or with a date column. */
  needs?: 'two-tables' | 'date-column';
  /** Ideas this one makes redundant when both match ("at least three times consecutively" is no HAVING). */
  overrides?: readonly string[];
  nudge: string;
  approach: string;
  step: string;
  traps: readonly TrapId[];
  question: string;
}

/** A count as an ask writes it, in digits or in words. */
export const COUNT_WORD = '(?:\\d+|two|three|four|five|six|seven|eight|nine|ten)';
