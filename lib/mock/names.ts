/*
 * The mocks' names and bounds, and nothing else: the protocol validates a mock's brief and the
 * worker builds the interviewer's prompts from these, so they must not bring the panel's prose
 * (each stage's lines, each section's guide) into the service worker with them.
 */

export const CODING_STAGES = ['clarify', 'approach', 'code', 'test', 'follow-ups'] as const;
export type CodingStage = (typeof CODING_STAGES)[number];

export const STAGE_TITLES: Record<CodingStage, string> = {
  clarify: 'Restate and clarify',
  approach: 'Approach and complexity',
  code: 'Code',
  test: 'Test',
  'follow-ups': 'Follow-ups',
};

export const DESIGN_SECTIONS = [
  'requirements',
  'estimates',
  'api',
  'data-model',
  'architecture',
  'deep-dives',
] as const;
export type DesignSection = (typeof DESIGN_SECTIONS)[number];

export const SECTION_TITLES: Record<DesignSection, string> = {
  requirements: 'Requirements',
  estimates: 'Estimates',
  api: 'API',
  'data-model': 'Data model',
  architecture: 'Architecture',
  'deep-dives': 'Deep dives',
};

/** The rubric's dimensions, in its order (lib/mock/rubric.ts has what each score means). */
export const DIMENSIONS = ['problem-solving', 'coding', 'verification', 'communication'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const CHECK_VERDICTS = ['covered', 'partly', 'missed'] as const;
export type CheckVerdict = (typeof CHECK_VERDICTS)[number];

export const SPEAKERS = ['interviewer', 'candidate'] as const;
export type Speaker = (typeof SPEAKERS)[number];

/** One turn's text at most: a long answer typed or dictated, not a pasted file. */
export const MAX_TURN_CHARS = 4_000;
/** Turns kept per mock: a long round runs to a few dozen. */
export const MAX_TURNS = 160;
/** Notes per section, at most: a long design, not a pasted document. */
export const MAX_NOTES_CHARS = 8_000;

export const STAR_PARTS = ['situation', 'task', 'action', 'result'] as const;
export type StarPart = (typeof STAR_PARTS)[number];
export const MAX_STORY_TITLE = 120;
export const MAX_STAR_PART = 2_000;
