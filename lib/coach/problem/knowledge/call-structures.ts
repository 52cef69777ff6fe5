import { NEED_STRUCTURES, whoCalls } from '../operations';
import type { TechniqueId } from '../types';
import type { CallDemand, CallRole } from './calls';

/** The structure each demand needs, and why, in the words of the hint. */
export const DEMAND_STRUCTURES: Record<CallDemand, { techniques: TechniqueId[]; role: string }> = {
  ...NEED_STRUCTURES,
  recency: {
    techniques: ['hash-table', 'linked-list'],
    role: 'drops the entry left alone longest, so a map from each key to its node in a doubly linked list kept in order of use finds, moves and evicts in one step',
  },
  cursor: {
    techniques: ['stack'],
    role: 'moves through a history, so an array of it with an index for the current place answers by moving the index, and a new visit cuts what lies ahead by moving the end',
  },
  window: {
    techniques: ['queue'],
    role: 'only needs the latest stretch, so a queue in arrival order drops from the front what has left the stretch, with a running total or count beside it',
  },
  bounded: {
    techniques: ['binary-search'],
    role: 'asks for the nearest held value on one side of a given one, so the values kept in order (a balanced tree or sorted map) answer by halving search',
  },
  extreme: {
    techniques: ['heap-priority-queue'],
    role: 'takes the best of a pool that keeps changing, so a heap ordered by that key keeps it on top, a logarithm per add or removal',
  },
  front: {
    techniques: ['queue'],
    role: 'works at the front of a line the others join, so a queue (double-ended when the back can leave too) does it in one step',
  },
  latest: {
    techniques: ['stack'],
    role: 'works on what was added last, so a stack keeps it on top, one step per push or pop',
  },
  lineExtreme: {
    techniques: ['monotonic-stack'],
    role: 'asks for the extreme of a line that loses members only at its front, so a double-ended queue of the values that can still become the extreme, kept in order, answers at its front, each value joining and leaving it once',
  },
  pileExtreme: {
    techniques: ['stack'],
    role: 'asks for the extreme of a pile that loses members only at its top, so each entry keeps the extreme of itself and everything beneath it, and the top answers in one step',
  },
  givenRemoval: {
    // The heap still does the work; the map only holds what it must drop later.
    techniques: ['heap-priority-queue', 'hash-table'],
    role: 'removes a given value from anywhere in the pool, so a map counts the removals still pending and the heap drops each one only when it reaches the top (or an ordered multiset removes it at once)',
  },
  frequency: {
    techniques: ['hash-table'],
    role: 'asks how often counts occur, so a map from each key to its count beside a map from each count to how many keys have it answers and changes in one step',
  },
  lookup: {
    techniques: ['hash-table'],
    role: 'starts from a key, so a map from each key to its entry finds it in one step',
  },
  distinctRecent: {
    // The map does the counting; the queue only says which entry leaves the stretch next.
    techniques: ['hash-table', 'queue'],
    role: 'asks how many different keys the latest stretch holds, so a queue of the stretch in arrival order says which entry leaves next, a map counts each key inside it, and the number of keys with a count above zero is kept beside them, changed only when a count leaves or reaches zero',
  },
  count: {
    techniques: ['hash-table'],
    role: 'asks about one key, so a map from each key to its count answers and changes in one step',
  },
};

export function callStructures(roles: readonly CallRole[]): string {
  const byDemand = new Map<CallDemand, string[]>();
  for (const { call, demand } of roles) {
    const calls = byDemand.get(demand) ?? [];
    if (!calls.includes(call)) calls.push(call);
    byDemand.set(demand, calls);
  }
  return [...byDemand]
    .map(([demand, calls]) => {
      return `${whoCalls(calls)} ${DEMAND_STRUCTURES[demand].role}.`;
    })
    .join(' ');
}
