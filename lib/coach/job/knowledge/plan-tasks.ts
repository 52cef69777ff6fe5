import type { TechniqueId } from '@/lib/coach/problem/types';
import type { Seniority } from '../seniority';
import type { EngineeringTrack } from '../track';
import type { RoundKind } from '../tracks';

/**
 * Problem sets in the order to practise them: each set is a few techniques that build on the one
 * before. Technique ids are the problem coach's, so a set can be matched to library problems.
 */
const GENERAL_SETS: readonly (readonly TechniqueId[])[] = [
  ['hash-table', 'two-pointers', 'string'],
  ['sliding-window', 'prefix-sum', 'binary-search'],
  ['stack', 'queue', 'heap-priority-queue'],
  ['binary-tree', 'depth-first-search', 'breadth-first-search'],
  ['graph', 'topological-sort', 'union-find'],
  ['sorting', 'greedy', 'line-sweep'],
  ['dynamic-programming', 'backtracking'],
  ['monotonic-stack', 'trie', 'shortest-path'],
];

/** Tracks whose coding rounds lean on other techniques first. */
const TRACK_SETS: Partial<Record<EngineeringTrack, readonly (readonly TechniqueId[])[]>> = {
  frontend: [
    ['string', 'hash-table', 'two-pointers'],
    ['binary-tree', 'depth-first-search', 'breadth-first-search'],
    ['stack', 'queue', 'design'],
    ['sliding-window', 'binary-search', 'sorting'],
    ['graph', 'topological-sort'],
    ['dynamic-programming', 'backtracking'],
  ],
  data: [
    ['hash-table', 'sorting', 'string'],
    ['heap-priority-queue', 'two-pointers', 'sliding-window'],
    ['prefix-sum', 'line-sweep', 'binary-search'],
    ['graph', 'topological-sort', 'breadth-first-search'],
    ['dynamic-programming', 'greedy'],
  ],
  ml: [
    ['hash-table', 'sorting', 'heap-priority-queue'],
    ['matrix', 'math', 'binary-search'],
    ['two-pointers', 'sliding-window', 'prefix-sum'],
    ['binary-tree', 'graph', 'breadth-first-search'],
    ['dynamic-programming', 'greedy'],
  ],
  embedded: [
    ['bit-manipulation', 'math', 'two-pointers'],
    ['linked-list', 'queue', 'stack'],
    ['string', 'hash-table', 'sorting'],
    ['binary-search', 'heap-priority-queue'],
    ['binary-tree', 'graph', 'breadth-first-search'],
  ],
  infra: [
    ['string', 'hash-table', 'sorting'],
    ['heap-priority-queue', 'queue', 'sliding-window'],
    ['graph', 'topological-sort', 'breadth-first-search'],
    ['binary-search', 'design'],
  ],
  qa: [
    ['string', 'hash-table', 'two-pointers'],
    ['stack', 'queue', 'sorting'],
    ['binary-tree', 'breadth-first-search', 'depth-first-search'],
    ['sliding-window', 'binary-search'],
  ],
};

/** Early-career loops stop before the hardest sets; the rest of the list is there for those with time. */
const SETS_BY_LEVEL: Partial<Record<Seniority, number>> = { intern: 5, junior: 6 };

export function problemSets(
  track: EngineeringTrack | undefined,
  seniority: Seniority,
): (readonly TechniqueId[])[] {
  const sets = (track && TRACK_SETS[track]) || GENERAL_SETS;
  return sets.slice(0, SETS_BY_LEVEL[seniority] ?? sets.length);
}

/** "heap-priority-queue" → "heap (priority queue)", as a person would say it. */
export function techniqueName(id: TechniqueId): string {
  const names: Partial<Record<TechniqueId, string>> = {
    'hash-table': 'hash maps',
    'heap-priority-queue': 'heaps',
    'breadth-first-search': 'BFS',
    'depth-first-search': 'DFS',
    'binary-tree': 'binary trees',
    'dynamic-programming': 'dynamic programming',
    'line-sweep': 'intervals and sweeps',
    design: 'data-structure design',
    'union-find': 'union-find',
  };
  return names[id] ?? id.replace(/-/g, ' ');
}

/** What to practise for the rounds that are not coding, design or stories, in the order to do it. */
export const PRACTICE_TASKS: Partial<Record<RoundKind, readonly string[]>> = {
  'take-home': [
    'Build a small feature in the time the posting gives (three hours if it gives none), with tests and a README of your decisions',
    'Review your take-home the next day as the interviewer would: what you would cut, extend and test next',
  ],
  'pair-programming': [
    'Pair for an hour with a friend on a small feature in a codebase you do not know, thinking aloud',
    'Practise taking a hint: stop, restate the suggestion, and say how it changes your plan',
  ],
  debugging: [
    'Debug a failing test suite in an unfamiliar repository, saying each hypothesis before you check it',
    'Take a published incident write-up and find the cause from its logs before reading the answer',
  ],
  presentation: [
    'Outline the presentation: the audience’s problem, the context, your decisions and their trade-offs, the result',
    'Rehearse to time twice, once in front of someone who interrupts with questions',
  ],
  'people-management': [
    'Write your hiring story: the bar, the loop you ran, a hire you are proud of and one that did not work out',
    'Prepare a performance case: the gap, the conversations, the support, the outcome and the timeline',
    'Prepare a delivery story: a roadmap you set, what you said no to, and a project you brought back on track',
  ],
};

export const MOCK_TASKS: Partial<Record<RoundKind, string>> = {
  coding: 'A timed mock coding interview with a peer, or out loud against a timer',
  'people-management': 'A mock people-management interview: a peer plays the struggling report',
  presentation: 'A full run of your presentation with questions at the end',
  behavioral: 'A mock behavioural interview on your three strongest stories',
  'pair-programming': 'A mock pairing session where your partner drives half the time',
  debugging: 'A timed debugging drill on a bug someone else planted',
};

export const REVIEW_TASKS: readonly string[] = [
  'Skim your notes and your stories; no new topics',
  'Check the logistics: time zone, links, camera, a quiet room',
  'Write down three questions for your interviewers, then sleep',
];
