import { elapsedMs, type MockClock, pauseClock, startedClock } from './clock';
import { CODING_STAGES, type CodingStage, STAGE_TITLES } from './names';
import { QUERY_FOLLOW_UPS, QUERY_STAGES } from './query-round';
import { addTurn, type MockTurn } from './transcript';

export { CODING_STAGES, type CodingStage };

/*
 * The coding mock's stage machine: the five parts of a real round, each with its share of the
 * time, what the interviewer says to open it when no model speaks for them, and what they listen
 * for. Everything here is a pure function from one mock to the next; the panel stores the result.
 */

/** What a round asks for: an algorithm and its code, or a query over the page's tables. */
export type RoundKind = 'code' | 'query';

/** After the last stage the round is over and is being scored. */
export type CodingPhase = CodingStage | 'review';

export type Difficulty = 'Easy' | 'Medium' | 'Hard';

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

/** A round's length in minutes by difficulty: one Easy is a short round, a Hard fills an hour. */
export const ROUND_MINUTES: Record<Difficulty, number> = { Easy: 30, Medium: 45, Hard: 60 };
const DEFAULT_ROUND_MINUTES = 45;

export function roundMinutesFor(difficulty: Difficulty | null | undefined): number {
  return difficulty ? ROUND_MINUTES[difficulty] : DEFAULT_ROUND_MINUTES;
}

/** Each stage's minutes, whole, adding up to the round. */
export function stageBudgets(roundMinutes: number): Record<CodingStage, number> {
  const budgets = {} as Record<CodingStage, number>;
  let share = 0;
  let before = 0;
  for (const stage of CODING_STAGES) {
    share += STAGES[stage].share;
    const boundary = Math.round(roundMinutes * share);
    budgets[stage] = boundary - before;
    before = boundary;
  }
  return budgets;
}

export interface CodingMock {
  kind: 'coding';
  /** Unique per mock: its problem and its start time. */
  id: string;
  /** The problem's canonical key (`<site>:<id>`), as the coach stores its state under. */
  contextKey: string;
  site: string;
  title: string;
  url: string;
  difficulty: Difficulty | null;
  round: RoundKind;
  roundMinutes: number;
  startedAt: number;
  /** Last shown or changed (epoch ms). */
  usedAt: number;
  phase: CodingPhase;
  /** The clock's reading when each stage began, in order. */
  stageStarts: { stage: CodingStage; at: number }[];
  clock: MockClock;
  transcript: MockTurn[];
  /** Copied when the mock starts, so the record stands on its own. */
  followUps: string[];
  /** Whether they are this problem's own (the library's, or the SQL coach's) or the general ones. */
  followUpsFromLibrary: boolean;
  followUpsAsked: number;
  /** Read from the page's editor when the candidate says they are done coding. */
  code: string | null;
  /** Whether a model plays the interviewer (decided at the start; the offline flow otherwise). */
  withModel: boolean;
}

export interface CodingMockStart {
  contextKey: string;
  problem: { site: string; title: string; url: string; difficulty?: Difficulty | undefined };
  /** A SQL problem gets a query round; an algorithm round otherwise. */
  round?: RoundKind;
  /** The library's follow-ups for the problem (the SQL coach's for a query); null or empty when none. */
  followUps: readonly string[] | null;
  withModel: boolean;
  now: number;
}

export function startCodingMock({
  contextKey,
  problem,
  round = 'code',
  followUps,
  withModel,
  now,
}: CodingMockStart): CodingMock {
  const fromLibrary = (followUps?.length ?? 0) > 0;
  const general = round === 'query' ? QUERY_FOLLOW_UPS : GENERAL_FOLLOW_UPS;
  return {
    kind: 'coding',
    id: `${contextKey}@${now.toString(36)}`,
    contextKey,
    site: problem.site,
    title: problem.title,
    url: problem.url,
    difficulty: problem.difficulty ?? null,
    round,
    roundMinutes: roundMinutesFor(problem.difficulty),
    startedAt: now,
    usedAt: now,
    phase: 'clarify',
    stageStarts: [{ stage: 'clarify', at: 0 }],
    clock: startedClock(now),
    transcript: [{ speaker: 'interviewer', phase: 'clarify', text: STAGES.clarify.opening, at: 0 }],
    followUps: fromLibrary ? [...(followUps as readonly string[])] : [...general],
    followUpsFromLibrary: fromLibrary,
    followUpsAsked: 0,
    code: null,
    withModel,
  };
}

export function isStage(phase: CodingPhase): phase is CodingStage {
  return phase !== 'review';
}

