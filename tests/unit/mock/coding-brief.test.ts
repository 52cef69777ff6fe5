import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { CodingBrief } from '@/lib/mock/brief';
import { addCandidateTurn, advance, type CodingMock, endRound, startCodingMock } from '@/lib/mock/coding';
import { codingBrief } from '@/lib/mock/coding-brief';

const MIN = 60_000;
const T0 = Date.UTC(2025, 0, 6, 9);

function start(): CodingMock {
  return startCodingMock({
    contextKey: 'leetcode:two-sum',
    problem: {
      site: 'leetcode',
      title: 'Two Sum',
      url: 'https://leetcode.com/problems/two-sum/',
      difficulty: 'Easy',
    },
    followUps: ['One', 'Two', 'Three', 'Four', 'Five'],
    withModel: true,
    now: T0,
  });
}

describe("a coding mock as the interviewer's request carries it", () => {
  it('passes the schema the worker validates, with the stage, its time and what was said', () => {
    let mock = addCandidateTurn(start(), 'Can values repeat?', T0 + 2 * MIN);
    mock = advance(mock, T0 + 3 * MIN);
    const brief = codingBrief(mock, T0 + 5 * MIN, {
      opening: true,
      notes: { complexity: 'O(n)', keyInsight: 'k' },
    });
    expect(z.safeParse(CodingBrief, brief).success).toBe(true);
    expect(brief).toMatchObject({
      stage: 'approach',
      opening: true,
      elapsedMin: 5,
      roundMin: 30,
      stageMin: 2,
      stageBudgetMin: 6,
      followUpsAsked: 0,
      notes: { complexity: 'O(n)' },
    });
    expect(brief.followUps).toEqual(['One', 'Two', 'Three', 'Four']);
    expect(brief.transcript.map((turn) => turn.speaker)).toEqual(['interviewer', 'candidate', 'interviewer']);
    expect(brief.facts).toBeUndefined();
  });

  it("carries Sparring's measurements, by dimension, only once the round is over", () => {
    const mock = endRound(addCandidateTurn(start(), 'Is the array sorted?', T0 + MIN), T0 + 4 * MIN);
    const brief = codingBrief(mock, T0 + 10 * MIN);
    expect(z.safeParse(CodingBrief, brief).success).toBe(true);
    expect(brief.stage).toBe('review');
    expect(brief.elapsedMin).toBe(4);
    expect(brief.facts).toContain('Problem solving: Asked 1 question while clarifying.');
    expect(brief.facts?.some((fact) => fact.startsWith('Verification: '))).toBe(true);
  });
});
