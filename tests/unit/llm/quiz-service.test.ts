import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { UsageLedger } from '@/lib/llm/ledger';
import { providerOrOffline } from '@/lib/llm/providers';
import { createQuizService, type QuizServiceDeps } from '@/lib/llm/quiz-service';
import { transportFor } from '@/lib/llm/transports';
import type { TargetRole } from '@/lib/quiz/target-role';
import type { Question } from '@/lib/quiz/topics';
import { memoryUsageStore } from '../../support/memory-stores';
import { type MockOpenAI, startMockOpenAI } from '../../support/mock-openai';
import { promptApiStandIn } from '../../support/prompt-api';

let mock: MockOpenAI;
beforeAll(async () => {
  mock = await startMockOpenAI({ tokenDelayMs: 0, chunkChars: 200 });
});
afterAll(() => mock.close());

const KEY = 'sk-quiz-secret-key-42';

const batch = (prompts: string[]) =>
  JSON.stringify({
    questions: prompts.map((prompt, index) => ({
      id: `q-${index}`,
      topic: 'databases',
      type: 'choice',
      prompt,
      choices: ['A covering index', 'A hash index', 'No index at all', 'A partial index on a flag'],
      answer: 0,
      explanation:
        'A covering index answers the query from the index alone; the others still touch the heap.',
      difficulty: 2,
      tags: ['indexing'],
    })),
  });

const SAMPLE = {
  topic: 'databases' as const,
  type: 'choice' as const,
  prompt: 'Which index answers a query without reading the table?',
  tags: ['indexing'],
};

function setup(
  provider: unknown,
  options: { role?: TargetRole | null; cap?: number | null; scope?: object } = {},
) {
  const stored: Question[] = [];
  const usage = memoryUsageStore();
  const deps: QuizServiceDeps = {
    loadProvider: async () => providerOrOffline(provider),
    transportFor: (config) => transportFor(config, options.scope),
    ledger: new UsageLedger(usage, async () => options.cap ?? null, Date.now),
    loadTargetRole: async () => options.role ?? null,
    generated: {
      read: async () => [...stored],
      write: async (questions) => {
        stored.splice(0, stored.length, ...questions);
      },
    },
  };
  return { service: createQuizService(deps), stored, usage };
}

const model = () => ({ kind: 'compatible', baseURL: mock.baseURL, model: 'gpt-4o-mini', apiKey: KEY });

describe('generating quiz questions', () => {
  beforeEach(() => {
    mock.setFault(null);
    mock.requests.length = 0;
  });

  it('needs a model, and says so without throwing', async () => {
    const { service } = setup({ kind: 'offline' });
    expect(await service.generate({ kind: 'target-role' })).toEqual({
      ok: false,
      message: expect.stringMatching(/needs a model/),
    });
  });

  it('stores validated questions marked generated, skipping repeats of the sample and of earlier ones', async () => {
    const { service, stored, usage } = setup(model());
    mock.setReply(batch(['How does a partial index keep a hot query small?', SAMPLE.prompt]));
    expect(await service.generate({ kind: 'more-like', sample: SAMPLE })).toEqual({
      ok: true,
      added: 1,
      message: 'Added 1 new questions (1 skipped as repeats).',
    });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ generated: true, topic: 'databases', id: 'gen-q-0' });
    expect(usage.value?.answers).toBe(1);

    // The same batch again adds nothing: its questions are already stored.
    expect(await service.generate({ kind: 'more-like', sample: SAMPLE })).toMatchObject({
      ok: true,
      added: 0,
    });
    expect(stored).toHaveLength(1);
  });

  it('asks for a target role before writing questions for one, then sends its skills', async () => {
    expect(await setup(model()).service.generate({ kind: 'target-role' })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Save a target role first/),
    });
    const { service } = setup(model(), {
      role: { rounds: [{ kind: 'system-design', weight: 1 }], skills: ['Kafka'] },
    });
    mock.setReply(batch(['How does a partial index keep a hot query small?']));
    expect(await service.generate({ kind: 'target-role' })).toMatchObject({ ok: true, added: 1 });
    expect(JSON.stringify(mock.requests.at(-1)?.body)).toContain('Kafka');
  });

  it("works with Chrome's built-in AI, with no server", async () => {
    const { scope, created } = promptApiStandIn('available', [
      batch(['What does VACUUM reclaim in PostgreSQL?']),
    ]);
    const { service, stored } = setup({ kind: 'chrome-ai' }, { scope });
    expect(await service.generate({ kind: 'more-like', sample: SAMPLE })).toMatchObject({
      ok: true,
      added: 1,
    });
    expect(stored[0]?.prompt).toMatch(/VACUUM/);
    expect(created[0]?.constraints).toHaveLength(1);
    expect(mock.requests).toHaveLength(0);
  });

  it('says why the model failed, with the key cut out of a server that quotes it', async () => {
    const { service } = setup(model());
    const quoted = createQuizService({
      loadProvider: async () => providerOrOffline(model()),
      transportFor: () => ({
        stream: () => Promise.reject(new Error('unused')),
        structured: () => Promise.reject(new Error(`upstream said: Authorization: Bearer ${KEY}`)),
      }),
      ledger: new UsageLedger(memoryUsageStore(), async () => null, Date.now),
      loadTargetRole: async () => null,
      generated: { read: async () => [], write: async () => undefined },
    });
    const result = await quoted.generate({ kind: 'more-like', sample: SAMPLE });
    expect(result.ok).toBe(false);
    expect(result.message).not.toContain(KEY);
    expect(result.message).toContain('[API key hidden]');
    mock.setFault({ kind: 'invalid-api-key' });
    expect(await service.generate({ kind: 'more-like', sample: SAMPLE })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/API key was rejected/),
    });
  });

  it('counts every invalid attempt against the day, and respects the cap', async () => {
    const { service, usage } = setup(model());
    mock.setReply('{"questions": "none"}');
    expect((await service.generate({ kind: 'more-like', sample: SAMPLE })).ok).toBe(false);
    expect(mock.requests).toHaveLength(2);
    expect(usage.value?.totalTokens).toBeGreaterThan(0);

    const capped = setup(model(), { cap: 1 });
    mock.requests.length = 0;
    const first = capped.service.generate({ kind: 'more-like', sample: SAMPLE });
    const second = capped.service.generate({ kind: 'more-like', sample: SAMPLE });
    const results = await Promise.all([first, second]);
    expect(results.filter((result) => !result.ok && /token cap/.test(result.message))).toHaveLength(1);
  });
});
