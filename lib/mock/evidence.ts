import { elapsedMs } from './clock';
import { CODING_STAGES, type CodingMock, type CodingStage, stageBudgets, stageTimes } from './coding';
import { stagesOf } from './coding-stages';
import type { Dimension } from './rubric';

/*
 * What Sparring saw of a coding round, by rubric dimension: times against the plan, questions
 * asked, complexity named, tests listed, code read. Facts, not judgements: the self-review shows
 * them beside each score, and the model's scorecard is given them as measurements.
 */

const minutes = (ms: number) => Math.round(ms / 60_000);
const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

function candidateText(mock: CodingMock, stage: CodingStage): string {
  return mock.transcript
    .filter((turn) => turn.speaker === 'candidate' && turn.phase === stage)
    .map((turn) => turn.text)
    .join('\n');
}

/** A big-O the candidate named, as written ("O(n log n)"). */
const COMPLEXITY = /\bO\s*\(([^()]|\([^()]*\))+\)/i;
/** What a query's plan is made of: its joins, grouping, NULLs, ties and duplicates. */
const QUERY_PLAN_CUES =
  /\b(left join|outer join|inner join|self[- ]join|join|group by|grouping|nulls?|coalesce|ties?|tied|duplicates?|distinct|window|partition|rank|row_number|subquery|cte)\b/gi;
/** Words that name a test input: an example, an edge, a size or a value to try. */
const TEST_CUES =
  /\b(empty|single|one element|duplicates?|negative|zero|overflow|large(st)?|small(est)?|max(imum)?|min(imum)?|edge|boundary|all (the )?same|sorted|reversed?|example|null|none|ties?|tied|no match)\b/gi;

export function codingFacts(mock: CodingMock, now: number): Record<Dimension, string[]> {
  const times = stageTimes(mock, now);
  const budgets = stageBudgets(mock.roundMinutes);
  const reached = new Set(mock.stageStarts.map((entry) => entry.stage));
  const spent = (stage: CodingStage) => `${minutes(times[stage] ?? 0)} minutes (${budgets[stage]} planned)`;

  const clarifying = (candidateText(mock, 'clarify').match(/\?/g) ?? []).length;
  const approach = candidateText(mock, 'approach');
  const complexity = COMPLEXITY.exec(approach)?.[0];
  const plan = new Set((approach.match(QUERY_PLAN_CUES) ?? []).map((cue) => cue.toLowerCase()));
  const answered = mock.transcript.filter(
    (turn) => turn.speaker === 'candidate' && turn.phase === 'follow-ups',
  ).length;
  const problemSolving = [
    clarifying > 0
      ? `Asked ${plural(clarifying, 'question')} while clarifying.`
      : 'Asked no clarifying question.',
    mock.round === 'query'
      ? plan.size > 0
        ? `Named in the query's plan: ${[...plan].slice(0, 6).join(', ')}.`
        : 'Named no join, grouping, NULL or tie while planning the query.'
      : complexity
        ? `Named a complexity while choosing the approach: ${complexity}.`
        : 'Named no time or space complexity while choosing the approach.',
    reached.has('follow-ups')
      ? `Answered ${Math.min(answered, mock.followUpsAsked)} of ${plural(mock.followUpsAsked, 'follow-up')} asked.`
      : 'The round ended before the follow-ups.',
  ];

  const codeLines = mock.code?.split('\n').filter((line) => line.trim()).length ?? 0;
  const coding = [
    reached.has('code') ? `Coding took ${spent('code')}.` : 'The round ended before coding.',
    mock.code === null
      ? 'No code was read from the editor.'
      : `${plural(codeLines, 'line')} of code read from the editor.`,
  ];

  const tests = new Set((candidateText(mock, 'test').match(TEST_CUES) ?? []).map((cue) => cue.toLowerCase()));
  const verification = reached.has('test')
    ? [
        `Testing took ${spent('test')}.`,
        tests.size > 0
          ? `Named test inputs: ${[...tests].slice(0, 6).join(', ')}.`
          : 'Named no test input or edge case.',
      ]
    : ['The round ended before testing.'];

  const candidateTurns = mock.transcript.filter((turn) => turn.speaker === 'candidate');
  const words = candidateTurns.reduce((sum, turn) => sum + turn.text.split(/\s+/).filter(Boolean).length, 0);
  const over = CODING_STAGES.filter((stage) => (times[stage] ?? 0) > (budgets[stage] + 1) * 60_000).map(
    (stage) => `${stagesOf(mock.round)[stage].title.toLowerCase()}, ${spent(stage)}`,
  );
  const total = minutes(elapsedMs(mock.clock, now));
  const communication = [
    `Said ${plural(words, 'word')} over ${plural(candidateTurns.length, 'turn')}.`,
    over.length > 0
      ? `Ran over in ${over.join('; ')}.`
      : `Kept every stage within its time (${total} of ${mock.roundMinutes} minutes).`,
  ];

  return {
    'problem-solving': problemSolving,
    coding,
    verification,
    communication,
  };
}
