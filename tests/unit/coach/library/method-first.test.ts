import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LibraryEntry } from '@/lib/coach/problem/library/schema';

/**
 * The labels README rules that the method comes before the input it works on ("The method comes
 * before the input", and the graph, grid and list conventions). On a famous page the panel's first
 * technique is the entry's first, so an entry that leads with its input where a method does the
 * work is a page the labels count wrong. Each rule below reads only the entry; each allowlist item
 * is a problem where the README says the input leads, with the reason.
 */
const ENTRIES_DIR = join(__dirname, '../../../../lib/coach/problem/library/entries');
const entries = readdirSync(ENTRIES_DIR)
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(join(ENTRIES_DIR, name), 'utf8')) as LibraryEntry);

const SEARCHES: readonly string[] = ['depth-first-search', 'breadth-first-search'];
const GRAPH_METHODS: readonly string[] = [...SEARCHES, 'topological-sort', 'shortest-path', 'union-find'];

function leadingWith(input: string, lists: readonly string[]): LibraryEntry[] {
  return entries.filter(
    (entry) => entry.techniques[0] === input && entry.techniques.slice(1).some((id) => lists.includes(id)),
  );
}

function slugsOf(list: LibraryEntry[]): string[] {
  return list.map((entry) => entry.slug).sort();
}

/** Trees whose links are built or changed, where `binary-tree` leads over the walk that does it. */
const TREE_LINKS_BUILT: Record<string, string> = {
  'geeksforgeeks-binary-tree-to-dll': 'relinks every node into a doubly linked list in inorder',
  'flatten-binary-tree-to-linked-list': 'rewires every node into a right-leaning chain',
  'populating-next-right-pointers-in-each-node': 'builds a next link across each level',
  'populating-next-right-pointers-in-each-node-ii': 'builds a next link across each level',
  'serialize-and-deserialize-bst': 'rebuilds the tree from its preorder',
  'trim-a-binary-search-tree': 'cuts links to the out-of-range subtrees',
};

/** Lists whose links are rewired, where `linked-list` leads though a middle or a gap is found on the way. */
const LIST_REWIRED: Record<string, string> = {
  'palindrome-linked-list': 'the middle is one step; the work is reversing the second half in place',
  'reorder-list': 'the middle is one step; the work is reversing and interleaving the halves',
  'sort-list': 'merge sort splices the links; the middle is only where it splits',
};

describe('library entries lead with the method, not the input', () => {
  it('a tree walked over every node leads with the search; binary-tree leads one path down or links built', () => {
    const walks = leadingWith('binary-tree', SEARCHES).filter(
      (entry) => !/\bh\b/.test(entry.complexity.time) && !(entry.slug in TREE_LINKS_BUILT),
    );
    expect(slugsOf(walks)).toEqual([]);
  });

  it('a graph leads only where no technique names the algorithm on its structure', () => {
    const unnamed = /flow|\bcut\b|matching|strongly connected|euler|hierholzer/i;
    // Numbering the ends orders the edges; nothing is searched, so the order is the graph's own.
    const ownOrder = ['cses-acyclic-graph-edges'];
    const searched = leadingWith('graph', GRAPH_METHODS).filter(
      (entry) => !unnamed.test(entry.keyInsight) && !ownOrder.includes(entry.slug),
    );
    expect(slugsOf(searched)).toEqual([]);
  });

  it('a grid searched over its cells leads with the search', () => {
    // The expected solution counts each ship's top-left cell in one pass; the search is the slower way.
    const countedInPlace = ['battleships-in-a-board'];
    const searched = leadingWith('matrix', SEARCHES).filter((entry) => !countedInPlace.includes(entry.slug));
    expect(slugsOf(searched)).toEqual([]);
  });

  it('a list walked by a fast and a slow pointer, or a gap, leads with two pointers', () => {
    const walker = /\b(fast|slow|middle|halfway|cycle|walkers?)\b/i;
    const walked = entries.filter(
      (entry) =>
        entry.techniques[0] === 'linked-list' &&
        walker.test([entry.keyInsight, ...entry.hints].join(' ')) &&
        !(entry.slug in LIST_REWIRED),
    );
    expect(slugsOf(walked)).toEqual([]);
  });

  it('a string leads over a table only for its own algorithm or text built from a fixed map', () => {
    const ownAlgorithm = /hash|z-function|border|prefix function/i;
    // A fixed map read letter by letter, nothing counted: the work is building or measuring the text.
    const fixedMap = ['codeforces-keyboard', 'find-and-replace-in-string', 'hackerrank-designer-pdf-viewer'];
    const counted = leadingWith('string', ['hash-table']).filter(
      (entry) => !ownAlgorithm.test(entry.keyInsight) && !fixedMap.includes(entry.slug),
    );
    expect(slugsOf(counted)).toEqual([]);
  });

  it('each allowlisted slug is an entry that still leads with its input', () => {
    const bySlug = new Map(entries.map((entry) => [entry.slug, entry]));
    for (const slug of Object.keys(TREE_LINKS_BUILT))
      expect(bySlug.get(slug)?.techniques[0]).toBe('binary-tree');
    for (const slug of Object.keys(LIST_REWIRED)) expect(bySlug.get(slug)?.techniques[0]).toBe('linked-list');
  });
});
