import { elapsedMs } from './clock';
import { type CodingMock, type CodingStage, type Difficulty, stageTimes } from './coding';
import type { DesignMock, DesignNotes } from './design';
import type { Debrief } from './design-debrief';
import type { Scorecard } from './rubric';
import type { MockTurn } from './transcript';

/*
 * A finished mock as the history keeps it: what was practised, how the time went, the scorecard
 * or the debrief, and enough of the transcript to read back what was said. Results are kept newest
 * first within a byte bound, so a long habit of mocks never crowds out the rest of storage.
 */

interface ResultBase {
  id: string;
  contextKey: string;
  startedAt: number;
  endedAt: number;
  elapsedMs: number;
  roundMinutes: number;
  /** The newest turns, within RESULT_TRANSCRIPT_CHARS. */
  transcript: MockTurn[];
}

export interface CodingResult extends ResultBase {
  kind: 'coding';
  site: string;
  title: string;
  url: string;
  difficulty: Difficulty | null;
  stageTimes: Partial<Record<CodingStage, number>>;
  followUpsAsked: number;
  code: string | null;
  scorecard: Scorecard;
}

export interface DesignResult extends ResultBase {
  kind: 'design';
  company: string;
  role: string;
  caseId: string;
  caseTitle: string;
  notes: DesignNotes;
  debrief: Debrief;
}

export type MockResult = CodingResult | DesignResult;

const RESULT_TRANSCRIPT_CHARS = 12_000;
const RESULT_CODE_CHARS = 12_000;
/** Results kept, newest first: a hundred is months of daily mocks. */
export const MAX_RESULTS = 100;
/** And their bytes together, as JSON: about one and a half megabytes of the 10 MB storage. */
export const MAX_RESULT_BYTES = 1_500_000;

/** The newest turns whose text fits `chars`. */
function keptTranscript(turns: readonly MockTurn[], chars = RESULT_TRANSCRIPT_CHARS): MockTurn[] {
  const kept: MockTurn[] = [];
  let used = 0;
  for (let index = turns.length - 1; index >= 0; index -= 1) {
    const turn = turns[index] as MockTurn;
    used += turn.text.length;
    if (used > chars) break;
    kept.unshift(turn);
  }
  return kept;
}

export function codingResult(mock: CodingMock, scorecard: Scorecard, now: number): CodingResult {
  return {
    kind: 'coding',
    id: mock.id,
    contextKey: mock.contextKey,
    site: mock.site,
    title: mock.title,
    url: mock.url,
    difficulty: mock.difficulty,
    startedAt: mock.startedAt,
    endedAt: now,
    elapsedMs: elapsedMs(mock.clock, now),
    roundMinutes: mock.roundMinutes,
    stageTimes: stageTimes(mock, now),
    followUpsAsked: mock.followUpsAsked,
    code: mock.code === null ? null : mock.code.slice(0, RESULT_CODE_CHARS),
    transcript: keptTranscript(mock.transcript),
    scorecard,
  };
}

export function designResult(mock: DesignMock, debrief: Debrief, now: number): DesignResult {
  return {
    kind: 'design',
    id: mock.id,
    contextKey: mock.contextKey,
    company: mock.company,
    role: mock.role,
    caseId: mock.caseId,
    caseTitle: mock.caseTitle,
    startedAt: mock.startedAt,
    endedAt: now,
    elapsedMs: elapsedMs(mock.clock, now),
    roundMinutes: mock.roundMinutes,
    notes: mock.notes,
    transcript: keptTranscript(mock.transcript),
    debrief,
  };
}

const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

/**
 * The results with `result` added (replacing one with the same id), newest first, the oldest
 * dropped past MAX_RESULTS or MAX_RESULT_BYTES. The newest is always kept.
 */
export function withResult(results: readonly MockResult[], result: MockResult): MockResult[] {
  const ordered = [result, ...results.filter((kept) => kept.id !== result.id)].sort(
    (a, b) => b.endedAt - a.endedAt,
  );
  const kept: MockResult[] = [];
  let used = 2;
  for (const entry of ordered) {
    const size = bytes(entry) + 1;
    if (kept.length > 0 && (kept.length >= MAX_RESULTS || used + size > MAX_RESULT_BYTES)) break;
    kept.push(entry);
    used += size;
  }
  return kept;
}
