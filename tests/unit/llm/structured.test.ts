import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { LlmFailure } from '@/lib/llm/errors';
import { openAITransport } from '@/lib/llm/openai-transport';
import { buildJobPrepPrompt, type JobPrep, jobPrepSchema } from '@/lib/llm/prompts/job-prep';
import { buildQuizPrompt, quizBatchSchema, toQuizQuestions } from '@/lib/llm/prompts/quiz';
import { type StructuredOptions, structured } from '@/lib/llm/structured';
import type { Transport } from '@/lib/llm/transport';
import { isQuestion } from '@/lib/quiz/question-guard';
import { type MockOpenAI, startMockOpenAI } from '../../support/mock-openai';
import { QuestionSchema } from '../../support/quiz-schema';
import { backendJob, validPrep } from './fixtures';

let mock: MockOpenAI;
beforeAll(async () => {
  mock = await startMockOpenAI({ tokenDelayMs: 0, chunkChars: 40 });
});
afterAll(() => mock.close());
afterEach(() => {
  mock.setFault(null);
  mock.requests.length = 0;
});

const transport = () =>
  openAITransport(
    {
      baseURL: mock.baseURL,
      apiKey: 'sk-test-key-123456',
      model: 'gpt-4o-mini',
      maxTokensField: 'max_tokens',
    },
    { timeouts: { firstTokenMs: 5_000, idleMs: 5_000 } },
  );

function jobPrep(overrides: Partial<StructuredOptions<JobPrep>> = {}): StructuredOptions<JobPrep> {
  return {
    transport: transport(),
    request: { messages: buildJobPrepPrompt({ job: backendJob }).messages, maxTokens: 1_500 },
    schema: jobPrepSchema(),
    schemaName: 'job_prep',
    ...overrides,
  };
}

async function failure(promise: Promise<unknown>): Promise<LlmFailure> {
  const caught = await promise.then(
    () => null,
    (error: unknown) => error,
  );
  expect(caught).toBeInstanceOf(LlmFailure);
  return caught as LlmFailure;
}

describe('structured', () => {
  it('returns validated data, streamed, with the schema sent as a strict json_schema', async () => {
    mock.setReply(JSON.stringify(validPrep));
    const progress: string[] = [];
    const result = await structured(
      jobPrep({
        request: {
          messages: buildJobPrepPrompt({ job: backendJob }).messages,
          maxTokens: 1_500,
          onToken: (delta) => progress.push(delta),
        },
      }),
    );
    expect(result.data).toEqual(validPrep);
    expect(result.usage.totalTokens).toBeGreaterThan(0);
    expect(progress.join('')).toBe(JSON.stringify(validPrep));
    const body = mock.requests[0]?.body as {
      response_format?: unknown;
      stream?: boolean;
      max_tokens?: number;
    };
    expect(body).toMatchObject({ stream: true, max_tokens: 1_500 });
    expect(body.response_format).toMatchObject({
      type: 'json_schema',
      json_schema: {
        name: 'job_prep',
        strict: true,
        schema: { type: 'object', additionalProperties: false },
      },
    });
  });

  it('retries an invalid answer once and returns the valid second one, counting both', async () => {
    let calls = 0;
    mock.setReply(() => (++calls === 1 ? '{"roleBrief": "not an object"}' : JSON.stringify(validPrep)));
    const result = await structured(jobPrep());
    expect(result.data).toEqual(validPrep);
    expect(mock.requests).toHaveLength(2);
    const single = await structured(jobPrep());
    expect(result.usage.promptTokens).toBe(2 * single.usage.promptTokens);
  });

  it('fails with invalid-output after the retries, carrying the last text and what every attempt cost', async () => {
    mock.setReply('this is not JSON at all');
    const error = await failure(structured(jobPrep()));
    expect(error.error).toMatchObject({ code: 'invalid-output', retryable: true });
    expect(error.error.message).toMatch(/not JSON.*Retry/);
    expect(error.partialText).toBe('this is not JSON at all');
    expect(mock.requests).toHaveLength(2);
    const each = (await structured(jobPrep({ invalidRetries: 0 })).catch((e: LlmFailure) => e)) as LlmFailure;
    expect(error.usage?.totalTokens).toBe(2 * (each.usage?.totalTokens ?? 0));
    expect(error.sent).toBe(true);
  });

  it('says an answer cut at its token limit was cut, not that it was malformed', async () => {
    mock.setReply(JSON.stringify(validPrep));
    mock.setFault({ kind: 'cut-at-length', afterChunks: 2 });
    const error = await failure(structured(jobPrep({ invalidRetries: 0 })));
    expect(error.error.message).toMatch(/cut off at the length limit/);
  });

  it('reads JSON a local model wrapped in a fence or in sentences', async () => {
    for (const reply of [
      `\`\`\`json\n${JSON.stringify(validPrep, null, 2)}\n\`\`\``,
      `Here is your preparation:\n${JSON.stringify(validPrep)}\nGood luck!`,
    ]) {
      mock.setReply(reply);
      expect((await structured(jobPrep({ invalidRetries: 0 }))).data).toEqual(validPrep);
    }
  });

  it('counts what earlier invalid attempts cost when a later one fails outright', async () => {
    let calls = 0;
    mock.setReply(() => (++calls === 1 ? 'no' : JSON.stringify(validPrep)));
    mock.setFault(null);
    const failing: Transport = {
      stream: () => Promise.reject(new Error('unused')),
      structured: async (call) => {
        if (calls > 0) throw new LlmFailure({ code: 'network', retryable: true, message: 'down' });
        return transport().structured?.(call) ?? Promise.reject(new Error('no structured'));
      },
    };
    const error = await failure(structured(jobPrep({ transport: failing })));
    expect(error.error.code).toBe('network');
    expect(error.usage?.totalTokens).toBeGreaterThan(0);
  });

  it('asks for JSON in words where the transport cannot constrain output', async () => {
    const asked: string[] = [];
    const plain: Transport = {
      stream: async (call) => {
        asked.push(call.messages.map((message) => message.content).join('\n'));
        return { text: JSON.stringify({ n: 3 }), usage: null, finishReason: 'stop' };
      },
    };
    const result = await structured({
      transport: plain,
      request: { messages: [{ role: 'user', content: 'three' }], maxTokens: 10 },
      schema: z.object({ n: z.number() }),
      schemaName: 'n',
    });
    expect(result.data.n).toBe(3);
    expect(result.usage.estimated).toBe(true);
    expect(asked[0]).toMatch(/Answer with one JSON object/);
  });

  it('maps HTTP failures like the streaming transport', async () => {
    mock.setFault({ kind: 'invalid-api-key' });
    expect((await failure(structured(jobPrep()))).error.code).toBe('invalid-key');
  });
});

