import type { TechniqueId } from '../types';

/**
 * One reviewed piece of knowledge: words on the page that point at a technique. `why` is
 * shown to the user after the quoted words, so it explains the link in plain language.
 */
export interface Trigger {
  technique: TechniqueId;
  /** Matched against the lower-cased title, statement and constraints. */
  pattern: RegExp;
  /** How much one match counts; 3 is a strong signal, 1 a faint one. */
  weight: number;
  why: string;
}
