import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CodingBrief, DesignBrief, StoryBrief } from '@/lib/mock/brief';
import { briefRubric } from '@/lib/mock/coding-brief';
import { EMPTY_NOTES } from '@/lib/mock/design';
import {
  doneOf,
  errorOf,
  requestMessages,
  type ServiceSetup,
  serviceAgainst,
} from '../../support/answer-service';
import { type MockOpenAI, startMockOpenAI } from '../../support/mock-openai';
import { backendJob } from './fixtures';

const REPLY = 'Think about what you need to remember while scanning once.';

let mock: MockOpenAI;
beforeAll(async () => {
  mock = await startMockOpenAI({ tokenDelayMs: 1, chunkChars: 12 });
});
afterAll(() => mock.close());
beforeEach(() => {
  mock.setFault(null);
  mock.setReply(REPLY);
  mock.setTokenDelay(1);
  mock.requests.length = 0;
});
const setup = (options?: ServiceSetup) => serviceAgainst(mock, options);
const messagesOf = (index: number) => requestMessages(mock, index);

describe('the mock flows', () => {
  const coding: CodingBrief = {
    kind: 'coding',
    stage: 'approach',
    elapsedMin: 6,
    roundMin: 30,
    stageMin: 2,
    stageBudgetMin: 6,
    followUps: ['The array is sorted: can you do it in O(1) extra space?'],
    followUpsAsked: 0,
    transcript: [{ speaker: 'candidate', phase: 'approach', text: 'Check every pair: O(n^2).' }],
    code: null,
  };

  it('streams an interviewer turn from the round as it stands, never from the cache', async () => {
    const { ask } = setup();
    mock.setReply('OK. Can we do better than quadratic?');
    const first = doneOf(await ask({ flow: 'interviewer', level: undefined, mock: coding }));
    expect(first).toMatchObject({ text: 'OK. Can we do better than quadratic?', cached: false });
    expect(
      messagesOf(-1)
        .map((message) => message.content)
        .join('\n'),
    ).toContain('Check every pair: O(n^2).');
    expect(doneOf(await ask({ flow: 'interviewer', level: undefined, mock: coding })).cached).toBe(false);
    expect(mock.requests).toHaveLength(2);
  });

  it('returns the scorecard as validated JSON, and refuses a round that is not there', async () => {
    const { ask } = setup();
    const card = {
      dimensions: (['problem-solving', 'coding', 'verification', 'communication'] as const).map(
        (dimension) => ({
          dimension,
          score: 3,
          evidence: ['Stated O(n) before coding.'],
        }),
      ),
      summary: 'Steady round; test edge cases unprompted next time.',
    };
    mock.setReply(JSON.stringify(card));
    const done = doneOf(
      await ask({
        flow: 'mock-scorecard',
        level: undefined,
        mock: { ...coding, stage: 'review', rubric: briefRubric() },
      }),
    );
    expect(JSON.parse(done.text)).toEqual(card);
    expect(errorOf(await ask({ flow: 'mock-scorecard', level: undefined })).message).toMatch(
      /mock in progress/,
    );
    expect(
      errorOf(await ask({ flow: 'mock-scorecard', level: undefined, mock: { ...coding, stage: 'review' } }))
        .message,
    ).toMatch(/needs the rubric/);
  });

  it('streams feedback on a story, answers it again from the cache, and asks afresh once it is edited', async () => {
    const story: StoryBrief = {
      kind: 'story',
      story: {
        title: 'Checkout latency',
        competencies: ['Ownership'],
        situation: 'Checkout p99 was 2.4 s.',
        task: 'I owned checkout.',
        action: 'We fixed some things.',
        result: '',
      },
    };
    const { ask } = setup({ context: backendJob });
    mock.setReply('### Structure\n- The result is missing: what did p99 become?');
    const first = doneOf(await ask({ flow: 'story-feedback', level: undefined, mock: story }));
    expect(first).toMatchObject({ text: expect.stringContaining('The result is missing'), cached: false });
    expect(messagesOf(-1).at(-1)?.content).toContain('Action: We fixed some things.');
    expect(doneOf(await ask({ flow: 'story-feedback', level: undefined, mock: story })).cached).toBe(true);
    const edited = { ...story, story: { ...story.story, result: 'p99 fell to 300 ms.' } };
    expect(doneOf(await ask({ flow: 'story-feedback', level: undefined, mock: edited })).cached).toBe(false);
    expect(mock.requests).toHaveLength(2);
    const empty = { ...story, story: { ...story.story, situation: '', task: '', action: '' } };
    expect(errorOf(await ask({ flow: 'story-feedback', level: undefined, mock: empty })).message).toMatch(
      /This story is empty/,
    );
    expect(mock.requests).toHaveLength(2);
  });

  it('runs a design debrief only beside a posting', async () => {
    const design: DesignBrief = {
      kind: 'design',
      phase: 'review',
      case: {
        title: 'Ledger',
        prompt: 'Design a payments ledger.',
        checklist: ['Idempotent writes.'],
        deepDives: [],
      },
      notes: { ...EMPTY_NOTES, api: 'POST /payments with an idempotency key' },
      elapsedMin: 40,
      roundMin: 45,
      weakest: 'estimates',
      transcript: [],
    };
    const debrief = {
      items: [{ index: 0, verdict: 'covered', evidence: 'API section.' }],
      strengths: [],
      gaps: [],
      score: 3,
    };
    mock.setReply(JSON.stringify(debrief));
    const beside = setup({ context: backendJob });
    expect(
      JSON.parse(doneOf(await beside.ask({ flow: 'design-debrief', level: undefined, mock: design })).text),
    ).toEqual(debrief);
    expect(
      errorOf(await setup().ask({ flow: 'design-debrief', level: undefined, mock: design })).message,
    ).toMatch(/for job postings/);
  });
});
