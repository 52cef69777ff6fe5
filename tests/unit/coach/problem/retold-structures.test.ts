import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { readProblem } from '@/lib/coach/problem/reading';
import type { ProblemContext } from '@/lib/extract/context';
import { statementOn } from '../../../support/problem-context';

/**
 * Famous problems retold without their textbook words (stop 37): the reading must come from how
 * the statement is built (labels joined in pairs, an amount on each link, moves in two map
 * directions, one act at a point reaching every open span), whatever the story calls its objects.
 */
function read(context: ProblemContext) {
  const analysis = analyzeProblem(context);
  return {
    ids: analysis.patterns.slice(0, 3).map((p) => p.id),
    target: analysis.complexityTarget,
    scene: readProblem(context).scene,
  };
}
const onCodeforces = (statement: string, constraints: string[]) =>
  read(statementOn('codeforces', statement, constraints));
const onLeetCode = (statement: string, constraints: string[]) =>
  read(statementOn('leetcode', statement, constraints));

describe('links told in the story’s own nouns', () => {
  it('are an edge list when each line joins two labels of the count, even a count given as one number', () => {
    for (const statement of [
      'The first line has an integer n. Then n - 1 lines follow; each holds x and y: a footbridge between hamlets x and y. Every hamlet can be reached from every other. Print the most footbridges a stroll can cross without crossing one twice.',
      'The first line holds n. The next n lines each hold p and q, meaning a zipline joins platform p and platform q. Print how many platforms can be reached from platform 1.',
      'You get an integer n. The following n - 1 lines give u and v: a corridor leads from chamber u to chamber v. Print the deepest chamber below chamber 1.',
    ]) {
      const { scene, target } = onCodeforces(statement, [
        '2 <= n <= 2 * 10^5',
        /\bx and y\b/.test(statement)
          ? '1 <= x, y <= n'
          : /\bp and q\b/.test(statement)
            ? '1 <= p, q <= n'
            : '1 <= u, v <= n',
      ]);
      expect(scene.shape, statement).toBe('graph');
      expect(target, statement).not.toBe('O(1)');
    }
  });

  it('are no edge list where two labels are asked about once', () => {
    const { scene } = onCodeforces(
      'There are n stones in a row; stone i has height h_i. Given a and b, print how many stones between stone a and stone b are taller than both.',
      ['2 <= n <= 2 * 10^5', '1 <= a, b <= n', '1 <= h_i <= 10^9'],
    );
    expect(scene.shape).not.toBe('graph');
  });

  it('carry weights when the sentence that joins two labels names an amount of its own', () => {
    for (const statement of [
      'There are N ports and M ferries. The i-th ferry sails from port P_i to port Q_i in D_i hours. Print the fewest hours from port 1 to port N.',
      'There are N depots and M lanes. Lane i takes a courier between depot A_i and depot B_i for C_i coins. Print the cheapest cost from depot 1 to every depot.',
    ]) {
      const names = /P_i/.test(statement) ? ['P_i', 'Q_i', 'D_i'] : ['A_i', 'B_i', 'C_i'];
      const { scene, ids } = onCodeforces(statement, [
        '2 <= N <= 10^5',
        '1 <= M <= 2 * 10^5',
        `1 <= ${names[0]}, ${names[1]} <= N`,
        `1 <= ${names[2]} <= 10^9`,
      ]);
      expect(scene.weighted, statement).toBe(true);
      expect(ids[0], statement).toBe('shortest-path');
    }
  });

  it('carry no weight when the third number is a kind of note, 0 or 1', () => {
    const { scene } = onCodeforces(
      'There are N jars and M notes. Note i names jars X_i and Y_i and a flag Z_i: 0 if the jars hold the same jam, 1 if not. Can every note be right?',
      ['1 <= N <= 10^5', '1 <= M <= 10^5', '1 <= X_i, Y_i <= N', '0 <= Z_i <= 1'],
    );
    expect(scene.weighted).toBe(false);
  });

  it('read the time until every place is reached as shortest distances from the source', () => {
    const { ids, target } = onCodeforces(
      'N beacons stand on the hills and M one-way sight lines join them: the i-th lets a fire at beacon U_i be seen at beacon V_i after T_i minutes, and a beacon is lit as soon as it sees fire. Beacon 1 is lit at minute 0. After how many minutes have all beacons been lit? Print -1 if some never is.',
      ['1 <= N <= 10^5', '1 <= M <= 2 * 10^5', '1 <= U_i, V_i <= N', '1 <= T_i <= 10^4'],
    );
    expect(ids[0]).toBe('shortest-path');
    expect(target).toBe('O((V + E) log V)');
  });

  it('make a network with exactly one ring a disjoint-set question, and water between wells no two walls', () => {
    const { ids } = onCodeforces(
      'A farm has n troughs joined by n hoses, so that water can flow between any two troughs and exactly one loop of hoses exists. The next n lines each hold a and b: a hose between troughs a and b. Print a hose whose removal leaves water flowing everywhere but no loop, the last such hose in the input.',
      ['3 <= n <= 2 * 10^5', '1 <= a, b <= n'],
    );
    expect(ids[0]).toBe('union-find');
    expect(ids).not.toContain('two-pointers');
  });

  it('group items said alike and check those said apart, whatever says that every note holds', () => {
    const { ids } = onCodeforces(
      'N stamps are in an album and a collector wrote M remarks. A remark X_i Y_i 0 says stamps X_i and Y_i are of the same issue, a remark X_i Y_i 1 says they are not the same issue. Decide whether each remark can be true at once.',
      ['1 <= N, M <= 2 * 10^5', '1 <= X_i, Y_i <= N'],
    );
    expect(ids[0]).toBe('union-find');
  });
});

