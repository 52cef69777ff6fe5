import { buildDebriefPrompt, buildDesignInterviewerPrompt } from '@/lib/llm/prompts/design-interviewer';
import { buildInterviewerPrompt, buildScorecardPrompt } from '@/lib/llm/prompts/interviewer';
import { MOCK_TURN_LIMIT } from '@/lib/llm/prompts/mock-round';
import { estimatePromptTokens } from '@/lib/llm/tokens';
import type { CodingBrief, DesignBrief } from '@/lib/mock/brief';
import { briefRubric } from '@/lib/mock/coding-brief';
import { DESIGN_SECTIONS, type EMPTY_NOTES } from '@/lib/mock/design';
import { longStatement, twoSum, twoSumAnalysis } from '../unit/llm/fixtures';
import type { BenchRow } from './types';

/*
 * Prompt tokens per interviewer turn (estimated as the model layer counts them), for rounds of
 * growing length: a spoken answer runs to about 80 words, an interviewer's line to about 30.
 */

const SPOKEN = 'so I would keep a map from each value to its index and check the partner first '.repeat(5);
const LINE = 'Good. What does that cost in time and space, and can you do better?';

function transcript(turns: number, phase = 'code') {
  return Array.from({ length: turns }, (_, index) => ({
    speaker: index % 2 ? ('candidate' as const) : ('interviewer' as const),
    phase,
    text: index % 2 ? `${index}: ${SPOKEN}` : LINE,
  }));
}

function codingBrief(turns: number, code: string | null): CodingBrief {
  return {
    kind: 'coding',
    stage: 'test',
    elapsedMin: 25,
    roundMin: 45,
    stageMin: 3,
    stageBudgetMin: 7,
    followUps: ['The array is sorted: can you do it in O(1) extra space?', 'Return every distinct pair.'],
    followUpsAsked: 0,
    notes: { complexity: 'O(n) time, O(n) space', keyInsight: 'The partner each number needs is fixed.' },
    transcript: transcript(turns),
    code,
  };
}

const CODE =
  'def two_sum(nums, target):\n    seen = {}\n    for i, n in enumerate(nums):\n        pass\n'.repeat(6);

export default async function mockBench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const aim = `≤ ${MOCK_TURN_LIMIT}`;
  for (const turns of [4, 20, 60, 160]) {
    const prompt = buildInterviewerPrompt({
      problem: twoSum,
      analysis: twoSumAnalysis,
      brief: codingBrief(turns, turns > 4 ? CODE : null),
    });
    rows.push({
      section: 'mock interviews',
      metric: `coding interviewer turn, ${turns} turns said (prompt tokens)`,
      value: String(estimatePromptTokens(prompt.messages)),
      aim,
    });
  }
  const worst = buildInterviewerPrompt({
    problem: { ...twoSum, statement: longStatement(20_000) },
    analysis: twoSumAnalysis,
    brief: {
      ...codingBrief(160, 'y = 1\n'.repeat(3_300)),
      transcript: transcript(160).map((turn) => ({ ...turn, text: 'x'.repeat(4_000) })),
    },
  });
  rows.push({
    section: 'mock interviews',
    metric: 'coding interviewer turn, longest statement, transcript and code (prompt tokens)',
    value: String(estimatePromptTokens(worst.messages)),
    aim,
  });
  const scorecard = buildScorecardPrompt(
    { problem: twoSum, analysis: twoSumAnalysis, brief: { ...codingBrief(60, CODE), stage: 'review' } },
    briefRubric(),
  );
  rows.push({
    section: 'mock interviews',
    metric: 'scorecard request, 60 turns said (prompt tokens)',
    value: String(estimatePromptTokens(scorecard.messages)),
    aim,
  });
  const design: DesignBrief = {
    kind: 'design',
    phase: 'working',
    case: {
      title: 'A payments ledger',
      prompt: 'Design the ledger behind a payments API.',
      checklist: Array.from(
        { length: 12 },
        (_, index) => `Checklist item ${index}: ${'a point a strong answer covers '.repeat(3)}`,
      ),
      deepDives: ['idempotent retries', 'reconciliation', 'hot accounts'],
      levelNote: 'A senior candidate drives the deep dives unprompted.',
    },
    notes: Object.fromEntries(
      DESIGN_SECTIONS.map((section) => [section, SPOKEN.repeat(3)]),
    ) as typeof EMPTY_NOTES,
    elapsedMin: 30,
    roundMin: 45,
    weakest: 'estimates',
    transcript: transcript(40, 'architecture'),
  };
  rows.push(
    {
      section: 'mock interviews',
      metric: 'design interviewer turn, every section written, 40 turns (prompt tokens)',
      value: String(estimatePromptTokens(buildDesignInterviewerPrompt(design).messages)),
      aim: `≤ ${MOCK_TURN_LIMIT}`,
    },
    {
      section: 'mock interviews',
      metric: 'design debrief request, the same round (prompt tokens)',
      value: String(estimatePromptTokens(buildDebriefPrompt({ ...design, phase: 'review' }).messages)),
      aim: `≤ ${MOCK_TURN_LIMIT}`,
    },
  );
  return rows;
}
