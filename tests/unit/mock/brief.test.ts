import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { codingBriefSchema, designBriefSchema } from '@/lib/mock/brief';
import { addCandidateTurn, advance, type CodingMock, endRound, startCodingMock } from '@/lib/mock/coding';
import { codingBrief } from '@/lib/mock/coding-brief';
import { startDesignMock, withNotes } from '@/lib/mock/design';
import { designBrief } from '@/lib/mock/design-brief';

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
    expect(z.safeParse(codingBriefSchema(), brief).success).toBe(true);
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
    expect(z.safeParse(codingBriefSchema(), brief).success).toBe(true);
    expect(brief.stage).toBe('review');
    expect(brief.elapsedMin).toBe(4);
    expect(brief.facts).toContain('Problem solving: Asked 1 question while clarifying.');
    expect(brief.facts?.some((fact) => fact.startsWith('Verification: '))).toBe(true);
  });
});

describe("a design mock as the interviewer's request carries it", () => {
  it('passes the schema the worker validates, with the case, the level note, the notes and the weakest part', () => {
    let mock = startDesignMock({
      contextKey: 'greenhouse:1',
      posting: { company: 'Northwind', role: 'Senior Backend Engineer' },
      designCase: { id: 'payments-ledger', title: 'A payments ledger', prompt: 'Design the ledger.' },
      level: 'senior',
      withModel: true,
      now: T0,
    });
    mock = withNotes(mock, 'requirements', 'Charges and refunds as balanced postings.', T0 + MIN);
    const brief = designBrief(
      mock,
      {
        title: 'A payments ledger',
        prompt: 'Design the ledger.',
        checklist: ['Integer minor units.', 'Idempotency keys.'],
        deepDives: [{ topic: 'Hot accounts' }],
        levelNotes: { senior: 'Drives the deep dives.', staff: 'Owns the migration.' },
      },
      T0 + 10 * MIN,
    );
    expect(z.safeParse(designBriefSchema(), brief).success).toBe(true);
    expect(brief).toMatchObject({
      phase: 'working',
      case: {
        checklist: ['Integer minor units.', 'Idempotency keys.'],
        deepDives: ['Hot accounts'],
        levelNote: 'Drives the deep dives.',
      },
      elapsedMin: 10,
      roundMin: 45,
      weakest: 'estimates',
    });
    expect(brief.notes.requirements).toContain('balanced postings');
  });
});