describe('moves in two directions of a map', () => {
  it('only east and south (or west and north) fill a table cell by cell', () => {
    for (const statement of [
      'A hiker crosses an n x m grid of fields from the north-west corner to the south-east one, walking only east or south. Field (i, j) has a toll t[i][j]. Return the least total toll.',
      'A barge drifts over an n x m grid of squares; from a square it may only drift south or east. Count the routes from the top-left square to the bottom-right square.',
    ]) {
      const { ids } = onLeetCode(statement, ['1 <= n, m <= 200', '0 <= t[i][j] <= 100']);
      expect(ids[0], statement).toBe('dynamic-programming');
    }
  });

  it('north, south, east or west come back to a cell, so no table in row order', () => {
    const { ids } = onLeetCode(
      'A hiker crosses an n x m grid of fields, walking north, south, east or west to a neighbouring field. Return the fewest steps from the top-left field to the bottom-right field.',
      ['1 <= n, m <= 200'],
    );
    expect(ids[0]).not.toBe('dynamic-programming');
  });
});

describe('shapes told without their names', () => {
  it('one act at a point that reaches every open span is a greedy choice of points by span end', () => {
    for (const statement of [
      'There are n lanterns; lantern i burns from hour s[i] to hour e[i]. A photographer takes a picture at hour h and catches every lantern burning at h. Return the fewest pictures that catch every lantern.',
      'Sensors are switched on from second a[i] to second b[i]. A ping sent at second x is heard by every sensor active at x. Find the minimum number of pings so that every sensor hears one.',
    ]) {
      const { ids } = onLeetCode(statement, ['1 <= n <= 10^5', '0 <= s[i] <= e[i] <= 10^9']);
      expect(ids[0], statement).toBe('greedy');
      expect(ids, statement).toContain('sorting');
    }
  });

  it('k digits struck from a number for the smallest or largest that stays is a rising stack', () => {
    for (const statement of [
      'A meter shows a number of n digits. A clerk rubs out exactly k of the digits; the rest keep their order. Print the largest number that can remain.',
      'You are given a string of n digits. Delete k of its digits so that what is left, read as a number, is the smallest possible value.',
    ]) {
      const { ids } = onCodeforces(statement, ['1 <= k <= n <= 2 * 10^5']);
      expect(ids[0], statement).toBe('monotonic-stack');
    }
  });

  it('a line built from the fronts of two sequences is a table over both', () => {
    const { ids } = onCodeforces(
      'Two decks of letter cards lie face up, s and t. A dealer builds a row by taking, each time, the top card of either of the two decks until both are empty. Could the row read w?',
      ['1 <= |s|, |t| <= 1000'],
    );
    expect(ids[0]).toBe('dynamic-programming');
  });

  it('values that come in pairs but one are cancelled by exclusive-or', () => {
    const { ids } = onCodeforces(
      'Socks come in pairs and both socks of a pair carry the same code. The drawer holds n socks: every pair is complete except one, whose other sock is missing. Print the code of the lone sock.',
      ['1 <= n <= 10^6', '1 <= a_i <= 10^9'],
    );
    expect(ids[0]).toBe('bit-manipulation');
  });

  it('three different items whose values add up to a number fix one and close in on two', () => {
    const { ids, target } = onLeetCode(
      'A chemist has n flasks with charges c[i]. Return every set of three distinct flasks whose charges sum to 0, each set once.',
      ['3 <= c.length <= 3000', '-10^5 <= c[i] <= 10^5'],
    );
    expect(ids[0]).toBe('two-pointers');
    expect(target).toBe('O(n^2)');
  });

  it('a pass that covers any cost beside a budget paid by amount keeps the largest costs in a heap', () => {
    const { ids } = onLeetCode(
      'A cyclist rides past n hills of heights h[i]. Going down is free; each climb needs either one tow, however high, or as many energy bars as the climb is tall. With t tows and b bars, return the farthest hill she can reach.',
      ['1 <= n <= 10^5', '0 <= t <= n', '0 <= b <= 10^9'],
    );
    expect(ids[0]).toBe('heap-priority-queue');
  });
});

