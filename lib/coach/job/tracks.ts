/**
 * The kinds of role a posting can describe. The track decides which rounds, design cases, prompts
 * and plan make sense: a sales role gets no coding round, a mobile role no server design case.
 */
export const TRACKS = [
  'backend',
  'frontend',
  'fullstack',
  'mobile',
  'data',
  'ml',
  /** Platform, SRE, DevOps, cloud infrastructure. */
  'infra',
  'security',
  'embedded',
  'qa',
  'management',
  'non-engineering',
] as const;
export type Track = (typeof TRACKS)[number];

/** Design rounds, one per kind of system a role builds. */
const DESIGN_ROUND_KINDS = [
  'system-design',
  'frontend-design',
  'mobile-design',
  'ml-design',
  'data-design',
  'api-design',
] as const;

/** The rounds an interview loop is built from; each round says whether the posting stated it. */
export const ROUND_KINDS = [
  'coding',
  ...DESIGN_ROUND_KINDS,
  'behavioral',
  'take-home',
  'pair-programming',
  'debugging',
  'people-management',
  'presentation',
  'domain',
] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];

/** Rounds no role outside engineering is ever given, whatever its posting's words. */
export const DESIGN_KINDS: readonly RoundKind[] = DESIGN_ROUND_KINDS;
