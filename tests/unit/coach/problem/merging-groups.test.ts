import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { MERGES_TWO_GROUPS, MERGING_GROUP_TRIGGERS } from '@/lib/coach/problem/knowledge/merging-groups';
import type { Scene } from '@/lib/coach/problem/knowledge/trigger';
import { problemContext } from '../../../support/problem-context';

/**
 * Items that start apart and events that merge the group of one named item with the group of
 * another, with questions about the groups between the events: a disjoint-set union. Groups that
 * lose members, sorted lists merged into one, and a fixed list grouped once are something else.
 */
const analyse = (statement: string, constraints: string[]) =>
  analyzeProblem(problemContext({ statement, constraints }));
const top = (statement: string, constraints: string[]) => analyse(statement, constraints).patterns[0]?.id;

const EVENT_SIZES = ['1 <= n, q <= 2 * 10^5', '1 <= a, b <= n'];

describe('events that merge the groups of two items', () => {
  it('reads the merge whichever way the event is told', () => {
    for (const event of [
      'the guild of player a and the guild of player b merge into one guild',
      'unites the alliance of a and the alliance of b into one alliance',
      'the lab to which researcher a belongs is joined with the lab to which researcher b belongs',
      'the coalition u is in and the coalition v is in now form a single coalition',
      'the drop that contains droplet i runs into the drop that contains droplet j, and the two merge into one drop',
      'merge the groups containing a and b',
    ]) {
      expect(MERGES_TWO_GROUPS.test(event), event).toBe(true);
    }
  });

  it('leaves alone a member who moves, sorted lists merged, and sums of two items', () => {
    for (const text of [
      'player p leaves their guild and joins guild h',
      'merge the two leaderboards into one list of all n + m scores',
      'the sum of a and the sum of b is one number',
    ]) {
      expect(MERGES_TWO_GROUPS.test(text), text).toBe(false);
    }
  });
});

describe('what the coach leads with', () => {
  it('leads with union-find when groups only merge and questions ask about an item’s group', () => {
    expect(
      top(
        'There are n players, each at first a guild of their own. Then q events happen. An event "1 a b" means that the guild of player a and the guild of player b merge into one guild. An event "2 a" asks how many players are in the guild of player a.',
        EVENT_SIZES,
      ),
    ).toBe('union-find');
    expect(
      top(
        'A class has n students, each studying by themselves at the start of term. The teacher logs q entries. The entry "U a b" means the pod containing a and the pod containing b are combined into one pod. The entry "Q a b" asks whether a and b are in the same pod.',
        EVENT_SIZES,
      ),
    ).toBe('union-find');
  });

  it('does not lead with union-find for members that move between named groups', () => {
    expect(
      top(
        'A game server has n players and k guilds. Player i starts in guild g_i. The event "move p h" means player p leaves their guild and joins guild h. The event "count h" asks how many players are in guild h at that moment.',
        ['1 <= n, k, q <= 2 * 10^5', '1 <= g_i, h <= k'],
      ),
    ).not.toBe('union-find');
  });

  it('does not lead with union-find for two sorted lists merged into one', () => {
    expect(
      top(
        'Two contests each published a leaderboard of scores in non-decreasing order, n scores and m scores. Merge the two leaderboards into one list of all n + m scores in non-decreasing order.',
        ['1 <= n, m <= 10^6', '0 <= a_i, b_i <= 10^9'],
      ),
    ).not.toBe('union-find');
  });

  it('does not lead with union-find for a fixed list grouped once', () => {
    expect(
      top(
        'There are N students. Student i is a member of club C_i. Find the number of members of the largest club.',
        ['1 <= N <= 2 * 10^5', '1 <= C_i <= 10^9'],
      ),
    ).not.toBe('union-find');
  });
});

describe('the question a merge of groups must come with', () => {
  const [trigger] = MERGING_GROUP_TRIGGERS;
  const fires = (body: string) => trigger?.when?.({ body, grid: false } as Scene) ?? true;

  it('asks about the groups: how many, the size or total of one, whether two items share one', () => {
    for (const body of [
      'the guild of player a and the guild of player b merge into one. print the number of guilds after each event.',
      'a treaty unites the alliance of a and the alliance of b. answer whether x and y are allies at that moment.',
      'the club of u merges with the club of v. print the size of the club of w.',
      'the tribe of a is merged with the tribe of b. for each question, decide if x and y belong to the same tribe.',
    ])
      expect(fires(body), body).toBe(true);
  });

  it('is not a word like "if", "same" or "total" that asks nothing of a group (near misses)', () => {
    for (const body of [
      'the team of a and the team of b play a match. if two players have the same score, print the total of their scores.',
      'the list of a merges with the list of b in sorted order. print the total if it is even.',
    ])
      expect(fires(body), body).toBe(false);
  });
});

describe('two items joined at a time at the cost of their sum', () => {
  const SIZES = ['1 <= n <= 10^5', '1 <= arr[i] <= 10^4'];

  it('joins the two smallest each time, from a min-heap', () => {
    const statement =
      'A baker must knead n balls of dough with weights arr[] into one ball. She kneads two balls together at a time, and kneading balls of x and y grams takes x + y seconds and gives one ball of x + y grams. Return the least total number of seconds.';
    const analysis = analyse(statement, SIZES);
    expect(analysis.patterns[0]?.id).toBe('heap-priority-queue');
    expect(analysis.patterns.slice(0, 3).map((p) => p.id)).toContain('greedy');
  });

  it('leaves joins of neighbours only to a table over ranges', () => {
    const statement =
      'n slimes stand in a row with sizes arr[]. Two adjacent slimes can be joined at a time; joining slimes of sizes x and y costs x + y and gives one slime of size x + y. Return the least total cost to end with one slime.';
    const reasons = analyse(statement, ['2 <= n <= 400', '1 <= arr[i] <= 10^9'])
      .patterns.map((p) => p.reason)
      .join(' ');
    expect(reasons).not.toMatch(/two smallest first/);
  });
});