describe('generated quiz questions', () => {
  it('validates a batch and gives it the quiz shape the bank accepts', async () => {
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
      transport: transport(),
      request: {
        messages: buildQuizPrompt({ kind: 'target-role', role: 'Backend engineer' }).messages,
        maxTokens: 1_800,
      },
      schema: quizBatchSchema(),
      schemaName: 'quiz_batch',
    });
    const questions = toQuizQuestions(data, { source: 'target-role' });
    expect(questions.map((question) => question.id)).toEqual(['gen-heap-push', 'gen-heap-push-1']);
    expect(questions[0]).toMatchObject({
      type: 'choice',
      choices: ['O(1)', 'O(log n)'],
      answer: 1,
      generated: true,
    });
    expect(questions[1]).not.toHaveProperty('choices');
    // The bank's schema accepts every generated question, and so does the guard that reads them back.
    for (const question of questions) {
      expect(QuestionSchema.safeParse(question).success).toBe(true);
      expect(isQuestion(question)).toBe(true);
    }
  });

  it('rejects questions the bank would refuse (unknown topic, bad id or tags, same choice twice)', () => {
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
    const parse = (question: object) => z.safeParse(quizBatchSchema(), { questions: [question] }).success;
    expect(parse(good)).toBe(true);
    for (const change of [
      { topic: 'heaps' },
      { id: 'Not Kebab' },
      { tags: ['Two Words'] },
      { difficulty: 4 },
      { type: 'choice', choices: ['A hash', 'a hash!'], answer: 0 },
    ]) {
      expect(parse({ ...good, ...change })).toBe(false);
    }
  });

  it('rejects questions whose answer does not fit their type', () => {
    const base = { id: 'a', topic: 'algorithms', prompt: 'p', explanation: 'e', difficulty: 2, tags: [] };
    const outOfRange = { ...base, type: 'choice', choices: ['a', 'b'], answer: 2 };
    const cardWithChoices = { ...base, type: 'card', choices: ['a', 'b'], answer: 'a' };
    const choiceWithText = { ...base, type: 'choice', choices: ['a', 'b'], answer: 'a' };
    for (const question of [outOfRange, cardWithChoices, choiceWithText]) {
      expect(z.safeParse(quizBatchSchema(), { questions: [question] }).success).toBe(false);
    }
  });
});
