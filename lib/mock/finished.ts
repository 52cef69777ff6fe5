import { safeHref } from '@/lib/render/links';
import type { MockResult } from './results';
import { RUBRIC, VERDICT_LABELS } from './rubric';

/*
 * The finished mocks as the progress page lists them: one row per round, newest first, saying
 * what was practised, how long it took against its clock and how it was scored.
 */

export type MockKind = MockResult['kind'];

export interface FinishedMock {
  id: string;
  kind: MockKind;
  endedAt: number;
  /** The problem's title, or the design case's. */
  title: string;
  /** Where it was practised: the problem's site and level, or the posting's company and role. */
  where: string;
  /** The problem's page, when stored as a web address; empty for a design case (no page of its own). */
  href: string;
  elapsedMs: number;
  roundMinutes: number;
  /** Ran past its round's time. */
  overtime: boolean;
  /** The verdict, or the checklist score, and who gave it. */
  outcome: string;
  /** One line per rubric dimension, or per checklist verdict count. */
  scores: string[];
  result: MockResult;
}

const reviewer = (by: 'model' | 'self') => (by === 'self' ? 'your own review' : "the model's interviewer");

function finished(result: MockResult): FinishedMock {
  const common = {
    id: result.id,
    kind: result.kind,
    endedAt: result.endedAt,
    elapsedMs: result.elapsedMs,
    roundMinutes: result.roundMinutes,
    overtime: result.elapsedMs > result.roundMinutes * 60_000,
    result,
  };
  if (result.kind === 'coding') {
    const card = result.scorecard;
    return {
      ...common,
      title: result.title,
      where: [result.site, result.difficulty].filter(Boolean).join(' · '),
      // Stored data may come from an import: only a web address becomes a link.
      href: safeHref(result.url),
      outcome: `${VERDICT_LABELS[card.verdict]} (${reviewer(card.by)})`,
      scores: card.dimensions.map((entry) => `${RUBRIC[entry.dimension].title} ${entry.score}/4`),
    };
  }
  const debrief = result.debrief;
  const count = (verdict: string) => debrief.items.filter((item) => item.verdict === verdict).length;
  return {
    ...common,
    title: result.caseTitle,
    where: [result.company, result.role].filter(Boolean).join(' · '),
    href: '',
    outcome: `${debrief.score} of 4 against the case's checklist (${reviewer(debrief.by)})`,
    scores: [
      `${count('covered')} covered`,
      `${count('partly')} partly`,
      `${count('missed')} missed of ${debrief.items.length}`,
    ],
  };
}

/** The finished mocks of one kind (or all), newest first, each round once. */
export function finishedMocks(results: readonly MockResult[], kind: MockKind | null = null): FinishedMock[] {
  const seen = new Set<string>();
  return results
    .filter(
      (result) => (kind === null || result.kind === kind) && !seen.has(result.id) && seen.add(result.id),
    )
    .sort((a, b) => b.endedAt - a.endedAt)
    .map(finished);
}
