import type { TechniqueId } from '@/lib/coach/problem/types';
import type { Seniority } from '../seniority';
import type { EngineeringTrack } from '../track';
import type { RoundKind } from '../tracks';
import type { PlanPhase } from '../types';

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

/** How a person names a technique in a sentence: "heap-priority-queue" → "heaps". */
const TECHNIQUE_NAMES: Partial<Record<TechniqueId, string>> = {
  'hash-table': 'hash maps',
  'two-pointers': 'two pointers',
  'sliding-window': 'sliding windows',
  'prefix-sum': 'prefix sums',
  stack: 'stacks',
  'monotonic-stack': 'monotonic stacks',
  queue: 'queues',
  'heap-priority-queue': 'heaps',
  'breadth-first-search': 'BFS',
  'depth-first-search': 'DFS',
  'binary-tree': 'binary trees',
  'linked-list': 'linked lists',
  graph: 'graphs',
  'shortest-path': 'shortest paths',
  trie: 'tries',
  string: 'strings',
  matrix: 'matrices',
  'line-sweep': 'intervals and sweeps',
  design: 'data-structure design',
};

export function techniqueName(id: TechniqueId): string {
  return TECHNIQUE_NAMES[id] ?? id.replace(/-/g, ' ');
}

/** SQL drills: the coding round of data roles, beside or instead of the problem sets. */
export const SQL_TASKS: readonly string[] = [
  'Ten SQL questions on joins, grouping and filtering, timed, on a small schema you write yourself',
  'Window functions: running totals, ranks within groups, the previous row, gaps and islands',
  'Product questions in SQL: a signup funnel, weekly retention cohorts, de-duplicated events',
  'Python with pandas: merges, group-bys and pivots on a messy CSV, then the same answer in SQL',
];

/** What to practise for the rounds that are not coding, design or stories, in the order to do it. */
export const PRACTICE_TASKS: Partial<Record<RoundKind, readonly string[]>> = {
  'take-home': [
    'Read a brief twice and write down your assumptions and what you will leave out before you start the clock',
    'Build a small feature in the time the posting gives (three hours if it gives none), with tests and a README of your decisions',
    'Review your take-home the next day as the interviewer would: what you would cut, extend and test next',
    'Extend your take-home live for 30 minutes, as the review will ask you to, explaining each change',
  ],
  'pair-programming': [
    'Pair for an hour with a friend on a small feature in a codebase you do not know, thinking aloud',
    'Practise taking a hint: stop, restate the suggestion, and say how it changes your plan',
    'Pair on a bug fix where your partner drives and you navigate; say what you would check next',
    'Write the test first while pairing, and agree the next small step before each change',
  ],
  debugging: [
    'Debug a failing test suite in an unfamiliar repository, saying each hypothesis before you check it',
    'Take a published incident write-up and find the cause from its logs before reading the answer',
    'Practise with your language’s debugger: breakpoints, stepping, watching a value change',
    'Plant a bug in a small project of yours for a friend to find, then swap',
  ],
  presentation: [
    'Outline the presentation: the audience’s problem, the context, your decisions and their trade-offs, the result',
    'Fit the slides or notes to the time, with a quarter of it left for questions',
    'Rehearse to time twice, once in front of someone who interrupts with questions',
    'List the five hardest questions they could ask and answer each in under a minute',
  ],
  'people-management': [
    'Write your hiring story: the bar, the loop you ran, a hire you are proud of and one that did not work out',
    'Prepare a performance case: the gap, the conversations, the support, the outcome and the timeline',
    'Prepare a delivery story: a roadmap you set, what you said no to, and a project you brought back on track',
    'Sketch your first 90 days: who you meet, what you measure, and what you change last',
  ],
  'api-design': [
    'Design the API of one resource from a case you practised: names, status codes, an error shape, pagination',
    'Add idempotency keys, rate limits and versioning to it, and say how an old client keeps working',
    'Read a public API you use (payments, messaging, storage) and note one decision you would copy and one you would not',
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

/** For a week a round has run out of new tasks: keep it warm rather than drop it. */
export const REFRESH_TASKS: Partial<Record<PlanPhase, string>> = {
  coding: 'Redo three problems from earlier weeks against the clock, without notes',
  'system-design':
    'Redo an earlier design case in 35 minutes, then answer one of its follow-up questions aloud',
  behavioral: 'Tell two of your stories to a friend and cut each to two minutes',
  'people-management':
    'Retell your hiring and performance stories to a peer and ask where they lost the thread',
  domain: 'Explain one topic from an earlier week aloud, without notes, as if to a new colleague',
};
export const DEFAULT_REFRESH = 'Repeat an earlier drill with a new partner or a new problem';

/** On the day, a warm-up for each kind of round the loop has. */
export const WARM_UPS: Partial<Record<RoundKind, string>> = {
  coding: 'Warm up with one easy problem an hour before; in the round, clarify before you type',
  'system-design': 'In design rounds, start with the requirements and the numbers before any box',
  presentation: 'Run your presentation once, to time, in the morning',
  'people-management': 'Re-read your hiring, performance and delivery stories',
  'pair-programming':
    'Open your editor and run a tiny project once, so the setup is not the first thing you fight',
  debugging: 'Skim your debugging checklist: reproduce, narrow, hypothesise, verify',
};