describe('a row whose order is fixed', () => {
  it('is ordered when the story says its items may not be reordered', () => {
    for (const statement of [
      'A shelf holds n jars; the jars may not be reordered. Return the largest total of a group of jars.',
      'The n wagons of a train cannot be rearranged. Find the heaviest run of wagons.',
    ]) {
      const { scene } = onLeetCode(statement, ['1 <= n <= 10^5', '-10^4 <= w[i] <= 10^4']);
      expect(scene.ordered, statement).toBe(true);
    }
  });

  it('never taking two items side by side is a recurrence over positions, not a pair found by its sum', () => {
    for (const statement of [
      'A shelf holds n jars, jar i weighing w[i] grams. Return the largest total weight a cook can carry if she never takes two jars that stand side by side.',
      'Lanterns hang along a bridge, lantern i worth w[i] coins. A thief may not take two lanterns hanging next to one another. Return the most coins she can take.',
    ]) {
      const { ids } = onLeetCode(statement, ['1 <= n <= 10^5', '0 <= w[i] <= 10^4']);
      expect(ids[0], statement).toBe('dynamic-programming');
      expect(ids, statement).not.toContain('two-pointers');
    }
  });

  it('two items whose total is exact are still a pair found by its sum', () => {
    const { ids } = onLeetCode(
      'A shelf holds n jars, jar i weighing w[i] grams. Return the indices of two different jars whose weights total exactly k grams.',
      ['2 <= n <= 10^5', '0 <= w[i] <= 10^9', '0 <= k <= 10^9'],
    );
    expect(ids[0]).not.toBe('dynamic-programming');
  });
});

describe('labels joined in pairs, whatever the nouns', () => {
  const WORD = fc
    .stringMatching(/^[a-z]{4,9}$/)
    .filter(
      (word) => !/^(?:from|into|between|joins?|links?|each|then|next|lines?|with|that|them|what)$/.test(word),
    );
  it('make the count an edge list for any name of the items and of the links', () => {
    fc.assert(
      fc.property(WORD, WORD, (items, link) => {
        const statement = `The first line holds n. The next n - 1 lines each hold x and y: a ${link} between ${items} x and ${items} y. Print the most ${link}s on a walk that repeats none.`;
        const { scene } = read(statementOn('codeforces', statement, ['2 <= n <= 10^5', '1 <= x, y <= n']));
        expect(scene.shape).toBe('graph');
      }),
      { numRuns: 40 },
    );
  });
});

describe('a time on each link written as a bare letter', () => {
  const sizes = ['1 <= n <= 10^5', '1 <= m <= 2 * 10^5', '1 <= a, b <= n', '1 <= c <= 10^9'];

  it('weighs the links where the question asks how long', () => {
    const bells = onCodeforces(
      'A valley has n villages and m one-way trails. Each of the next m lines has a, b and c: a trail leads from village a to village b and takes c minutes. When the bell of village 1 rings, runners leave along every trail. After how many minutes has every village heard its bell?',
      sizes,
    );
    expect(bells.scene.weighted).toBe(true);
    expect(bells.ids[0]).toBe('shortest-path');
    expect(bells.target).toBe('O((V + E) log V)');
  });

  it('leaves a bare letter beside a cost of joining everything as it was', () => {
    const canals = onCodeforces(
      'There are n towns and m possible canals. Each of the next m lines has a, b and c: a canal between town a and town b costs c coins. Find the minimum total cost to connect all towns.',
      sizes,
    );
    expect(canals.scene.weighted).toBe(false);
  });
});