/** The stage after `stage`, or 'review' after the last. */
export function nextPhase(stage: CodingStage): CodingPhase {
  return CODING_STAGES[CODING_STAGES.indexOf(stage) + 1] ?? 'review';
}

/** Whether the interviewer speaks a fixed line on entering `stage` (no model, or a stage a line can open). */
export function opensOffline(mock: Pick<CodingMock, 'withModel'>, stage: CodingStage): boolean {
  return !mock.withModel || !STAGES[stage].modelOpens;
}

function say(mock: CodingMock, text: string, now: number): MockTurn[] {
  return addTurn(mock.transcript, {
    speaker: 'interviewer',
    phase: mock.phase,
    text,
    at: elapsedMs(mock.clock, now),
  });
}

/**
 * On to the next stage (or, after the follow-ups, the review). The interviewer's fixed opening is
 * said unless a model opens this stage; offline, the follow-ups stage opens on its first question.
 */
export function advance(mock: CodingMock, now: number): CodingMock {
  if (!isStage(mock.phase)) return mock;
  const phase = nextPhase(mock.phase);
  if (!isStage(phase)) return endRound(mock, now);
  const at = elapsedMs(mock.clock, now);
  const moved: CodingMock = {
    ...mock,
    phase,
    usedAt: now,
    stageStarts: [...mock.stageStarts, { stage: phase, at }],
  };
  if (!opensOffline(mock, phase)) return moved;
  const spec = stagesOf(mock.round)[phase];
  if (phase === 'follow-ups') return askFollowUp(moved, now, `${spec.opening} `);
  return { ...moved, transcript: say(moved, spec.opening, now) };
}

/** The next follow-up question, asked by the offline interviewer; none left changes nothing. */
export function askFollowUp(mock: CodingMock, now: number, lead = ''): CodingMock {
  const question = mock.followUps[mock.followUpsAsked];
  if (question === undefined || mock.phase !== 'follow-ups') return mock;
  return {
    ...mock,
    usedAt: now,
    followUpsAsked: mock.followUpsAsked + 1,
    transcript: say(mock, `${lead}${question}`, now),
  };
}

/** A model's interviewer asked a follow-up: counted, so the offline list and the scorecard agree. */
export function countFollowUp(mock: CodingMock): CodingMock {
  return { ...mock, followUpsAsked: Math.min(mock.followUps.length, mock.followUpsAsked + 1) };
}

export function addCandidateTurn(mock: CodingMock, text: string, now: number): CodingMock {
  if (!isStage(mock.phase)) return mock;
  return {
    ...mock,
    usedAt: now,
    transcript: addTurn(mock.transcript, {
      speaker: 'candidate',
      phase: mock.phase,
      text,
      at: elapsedMs(mock.clock, now),
    }),
  };
}

export function addInterviewerTurn(mock: CodingMock, text: string, now: number): CodingMock {
  return { ...mock, usedAt: now, transcript: say(mock, text, now) };
}

/** The code read from the editor; kept to what one request can carry. */
export const MAX_CODE_CHARS = 20_000;

export function withCode(mock: CodingMock, code: string | null): CodingMock {
  return { ...mock, code: code === null ? null : code.slice(0, MAX_CODE_CHARS) };
}

/** The round is over (the last stage done, or ended early): the clock stops and scoring begins. */
export function endRound(mock: CodingMock, now: number): CodingMock {
  return { ...mock, phase: 'review', usedAt: now, clock: pauseClock(mock.clock, now) };
}

/** Time spent in each stage reached, in milliseconds. */
export function stageTimes(mock: CodingMock, now: number): Partial<Record<CodingStage, number>> {
  const end = elapsedMs(mock.clock, now);
  const times: Partial<Record<CodingStage, number>> = {};
  mock.stageStarts.forEach(({ stage, at }, index) => {
    const until = mock.stageStarts[index + 1]?.at ?? end;
    times[stage] = (times[stage] ?? 0) + Math.max(0, until - at);
  });
  return times;
}

export interface StageClock {
  stage: CodingStage;
  spentMs: number;
  budgetMs: number;
  /** Time left in the whole round (negative once over). */
  roundLeftMs: number;
}

/** Where the current stage stands against its share of the round. */
export function stageClock(mock: CodingMock, now: number): StageClock | null {
  if (!isStage(mock.phase)) return null;
  const stage = mock.phase;
  return {
    stage,
    spentMs: stageTimes(mock, now)[stage] ?? 0,
    budgetMs: stageBudgets(mock.roundMinutes)[stage] * 60_000,
    roundLeftMs: mock.roundMinutes * 60_000 - elapsedMs(mock.clock, now),
  };
}
