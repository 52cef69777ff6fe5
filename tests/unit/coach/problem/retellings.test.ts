import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Retelling, retoldContext } from '@/lib/coach/problem/learned/retellings';
import { normaliseTitle } from '@/lib/coach/problem/library/lookup';
import { loadLibrary } from '@/lib/coach/problem/library/node';

const DIR = new URL('../../../../lib/coach/problem/learned/retold/', import.meta.url);
const retellings = readdirSync(DIR)
  .filter((name) => name.endsWith('.json'))
  .map((file) => ({ file, json: JSON.parse(readFileSync(new URL(file, DIR), 'utf8')) as unknown }));
const library = loadLibrary();

/** Names of methods and structures: a setter tells the story, the solver finds the method. */
const METHOD_NAMES =
  /\b(?:dynamic programming|memoi[sz]\w*|priority queue|heap|prefix sums?|binary search|sliding window|two pointers|union[- ]find|disjoint[- ]set|trie|segment tree|fenwick|topological|dijkstra|bellman|floyd|breadth[- ]first|depth[- ]first|bfs|dfs|backtrack\w*|greedy|bitmask|monotonic|knapsack|kadane)\b/i;

describe('retellings the technique model is trained on', () => {
  it('there are some, each a valid retelling of a library problem, named after it', () => {
    expect(retellings.length).toBeGreaterThan(50);
    const slugs = new Set(library.index.map((item) => item.slug));
    for (const { file, json } of retellings) {
      const retelling = Retelling.parse(json);
      expect(slugs.has(retelling.slug), file).toBe(true);
      expect(file.replace(/(?:\.\d+)?\.json$/, ''), file).toBe(retelling.slug);
    }
  });

  it('name no method or structure, and keep neither the title nor an alias of the original', () => {
    for (const { file, json } of retellings) {
      const retelling = Retelling.parse(json);
      expect(METHOD_NAMES.exec(`${retelling.title}\n${retelling.statement}`)?.[0], file).toBeUndefined();
      // Original writing: LeetCode's own examples ("leetcode", "loveleetcode") teach its words again.
      expect(retelling.statement, file).not.toMatch(/leetcode/i);
      const item = library.index.find(({ slug }) => slug === retelling.slug);
      const names = [item?.title ?? '', ...(item?.aliases ?? [])].map(normaliseTitle);
      expect(names, file).not.toContain(normaliseTitle(retelling.title));
    }
  });

  it('are not found in the library by their title, so a page like them is read from its statement', () => {
    for (const { file, json } of retellings) {
      const retelling = Retelling.parse(json);
      const context = retoldContext(retelling);
      expect(library.match(context), file).toBeNull();
    }
  });
});
