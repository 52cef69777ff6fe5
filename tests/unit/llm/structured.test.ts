import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { structured } from '@/lib/llm/client';
import { LlmFailure } from '@/lib/llm/errors';
import { buildJobPrepPrompt, JobPrep } from '@/lib/llm/prompts/job-prep';
import { buildQuizPrompt, QuizBatch, toQuizQuestions } from '@/lib/llm/prompts/quiz';
import { mergeGenerated } from '@/lib/quiz/generated';
import { type MockOpenAI, startMockOpenAI } from '../../support/mock-openai';
import { backendJob } from './fixtures';

let mock: MockOpenAI;
beforeAll(async () => {
  mock = await startMockOpenAI();
});
afterAll(() => mock.close());
afterEach(() => {
  mock.setFault(null);
  mock.requests.length = 0;
});

const validPrep: JobPrep = {
  roleBrief: {
    summary: 'Backend payments.',
    level: 'Senior',
    stack: ['Go', 'PostgreSQL'],
    focusAreas: ['APIs'],
  },
  likelyRounds: [{ name: 'System design', whatToExpect: 'Design a payment ledger.' }],
  systemDesignChecklist: [{ topic: 'Idempotency', why: 'Payments retry.', points: ['idempotency keys'] }],
  behaviouralPrompts: [
    { prompt: 'Tell me about an outage.', competency: 'Ownership', starTip: 'Quantify impact.' },
  ],
  stackQuestions: [
    { topic: 'Go', question: 'How do goroutines leak?', whatGoodLooksLike: 'Blocked channels.' },
  ],
};

const config = () => ({ baseURL: mock.baseURL, apiKey: 'sk-test-key-123456', model: 'gpt-4o-mini' });
const jobPrep = () => ({
  ...config(),
  ...buildJobPrepPrompt({ job: backendJob }),
  schema: JobPrep,
  schemaName: 'job_prep',
});

describe('structured', () => {
  it('returns validated data and sends the zod schema as a strict json_schema', async () => {
    mock.setReply(JSON.stringify(validPrep));
    const result = await structured(jobPrep());
    expect(result.data).toEqual(validPrep);
    expect(result.usage?.totalTokens).toBeGreaterThan(0);
    const format = (mock.requests[0]?.body as { response_format?: unknown } | undefined)?.response_format;
    expect(format).toMatchObject({ type: 'json_schema', json_schema: { name: 'job_prep', strict: true } });
  });

  it('retries an invalid answer once and returns the valid second one, counting both', async () => {
    let calls = 0;
    mock.setReply(() => (++calls === 1 ? '{"roleBrief": "not an object"}' : JSON.stringify(validPrep)));
    const result = await structured(jobPrep());
    expect(result.data).toEqual(validPrep);
    expect(mock.requests).toHaveLength(2);
    const single = await structured(jobPrep());
    expect(result.usage?.promptTokens).toBe(2 * (single.usage?.promptTokens ?? 0));
  });

  it('fails with a typed invalid-output error after two invalid answers', async () => {
    mock.setReply('this is not JSON at all');
    const caught = await structured(jobPrep()).catch((error: unknown) => error);
    expect(caught).toBeInstanceOf(LlmFailure);
    expect((caught as LlmFailure).error).toMatchObject({ code: 'invalid-output', retryable: true });
    expect((caught as LlmFailure).error.message).toMatch(/offline result is shown instead/);
    expect(mock.requests).toHaveLength(2);
  });

  it('maps HTTP failures like the streaming client', async () => {
    mock.setFault({ kind: 'invalid-api-key' });
    const caught = await structured(jobPrep()).catch((error: unknown) => error);
    expect((caught as LlmFailure).error.code).toBe('invalid-key');
  });

  it('validates generated quiz questions and gives them the quiz shape', async () => {
    const batch = {
      questions: [
        {
          id: 'heap-push',
          topic: 'algorithms',
          type: 'choice',
          prompt: 'Cost of a heap push?',
          choices: ['O(1)', 'O(log n)'],
          answer: 1,
          explanation: 'Sift up along one path.',
          difficulty: 1,
          tags: ['heap'],
        },
        {
          id: 'heap-push',
          topic: 'algorithms',
          type: 'card',
          prompt: 'Why is heapify O(n)?',
          choices: null,
          answer: 'Most nodes are near the leaves.',
          explanation: 'Sum of heights.',
          difficulty: 3,
          tags: [],
        },
      ],
    };
    mock.setReply(JSON.stringify(batch));
    const { data } = await structured({
      ...config(),
      ...buildQuizPrompt({ kind: 'target-role', role: 'Backend engineer' }),
      schema: QuizBatch,
      schemaName: 'quiz_batch',
    });
    const questions = toQuizQuestions(data, { source: 'gpt-4o-mini quiz@1' });
    expect(questions.map((question) => question.id)).toEqual(['gen-heap-push', 'gen-heap-push-1']);
    expect(questions[0]).toMatchObject({
      type: 'choice',
      choices: ['O(1)', 'O(log n)'],
      answer: 1,
      generated: true,
    });
    expect(questions[1]).not.toHaveProperty('choices');
    // The quiz's own merge (its bank schema) accepts every generated question.
    const merged = mergeGenerated([], questions);
    expect(merged.rejected).toEqual([]);
    expect(merged.added).toHaveLength(2);
  });

  it('rejects quiz questions that the bank would refuse (unknown topic, bad id or tags)', () => {
    const good = {
      id: 'a',
      topic: 'databases',
      type: 'card',
      prompt: 'p',
      choices: null,
      answer: 'x',
      explanation: 'e',
      difficulty: 2,
      tags: [],
    };
    expect(QuizBatch.safeParse({ questions: [good] }).success).toBe(true);
    for (const change of [
      { topic: 'heaps' },
      { id: 'Not Kebab' },
      { tags: ['Two Words'] },
      { difficulty: 4 },
    ]) {
      expect(QuizBatch.safeParse({ questions: [{ ...good, ...change }] }).success).toBe(false);
    }
  });

  it('rejects quiz questions whose answer does not fit their type', () => {
    const base = { id: 'a', topic: 'algorithms', prompt: 'p', explanation: 'e', difficulty: 2, tags: [] };
    const outOfRange = { ...base, type: 'choice', choices: ['a', 'b'], answer: 2 };
    const cardWithChoices = { ...base, type: 'card', choices: ['a', 'b'], answer: 'a' };
    const choiceWithText = { ...base, type: 'choice', choices: ['a', 'b'], answer: 'a' };
    for (const question of [outOfRange, cardWithChoices, choiceWithText]) {
      expect(QuizBatch.safeParse({ questions: [question] }).success).toBe(false);
    }
  });

  it('accepts any zod schema', async () => {
    mock.setReply('{"n": 3}');
    const { data } = await structured({
      ...config(),
      messages: [{ role: 'user', content: 'three' }],
      schema: z.object({ n: z.number() }),
      schemaName: 'n',
    });
    expect(data.n).toBe(3);
  });
});
