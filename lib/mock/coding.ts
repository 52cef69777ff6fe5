import { elapsedMs, type MockClock, pauseClock, startedClock } from './clock';
import { GENERAL_FOLLOW_UPS, type RoundKind, STAGES, stagesOf } from './coding-stages';
import { CODING_STAGES, type CodingStage } from './names';
import { QUERY_FOLLOW_UPS } from './query-round';
import { addTurn, type MockTurn } from './transcript';

export { CODING_STAGES, type CodingStage };

/*
 * The coding mock's stage machine: the five parts of a real round (coding-stages.ts says what
 * each is), the clock over them, and the transcript. Everything here is a pure function from one
 * mock to the next; the panel stores the result.
 */

/** After the last stage the round is over and is being scored. */
export type CodingPhase = CodingStage | 'review';

export type Difficulty = 'Easy' | 'Medium' | 'Hard';

/** A round's length in minutes by difficulty: one Easy is a short round, a Hard fills an hour. */
const ROUND_MINUTES: Record<Difficulty, number> = { Easy: 30, Medium: 45, Hard: 60 };
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
function nextPhase(stage: CodingStage): CodingPhase {
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
const MAX_CODE_CHARS = 20_000;

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
