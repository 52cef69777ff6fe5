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

/** The rounds an interview loop is built from; each round says whether the posting stated it. */
export const ROUND_KINDS = [
  'coding',
  'system-design',
  'frontend-design',
  'mobile-design',
  'ml-design',
  'data-design',
  'api-design',
  'behavioral',
  'take-home',
  'pair-programming',
  'debugging',
  'people-management',
  'presentation',
  'domain',
] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];
