import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { generateQuestions } from '@/entrypoints/background/quiz';
import { loadTopic } from '@/lib/quiz/bank';
import { generatedItem, saveTargetRole } from '@/lib/storage/quiz';
import { type MockOpenAI, startMockOpenAI } from '../../support/mock-openai';

let mock: MockOpenAI;
beforeAll(async () => {
  mock = await startMockOpenAI({ tokenDelayMs: 0 });
});
afterAll(() => mock.close());

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

async function useModel() {
  await fakeBrowser.storage.local.set({
    provider: { kind: 'compatible', baseURL: mock.baseURL, model: 'gpt-4o-mini' },
  });
}

describe('generating quiz questions with a model', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    mock.setFault(null);
  });

  it('needs a model', async () => {
    await expect(generateQuestions({ kind: 'target-role' })).rejects.toThrow(/needs a model/);
  });

  it('adds validated, de-duplicated questions marked generated, which the topic then serves', async () => {
    await useModel();
    const [sample] = await loadTopic('databases');
    mock.setReply(batch(['Which index lets this query skip the table?', sample?.prompt ?? '']));
    const result = await generateQuestions({
      kind: 'more-like',
      questionId: sample?.id ?? '',
      topic: 'databases',
    });
    expect(result.added).toBe(1);
    expect(result.message).toMatch(/Added 1 new questions \(1 skipped/);
    const stored = await generatedItem.getValue();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ generated: true, topic: 'databases' });
    expect((await loadTopic('databases')).some((q) => q.id === stored[0]?.id)).toBe(true);
  });

  it('asks for a target role before writing questions for one', async () => {
    await useModel();
    await expect(generateQuestions({ kind: 'target-role' })).rejects.toThrow(/Save a target role/);
    await saveTargetRole({ rounds: [{ kind: 'system-design', weight: 1 }], skills: ['Kafka'] });
    mock.setReply(batch(['How does a partial index keep a hot query small?']));
    await expect(generateQuestions({ kind: 'target-role' })).resolves.toMatchObject({ added: 1 });
    const body = JSON.stringify(mock.requests.at(-1)?.body);
    expect(body).toContain('Kafka');
  });

  it('says why when the model fails', async () => {
    await useModel();
    await saveTargetRole({ rounds: [{ kind: 'coding', weight: 1 }], skills: [] });
    mock.setFault({ kind: 'invalid-api-key' });
    await expect(generateQuestions({ kind: 'target-role' })).rejects.toThrow(/API key/);
  });
});
