import { type MockResult, withResult } from '../mock/results';
import { MAX_STORIES, type Story } from '../mock/stories';
import { MockResultsSchema, mockResultsItem, StoriesSchema, storyBankItem } from './mocks';
import type { Section } from './sections';

/*
 * The mocks' sections of an export: finished mocks and the story bank. Both merge record by record
 * on import, by id: a result already here is kept once, and of two versions of a story the one
 * edited last wins, so importing a file into a browser that has practised since loses nothing.
 */

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const mockResultsSection: Section<MockResult[]> = {
  name: 'mockResults',
  schema: MockResultsSchema,
  read: async () => {
    const stored = await mockResultsItem.getValue();
    return stored.length > 0 ? stored : null;
  },
  writes: async (incoming) => {
    let merged = await mockResultsItem.getValue();
    for (const result of incoming) {
      const known = merged.find((kept) => kept.id === result.id);
      if (!known) merged = withResult(merged, result);
    }
    return mockResultsItem.entries(merged);
  },
  describe: (incoming) => count(incoming.length, 'finished mock', 'finished mocks'),
};

export const storyBankSection: Section<Story[]> = {
  name: 'storyBank',
  schema: StoriesSchema,
  read: async () => {
    const stored = await storyBankItem.getValue();
    return stored.length > 0 ? stored : null;
  },
  writes: async (incoming) => {
    const byId = new Map((await storyBankItem.getValue()).map((story) => [story.id, story]));
    for (const story of incoming) {
      const known = byId.get(story.id);
      if (!known || story.updatedAt > known.updatedAt) byId.set(story.id, story);
    }
    const merged = [...byId.values()].sort((a, b) => a.createdAt - b.createdAt).slice(-MAX_STORIES);
    return storyBankItem.entries(merged);
  },
  describe: (incoming) => count(incoming.length, 'story', 'stories'),
};
