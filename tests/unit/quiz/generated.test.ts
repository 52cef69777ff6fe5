import { describe, expect, it } from 'vitest';
import { mergeGenerated } from '@/lib/quiz/generated';
import { choice, SAMPLE_BANK } from './sample';

describe('mergeGenerated', () => {
  const fresh = { ...choice('databases', 50), prompt: 'When does a covering index avoid a table lookup?' };

  it('adds valid generated questions marked as generated', () => {
    const { bank, added, rejected } = mergeGenerated(SAMPLE_BANK, [
      { ...fresh, generated: false, source: 'gpt' },
    ]);
    expect(rejected).toEqual([]);
    expect(added).toEqual([{ ...fresh, generated: true, source: 'gpt' }]);
    expect(bank).toHaveLength(SAMPLE_BANK.length + 1);
    expect(bank.at(-1)?.generated).toBe(true);
  });

  it('drops prompts the bank already has, ignoring case, punctuation and spacing', () => {
    const repeat = { ...fresh, id: 'gen-2', prompt: '  DATABASES   question 1 ' };
    const twice = { ...fresh, id: 'gen-3', prompt: 'when does a covering index avoid a table lookup' };
    const { added, rejected } = mergeGenerated(SAMPLE_BANK, [repeat, fresh, twice]);
    expect(added.map((question) => question.id)).toEqual([fresh.id]);
    expect(rejected).toEqual([
      { index: 0, reason: 'duplicate prompt' },
      { index: 2, reason: 'duplicate prompt' },
    ]);
  });

  it('refuses questions that fail the bank schema, saying why', () => {
    const { added, rejected } = mergeGenerated(SAMPLE_BANK, [
      { ...fresh, answer: 4 },
      { ...fresh, choices: ['only one'] },
      { ...fresh, id: 'databases-001', prompt: 'Another prompt entirely?' },
      { ...fresh, tags: ['Not Kebab'] },
      'a question?',
    ]);
    expect(added).toEqual([]);
    expect(rejected.map(({ index }) => index)).toEqual([0, 1, 2, 3, 4]);
    expect(rejected[0]?.reason).toMatch(/answer/);
    expect(rejected[1]?.reason).toMatch(/choices/);
    expect(rejected[2]?.reason).toBe('duplicate id databases-001');
    expect(rejected[3]?.reason).toMatch(/kebab/);
  });
});
