import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyzeProblem } from '@/lib/coach/problem';
import type { ProblemContext } from '@/lib/extract/context';
import { addCandidateTurn, advance, type CodingMock, startCodingMock } from '@/lib/mock/coding';
import { GENERAL_FOLLOW_UPS, STAGES, stagesOf } from '@/lib/mock/coding-stages';
import { codingFacts } from '@/lib/mock/evidence';
import { QUERY_FOLLOW_UPS } from '@/lib/mock/query-round';
import { mockFamily, mockItem } from '@/lib/storage/mocks';

const MIN = 60_000;
const T0 = Date.UTC(2025, 0, 6, 9);

/** The SQL coach's reading of a saved LeetCode database page, as the panel has it. */
function sqlAnalysis() {
  const saved = JSON.parse(
    readFileSync('tests/fixtures/leetcode/sql-customers-who-never-order.expected.json', 'utf8'),
  ) as { context: ProblemContext };
  return { context: saved.context, analysis: analyzeProblem(saved.context) };
}

function queryRound(followUps: readonly string[] | null): CodingMock {
  return startCodingMock({
    contextKey: 'leetcode:customers-who-never-order',
    problem: {
      site: 'leetcode',
      title: 'Customers Who Never Order',
      url: 'https://leetcode.com/problems/customers-who-never-order/',
      difficulty: 'Easy',
    },
    round: 'query',
    followUps,
    withModel: false,
    now: T0,
  });
}

const BIG_O = /\b(complexity|brute force|O\(|time and space)\b/i;

describe('a mock round on a SQL problem', () => {
  it('plans the query (joins, grouping, NULLs, ties) where an algorithm round asks for a brute force and its cost', () => {
    const { analysis } = sqlAnalysis();
    expect(analysis.query).toBeDefined();
    let mock = queryRound(analysis.followUps);
    mock = advance(mock, T0 + 4 * MIN);
    const opening = mock.transcript.at(-1)?.text ?? '';
    expect(mock.phase).toBe('approach');
    expect(opening).not.toMatch(BIG_O);
    expect(opening).toMatch(/join/i);
    expect(opening).toMatch(/NULL/);
    expect(opening).toMatch(/ties/i);
    const approach = stagesOf('query').approach;
    expect(approach.title).toBe('Plan the query');
    expect(approach.listensFor.join(' ')).not.toMatch(BIG_O);
    expect(approach.listensFor.join(' ')).toMatch(/GROUP BY/);
    // The algorithm round is unchanged.
    expect(stagesOf('code')).toBe(STAGES);
    expect(STAGES.approach.opening).toMatch(/brute force/);
  });

  it('tests the query on the rows that break queries, and asks the SQL coach’s questions as follow-ups', () => {
    const { analysis } = sqlAnalysis();
    let mock = queryRound(analysis.followUps);
    for (let step = 1; step <= 4; step += 1) mock = advance(mock, T0 + step * 5 * MIN);
    expect(mock.phase).toBe('follow-ups');
    const test = stagesOf('query').test;
    expect(test.opening).not.toMatch(BIG_O);
    expect(test.listensFor.join(' ')).toMatch(/no match/);
    expect(test.listensFor.join(' ')).not.toMatch(/complexity/i);
    expect(mock.followUps).toEqual(analysis.followUps);
    expect(mock.transcript.at(-1)?.text).toContain(analysis.followUps[0]);
    // With no questions from the coach, the general ones are about queries, not streams of input.
    const bare = queryRound(null);
    expect(bare.followUps).toEqual([...QUERY_FOLLOW_UPS]);
    expect(bare.followUps).not.toEqual([...GENERAL_FOLLOW_UPS]);
  });

  it('reports the query’s plan as evidence, not a missing big-O', () => {
    let mock = advance(queryRound(null), T0 + 3 * MIN);
    mock = addCandidateTurn(
      mock,
      'I would left join Orders to Customers and keep the rows where the order id is null.',
      T0 + 5 * MIN,
    );
    const solving = codingFacts(mock, T0 + 6 * MIN)['problem-solving'].join(' ');
    expect(solving).toContain("Named in the query's plan: left join, null.");
    expect(solving).not.toMatch(/complexity/);
    const silent = advance(queryRound(null), T0 + 3 * MIN);
    expect(codingFacts(silent, T0 + 6 * MIN)['problem-solving'].join(' ')).toContain(
      'Named no join, grouping, NULL or tie while planning the query.',
    );
  });
});

describe('a stored query round', () => {
  beforeEach(() => fakeBrowser.reset());

  it('resumes as a query round, and a round saved before rounds had kinds reads as an algorithm round', async () => {
    const item = mockItem('leetcode:customers-who-never-order');
    await item.setValue(queryRound(null));
    expect(await item.getValue()).toMatchObject({ kind: 'coding', round: 'query' });
    const { round: _dropped, ...older } = queryRound(null);
    expect(mockFamily.shape.repair(older)).toMatchObject({ kind: 'coding', round: 'code' });
  });
});