describe('totals carried from step to step, told in the story', () => {
  it('are running totals, one pass, even where the bounds are small', () => {
    for (const statement of [
      'Two teams race a relay of n rounds; in round i team 1 scores s_i points and team 2 scores t_i points. After each round the points so far are added up, and the team ahead leads by the difference. Print the largest lead any team held after a round.',
      'A shop writes down its takings for each of n days. The totals after each day are posted on a board. Print how many of the posted totals are even.',
    ]) {
      const reading = onCodeforces(statement, ['1 <= n <= 10^4', '1 <= s_i, t_i, k <= 1000']);
      expect(reading.ids[0], statement).toBe('prefix-sum');
      expect(reading.target, statement).toBe('O(n)');
    }
  });

  it('leave links added one by one, with a count asked after each, to their own reading', () => {
    const links = onCodeforces(
      'There are n islands and m bridges built one by one; bridge i joins islands a_i and b_i. After each bridge, print how many groups of islands are joined so far in total.',
      ['1 <= n, m <= 10^5', '1 <= a_i, b_i <= n'],
    );
    expect(links.ids[0]).not.toBe('prefix-sum');
  });
});

describe('items round a circle that leave one at a time', () => {
  const sizes = ['1 <= n <= 2 * 10^5'];
  it('are a queue when the order of leaving is asked, with a ladder in the page’s own items', () => {
    for (const statement of [
      'n guests, numbered 1, 2, ..., n, sit around a round table. Counting on from guest 1, every second guest still seated stands up and is out, until nobody is left. Print the order in which the guests leave.\n\nInput\nThe only input line has an integer n.\n\nOutput\nPrint n integers: the order in which the guests leave.',
      'There are n children, numbered 1, 2, ..., n, standing in a circle. The parcel passes to the next child still in the circle, who leaves with a prize; the game goes on until every child has left. Output the order in which the children leave.\n\nInput\nOne integer n.\n\nOutput\nPrint n integers, the children in the order they leave.',
    ]) {
      const analysis = analyzeProblem(statementOn('codeforces', statement, sizes));
      expect(analysis.patterns[0]?.id, statement).toBe('queue');
      const [first, second] = analysis.hints.map((hint) => hint.text);
      expect(first).not.toMatch(/\bqueue\b/);
      expect(first).not.toMatch(/slowest correct answer/);
      expect(second).toMatch(/\bqueue\b/);
      expect(second).toMatch(/guests|children/);
    }
  });

  it('are no queue when nobody leaves: a lap round a circle of stations (near miss)', () => {
    const laps = analyzeProblem(
      statementOn(
        'codeforces',
        'n stations stand in a circle. Station i gives g_i litres and the road to the next takes c_i litres. Print the order in which you should visit the stations, starting from the first station from which the whole lap can be driven.',
        [...sizes, '0 <= g_i, c_i <= 10^4'],
      ),
    );
    expect(laps.patterns[0]?.id).not.toBe('queue');
  });
});

describe('a search tree asked where one value falls', () => {
  const nodes = ['1 <= number of nodes <= 10^5', '1 <= node.val, x <= 10^9'];
  it('walks one path from the root: log n high when balanced, n on one long path', () => {
    const closest =
      'A library keeps call numbers in a binary search tree. Given the root and a number x, return the call number closest to x; on a tie return the smaller.';
    const plain = onLeetCode(closest, nodes);
    expect(plain.ids[0]).toBe('binary-tree');
    expect(plain.ids).toContain('binary-search');
    expect(plain.target).toBe('O(n)');
    const balanced = onLeetCode(`${closest} The tree is height-balanced.`, nodes);
    expect(balanced.target).toBe('O(log n)');
    const analysis = analyzeProblem(
      statementOn('leetcode', `${closest} The tree is height-balanced.`, nodes),
    );
    expect(analysis.edgeCases).not.toContain('A tree that is one long path (every node has one child)');
    expect(analysis.hints[0]?.text).not.toMatch(/binary search|\bwalk\b/i);
    expect(analysis.hints[1]?.text).toMatch(/one path from the root/);
    const floor = onLeetCode(
      'Departure minutes are stored in a binary search tree: every node’s left subtree holds only earlier minutes and its right subtree only later ones. Given the root and a minute x, return the latest departure that is not after x, or -1.',
      nodes,
    );
    expect(floor.ids[0]).toBe('binary-tree');
  });

  it('visits every node when the question is about the whole tree (near miss)', () => {
    const ranged = onLeetCode(
      'Given the root of a binary search tree and two integers low and high, return the sum of the values of all nodes whose value lies in [low, high].',
      ['1 <= number of nodes <= 2 * 10^4', '1 <= node.val, low, high <= 10^5'],
    );
    expect(ranged.target).toBe('O(n)');
    expect(ranged.scene.body).toMatch(/binary search tree/);
    const chain = analyzeProblem(
      statementOn(
        'leetcode',
        'Given the root of a binary tree, return the number of nodes on the longest downward chain whose neighbouring values differ in parity. The chain may start at any node.',
        ['1 <= number of nodes <= 10^5'],
      ),
    );
    expect(chain.edgeCases).toContain('The answer runs through a node other than the root');
  });
});
