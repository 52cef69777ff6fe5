import { CODING_STAGES, type CodingStage, STAGE_TITLES } from './names';
import { QUERY_STAGES } from './query-round';

/*
 * The five parts of a real coding round: each one's share of the time, what the interviewer says
 * to open it when no model speaks for them, and what they listen for; and how a query round
 * changes their words.
 */

/** What a round asks for: an algorithm and its code, or a query over the page's tables. */
export type RoundKind = 'code' | 'query';

export interface StageSpec {
  title: string;
  /** Its share of the round's time. */
  share: number;
  /** What the interviewer says to open the stage when the offline mock (or a fixed line) speaks. */
  opening: string;
  /**
   * Whether a model, when there is one, opens the stage instead: what it says depends on the code
   * written or the solution reached, which a fixed line cannot know.
   */
  modelOpens: boolean;
  /** What a strong candidate does in it: the offline mock's checklist for the stage. */
  listensFor: readonly string[];
}

export const STAGES: Record<CodingStage, StageSpec> = {
  clarify: {
    title: STAGE_TITLES.clarify,
    share: 0.1,
    opening:
      "Take a minute with the problem, then tell me in your own words what we're solving. Ask me anything you'd want pinned down before you start.",
    modelOpens: false,
    listensFor: [
      'The problem in your own words: what goes in, what comes out.',
      "The input's size and value ranges, and whether it can be empty.",
      'Duplicates, negatives, ties: whatever the examples leave open.',
      'A small example of your own, worked by hand and agreed.',
    ],
  },
  approach: {
    title: STAGE_TITLES.approach,
    share: 0.2,
    opening:
      'How would you solve it? Start wherever you like, a brute force is fine, and give me the time and space cost of each idea.',
    modelOpens: false,
    listensFor: [
      'A correct brute force first, with its cost.',
      'Where the brute force wastes work, and the observation that removes it.',
      'Time and space of the approach you choose, checked against the constraints.',
      "The interviewer's go-ahead before you code.",
    ],
  },
  code: {
    title: STAGE_TITLES.code,
    share: 0.4,
    opening:
      "That sounds reasonable. Go ahead and write it in the editor, and keep talking me through it as you go. Tell me when you're done.",
    modelOpens: false,
    listensFor: [
      'The approach you agreed, written in small named pieces.',
      'Names that say what a variable holds; no unexplained indices.',
      'Boundaries handled on purpose: empty input, first and last element, off-by-one.',
      'Talking while you write, and saying so when you change course.',
    ],
  },
  test: {
    title: STAGE_TITLES.test,
    share: 0.15,
    opening:
      'Before running anything: walk me through your code on the first example, tracking the variables, then tell me which inputs you would test and why.',
    modelOpens: true,
    listensFor: [
      'A dry run on a small example, tracking the variables rather than reading the code aloud.',
      'Edge cases chosen for this problem: single element, all equal, the extremes of the range.',
      'Bugs found and fixed by you, with why they happened.',
      'The complexity restated for the code as written.',
    ],
  },
  'follow-ups': {
    title: STAGE_TITLES['follow-ups'],
    share: 0.15,
    opening: "Good. Let's change the problem a little.",
    modelOpens: true,
    listensFor: [
      'What the change breaks in your solution, said before any new code.',
      'The new cost, and the trade-off you would make.',
      'Thinking aloud when you are unsure, rather than going quiet.',
    ],
  },
};

/** The stages as a round of this kind runs them: a query's plan in place of an algorithm's cost. */
export function stagesOf(round: RoundKind): Record<CodingStage, StageSpec> {
  if (round === 'code') return STAGES;
  return Object.fromEntries(
    CODING_STAGES.map((stage) => [stage, { ...STAGES[stage], ...QUERY_STAGES[stage] }]),
  ) as Record<CodingStage, StageSpec>;
}

/**
 * Follow-ups for a problem the library does not know: the questions an interviewer can ask of any
 * solution, about scale, memory and production.
 */
export const GENERAL_FOLLOW_UPS: readonly string[] = [
  'Suppose the input is a hundred times larger and arrives as a stream you can read only once: what in your solution still works, and what has to change?',
  'Where could you trade memory for time here, or time for memory? What does each direction cost?',
  'If this ran in production on user input, which input would you test first, and what would you want the code to do with it?',
];
