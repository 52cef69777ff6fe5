import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addCandidateTurn, advance, startCodingMock } from '@/lib/mock/coding';
import { startDesignMock } from '@/lib/mock/design';
import { buildDebrief } from '@/lib/mock/design-debrief';
import { codingResult, designResult, MAX_RESULT_BYTES, withResult } from '@/lib/mock/results';
import { buildScorecard } from '@/lib/mock/rubric';
import { newStory, rehearse } from '@/lib/mock/stories';
import { forgetStaleMocks, mockItem, mockResultsItem, storyBankItem } from '@/lib/storage/mocks';
import { exportData, importData } from '@/lib/storage/transfer';

const T0 = Date.UTC(2025, 0, 6, 9);
const MIN = 60_000;

function codingMock(now = T0) {
  let mock = startCodingMock({
    contextKey: 'leetcode:two-sum',
    problem: {
      site: 'leetcode',
      title: 'Two Sum',
      url: 'https://leetcode.com/problems/two-sum/',
      difficulty: 'Easy',
    },
    followUps: ['The array is sorted: can you do it in O(1) extra space?'],
    withModel: false,
    now,
  });
  mock = addCandidateTurn(mock, 'Can the input be empty?', now + MIN);
  return advance(mock, now + 3 * MIN);
}

const scorecard = buildScorecard(
  [{ dimension: 'coding', score: 3, evidence: ['Working code on the first run.'] }],
  'Clear and steady.',
  'self',
  2,
);

const story = (title: string, at: number) =>
  newStory(
    {
      title,
      situation: 'Billing rewrite planned for peak season.',
      task: 'Keep billing reliable.',
      action: 'I proposed migrating one endpoint at a time.',
      result: 'Zero incidents over 12 endpoints.',
      competencies: ['conflict'],
    },
    at,
  );

describe('the mock in progress', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads back as stored, per problem, so it resumes after the panel closes', async () => {
    const mock = codingMock();
    await mockItem('leetcode:two-sum').setValue(mock);
    expect(await mockItem('leetcode:two-sum').getValue()).toEqual(mock);
    expect(await mockItem('leetcode:3sum').getValue()).toBeNull();
  });

  it('loses only a broken turn, and keeps a design mock’s notes when one section is broken', async () => {
    const mock = codingMock();
    const broken = { ...mock, transcript: [...mock.transcript, { speaker: 'narrator', text: 5 }] };
    await fakeBrowser.storage.local.set({ 'mock:leetcode:two-sum': broken });
    expect(await mockItem('leetcode:two-sum').getValue()).toEqual(mock);

    const design = startDesignMock({
      contextKey: 'lever:abc',
      posting: { company: 'Acme', role: 'Backend Engineer' },
      designCase: { id: 'payments-ledger', title: 'Payments ledger', prompt: 'Design a ledger.' },
      level: 'senior',
      withModel: true,
      now: T0,
    });
    const notes = { ...design.notes, api: 'POST /payments', estimates: 42 };
    await fakeBrowser.storage.local.set({ 'mock:lever:abc': { ...design, notes } });
    const read = await mockItem('lever:abc').getValue();
    expect(read?.kind === 'design' && read.notes).toEqual({ ...design.notes, api: 'POST /payments' });
  });
});

describe('finished mocks', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are kept newest first, one per id, and a broken one is dropped without the others', async () => {
    const first = codingResult(codingMock(T0), scorecard, T0 + 30 * MIN);
    const second = codingResult(codingMock(T0 + 1), scorecard, T0 + 60 * MIN);
    const results = withResult(withResult([], first), second);
    expect(results.map((result) => result.endedAt)).toEqual([T0 + 60 * MIN, T0 + 30 * MIN]);
    expect(withResult(results, second)).toHaveLength(2);
    await fakeBrowser.storage.local.set({ mockResults: [...results, { kind: 'coding', id: 'x' }] });
    expect(await mockResultsItem.getValue()).toEqual(results);
  });

  it('stay within their byte bound, however many there are', () => {
    let results = withResult([], codingResult(codingMock(T0), scorecard, T0));
    const big = { ...codingResult(codingMock(T0), scorecard, T0), code: 'x'.repeat(12_000) };
    for (let index = 1; index <= 200; index += 1)
      results = withResult(results, { ...big, id: `r${index}`, endedAt: T0 + index });
    expect(new TextEncoder().encode(JSON.stringify(results)).length).toBeLessThanOrEqual(MAX_RESULT_BYTES);
    expect(results[0]?.id).toBe('r200');
  });
});

