import { KIND_TITLES } from '../coach/job/rounds';
import type { Progress } from '../quiz/progress';
import { ROUND_TOPICS, type RoundKind, type TargetRole } from '../quiz/target-role';
import { TOPIC_LABELS, type Topic } from '../quiz/topics';
import type { PracticeRecord } from './record';
import { endedAttempts } from './stats';

/*
 * How ready the user is for each round of the target role, against its interview date. Coding
 * rounds are measured by problems solved cleanly (alone, at about interview pace: graded Good or
 * Easy), the others by quiz questions the user knows well (FSRS stability of a week or more).
 * The bars are what a candidate who is comfortable in the round has typically practised.
 */

/** Distinct problems solved cleanly in the last 90 days that make a coding round comfortable. */
const CODING_BAR = 40;
/** Questions of a topic known well that make its share of a round comfortable. */
const TOPIC_BAR = 20;
const RECENT_MS = 90 * 24 * 60 * 60 * 1000;
const KNOWN_STABILITY_DAYS = 7;

export interface RoundReadiness {
  kind: RoundKind;
  title: string;
  /** The round's share of the loop, 0..1. */
  weight: number;
  /** 0..1 */
  score: number;
  /** What the score counts, in a sentence. */
  detail: string;
}

export interface Readiness {
  rounds: RoundReadiness[];
  /** Whole days to the interview, or null without a date. */
  daysLeft: number | null;
  /** The rounds' scores weighted by their share of the loop. */
  overall: number;
}

/** Problems whose latest ended attempt, in the last 90 days, was graded Good or Easy. */
function cleanSolves(records: readonly PracticeRecord[], now: number): number {
  return records.filter((record) => {
    const latest = endedAttempts(record).at(-1);
    return latest !== undefined && now - latest.endedAt <= RECENT_MS && (latest.grade ?? 0) >= 3;
  }).length;
}

function knownQuestions(progress: Progress): Record<Topic, number> {
  const known = Object.fromEntries(Object.keys(TOPIC_LABELS).map((topic) => [topic, 0])) as Record<
    Topic,
    number
  >;
  for (const card of Object.values(progress.cards)) {
    if (card.state === 2 && card.stability >= KNOWN_STABILITY_DAYS) known[card.topic] += 1;
  }
  return known;
}

export function readiness(
  role: TargetRole,
  interviewDate: string | null,
  records: readonly PracticeRecord[],
  progress: Progress,
  now: number,
): Readiness {
  const solved = cleanSolves(records, now);
  const known = knownQuestions(progress);
  const total = role.rounds.reduce((sum, round) => sum + round.weight, 0) || 1;
  const rounds = role.rounds.map(({ kind, weight }): RoundReadiness => {
    const topics = Object.entries(ROUND_TOPICS[kind]) as [Topic, number][];
    const coding = (ROUND_TOPICS[kind].algorithms ?? 0) >= 0.5;
    if (coding) {
      return {
        kind,
        title: KIND_TITLES[kind],
        weight: weight / total,
        score: Math.min(1, solved / CODING_BAR),
        detail: `${solved} of ${CODING_BAR} problems solved cleanly (alone, near interview pace) in the last 90 days`,
      };
    }
    const score = topics.reduce(
      (sum, [topic, share]) => sum + share * Math.min(1, known[topic] / TOPIC_BAR),
      0,
    );
    const named = topics.map(([topic]) => `${known[topic]} ${TOPIC_LABELS[topic].toLowerCase()}`).join(', ');
    return {
      kind,
      title: KIND_TITLES[kind],
      weight: weight / total,
      score,
      detail: `quiz questions known well: ${named} (${TOPIC_BAR} a topic is comfortable)`,
    };
  });
  const daysLeft =
    interviewDate === null
      ? null
      : Math.ceil((new Date(`${interviewDate}T00:00:00`).getTime() - now) / (24 * 60 * 60 * 1000));
  return {
    rounds,
    daysLeft,
    overall: rounds.reduce((sum, round) => sum + round.score * round.weight, 0),
  };
}
