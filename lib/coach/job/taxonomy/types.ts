/** The groups a technology belongs to: the headings of the skill chips. */
export const SKILL_GROUPS = [
  'language',
  'frontend',
  'backend',
  'api',
  'mobile',
  'datastore',
  'messaging',
  'cloud',
  'infrastructure',
  'observability',
  'data',
  'ml',
  'testing',
] as const;
export type SkillGroup = (typeof SKILL_GROUPS)[number];

/**
 * One technology of the taxonomy. `name` is the canonical spelling reported in `skills`.
 *
 * Forms in `aliases` (and the name itself, unless it is listed in `exact`) match case-insensitively:
 * they are long or distinctive enough never to be ordinary words. Forms in `exact` match with their
 * case only, and only they are subject to the guards below, because they are the short or common
 * words ("Go", "C", "R", "Swift", "Spring") a posting also uses in plain English.
 */
export interface Technology {
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly exact?: readonly string[];
  /** An exact form counts only in a sentence or list item that also reads as being about technology. */
  readonly needsContext?: boolean;
  /** An exact form is rejected when the text just before it matches (anchor with `$`). */
  readonly notBefore?: RegExp;
  /** An exact form is rejected when the text just after it matches (anchor with `^`). */
  readonly notAfter?: RegExp;
}

export interface TechnologyGroup {
  readonly group: SkillGroup;
  /** Heading of the group's skill chips. */
  readonly label: string;
  readonly technologies: readonly Technology[];
}