describe('the story bank', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps a story whose schedule is broken, due again, and drops a duplicate id', async () => {
    const told = rehearse(story('Rewrite', T0), 3, T0);
    await fakeBrowser.storage.local.set({
      storyBank: [{ ...told, review: { due: 'soon' } }, told, { title: 'no id' }],
    });
    expect(await storyBankItem.getValue()).toEqual([{ ...told, review: null }]);
  });
});

describe('the mocks in an export', () => {
  beforeEach(() => fakeBrowser.reset());

  it('round-trip into a fresh browser, and merge record by record into one that has practised since', async () => {
    const design = startDesignMock({
      contextKey: 'lever:abc',
      posting: { company: 'Acme', role: 'Backend Engineer' },
      designCase: { id: 'payments-ledger', title: 'Payments ledger', prompt: 'Design a ledger.' },
      level: null,
      withModel: false,
      now: T0,
    });
    const debrief = buildDebrief(['Idempotent writes.'], [], {
      strengths: [],
      gaps: ['Estimates'],
      by: 'self',
    });
    const exported = [
      codingResult(codingMock(), scorecard, T0 + MIN),
      designResult(design, debrief, T0 + 2 * MIN),
    ];
    const original = story('Rewrite', T0);
    await mockResultsItem.setValue(exported);
    await storyBankItem.setValue([original]);
    const file = await exportData(new Date(T0));
    expect(JSON.parse(file).data).toMatchObject({
      mockResults: [...exported].reverse(),
      storyBank: [original],
    });

    fakeBrowser.reset();
    const since = codingResult(codingMock(T0 + 9), scorecard, T0 + 90 * MIN);
    const edited = { ...original, title: 'Rewrite, told better', updatedAt: T0 + 5 * MIN };
    await mockResultsItem.setValue([since]);
    await storyBankItem.setValue([edited, story('Mentoring', T0 + 1)]);

    const result = await importData(file);
    expect(result).toEqual({ ok: true, message: expect.stringMatching(/2 finished mocks and 1 story\.$/) });
    expect((await mockResultsItem.getValue()).map((entry) => entry.endedAt)).toEqual([
      T0 + 90 * MIN,
      T0 + 2 * MIN,
      T0 + MIN,
    ]);
    expect((await storyBankItem.getValue()).map((entry) => entry.title)).toEqual([
      'Rewrite, told better',
      'Mentoring',
    ]);
  });

  it('refuses a file whose scorecard is out of the rubric’s shape, changing nothing', async () => {
    const result = codingResult(codingMock(), scorecard, T0 + MIN);
    const bad = { ...result, scorecard: { ...scorecard, dimensions: scorecard.dimensions.slice(1) } };
    const file = JSON.stringify({
      format: 'sparring-export',
      version: 2,
      exportedAt: new Date(T0).toISOString(),
      data: { mockResults: [bad] },
    });
    const before = await fakeBrowser.storage.local.get(null);
    const answer = await importData(file);
    expect(answer.ok).toBe(false);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });
});

describe('abandoned mocks', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are dropped a month after they were last opened, the others kept', async () => {
    await mockItem('leetcode:two-sum').setValue(codingMock(T0));
    await mockItem('leetcode:3sum').setValue({
      ...codingMock(T0),
      contextKey: 'leetcode:3sum',
      usedAt: T0 + 20 * 24 * 60 * MIN,
    });
    await fakeBrowser.storage.local.set({ 'coach:leetcode:two-sum': { hintsShown: 1 } });
    expect(await forgetStaleMocks(T0 + 31 * 24 * 60 * MIN)).toBe(1);
    expect(await mockItem('leetcode:two-sum').getValue()).toBeNull();
    expect(await mockItem('leetcode:3sum').getValue()).not.toBeNull();
    expect(await fakeBrowser.storage.local.get('coach:leetcode:two-sum')).not.toEqual({});
  });
});
