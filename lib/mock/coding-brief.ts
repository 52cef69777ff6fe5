import type { CodingBrief } from './brief';
import { elapsedMs } from './clock';
import { type CodingMock, isStage, stageBudgets, stageTimes } from './coding';
import { codingFacts } from './evidence';
import { DIMENSIONS, RUBRIC, SCORES } from './rubric';

/*
 * A coding mock as the interviewer's model request carries it (lib/mock/brief.ts validates it
 * where it enters the worker). Apart from the brief's schema so the worker never loads this.
 */

const minutes = (ms: number) => Math.round((ms / 60_000) * 10) / 10;

/** The rubric as the scorecard request carries it: each dimension's question and anchors 1 to 4. */
export function briefRubric(): NonNullable<CodingBrief['rubric']> {
  return DIMENSIONS.map((dimension) => ({
    dimension,
    title: RUBRIC[dimension].title,
    question: RUBRIC[dimension].question,
    anchors: SCORES.map((score) => RUBRIC[dimension].anchors[score]),
  }));
}

export interface BriefExtras {
  /** The candidate just entered the stage: the interviewer opens it. */
  opening?: boolean;
  /** The library's note on the best solution, for the interviewer's eyes. */
  notes?: { complexity: string; keyInsight: string };
}

export function codingBrief(mock: CodingMock, now: number, extras: BriefExtras = {}): CodingBrief {
  const stage = mock.phase;
  const spent = isStage(stage) ? (stageTimes(mock, now)[stage] ?? 0) : 0;
  const brief: CodingBrief = {
    kind: 'coding',
    stage,
    elapsedMin: minutes(elapsedMs(mock.clock, now)),
    roundMin: mock.roundMinutes,
    stageMin: minutes(spent),
    stageBudgetMin: isStage(stage) ? stageBudgets(mock.roundMinutes)[stage] : 0,
    followUps: mock.followUps.slice(0, 4),
    followUpsAsked: Math.min(mock.followUpsAsked, 4),
    transcript: mock.transcript.map(({ speaker, phase, text }) => ({ speaker, phase, text })),
    code: mock.code,
    ...(extras.opening ? { opening: true } : {}),
    ...(extras.notes ? { notes: extras.notes } : {}),
  };
  if (stage !== 'review') return brief;
  // At the end, what Sparring measured travels with the round, each line naming its dimension.
  const facts = codingFacts(mock, now);
  return {
    ...brief,
    rubric: briefRubric(),
    facts: DIMENSIONS.flatMap((dimension) =>
      facts[dimension].map((fact) => `${RUBRIC[dimension].title}: ${fact}`.slice(0, 300)),
    ).slice(0, 16),
  };
}
