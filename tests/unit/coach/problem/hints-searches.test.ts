import { describe, expect, it } from 'vitest';
import { expectSoundLadder as expectSound, hintLadder as ladder } from '../../../support/hint-ladder';

describe('searches name their nodes and what links two of them', () => {
  it('walk between words one letter apart', () => {
    for (const statement of [
      'A chain from the word `first` to the word `last` is a list of words in which each word differs from the one before it in exactly one letter, and every word after `first` comes from the list `allowed`. Return the number of words in the shortest chain, or `0` if there is none.',
      'You may change a code word one letter at a time, and every word you pass through must appear in the list `vocab`. Return the fewest changes needed to turn the word `from` into the word `to`, or `-1` if it cannot be done.',
    ]) {
      const rungs = ladder(
        statement,
        ['1 <= first.length, from.length <= 10', '1 <= allowed.length, vocab.length <= 5000'],
        ['Breadth-First Search'],
      );
      expectSound(rungs);
      const text = rungs.join(' ');
      expect(text, statement).toMatch(/\bwords\b/);
      expect(text).not.toMatch(/\b(?:values|characters)\b/);
      expect(rungs[1], statement).toMatch(/one letter/);
    }
  });

  it('turn the states of a lock into nodes, one turn of a wheel apart', () => {
    const rungs = ladder(
      'A safe has a lock of four wheels, each showing a digit from 0 to 9. One move turns a single wheel one step up or down, and 9 turns into 0 and back. The lock starts at "0000". The list `traps` holds combinations that jam the lock if it ever shows them. Return the fewest moves to make the lock show `code`, or -1 if that is impossible.',
      ['1 <= traps.length <= 500', 'traps[i].length == 4'],
      ['Breadth-First Search'],
    );
    expectSound(rungs);
    expect(rungs.join(' ')).toMatch(/\bcombinations\b/);
    // The nodes are the lock's combinations; the traps are only the ones it may not enter.
    expect(rungs.slice(0, 2).join(' ')).not.toMatch(/\btraps\b/);
    expect(rungs[1]).toMatch(/one wheel/);
  });

  it('call the people of a friendship table people, linked when they know each other', () => {
    const rungs = ladder(
      'A school has `n` pupils. `knows[i][j] = 1` when pupil `i` and pupil `j` know each other directly, and `0` otherwise. Pupils who know each other directly or through others form a circle. Return the number of circles.',
      ['1 <= n <= 200', 'n == knows.length', 'n == knows[i].length'],
      ['Union Find'],
    );
    expectSound(rungs);
    expect(rungs.join(' ')).toMatch(/\bpupils\b/);
    expect(rungs.join(' ')).not.toMatch(/\bcells?\b/);
    expect(rungs[1]).toMatch(/know each other/);
  });

  it('link the members of a club the statement pairs up', () => {
    const rungs = ladder(
      'In a club of `n` members, some pairs of members know each other; `knows` lists these pairs, and knowing someone is mutual. Member `a` wants to pass a note to member `b`. Return the smallest number of hand-overs needed.',
      ['1 <= n <= 10^5', '0 <= knows.length <= 10^5'],
      ['Breadth-First Search'],
    );
    expectSound(rungs);
    expect(rungs[1]).toMatch(/Two members are linked when they know each other\./);
  });

  it('link the cells of a grid that share a side', () => {
    const rungs = ladder(
      'A field map `plot` of `m x n` cells marks wheat with `1` and bare earth with `0`. Wheat cells that share a side belong to the same patch. Return the number of patches.',
      ['m == plot.length', 'n == plot[i].length', '1 <= m, n <= 300'],
      ['Depth-First Search', 'Matrix'],
    );
    expectSound(rungs);
    expect(rungs[1]).toMatch(/share a side/);
  });

  it('link the towns a road joins', () => {
    const rungs = ladder(
      'A province has `n` towns and `m` roads; road `i` joins towns `u_i` and `v_i` and can be driven both ways. Return the smallest number of roads on a drive from town `1` to town `n`, or `-1` if town `n` cannot be reached.',
      ['2 <= n <= 10^5', '1 <= m <= 2 * 10^5'],
      ['Breadth-First Search', 'Graph'],
    );
    expectSound(rungs);
    expect(rungs.join(' ')).toMatch(/\btowns\b/);
    expect(rungs[1]).toMatch(/road links two towns/);
  });

  it('leave ladders that are no searches as they were', () => {
    const order = ladder(
      'A project has `n` tasks and a list `rules`, where `rules[i] = [a, b]` says task `a` must be finished before task `b` starts. Return an order in which all tasks can be finished, or an empty list if there is none.',
      ['1 <= n <= 2000', '0 <= rules.length <= 5000'],
      ['Topological Sort'],
    );
    expectSound(order);
    expect(order[1]).toMatch(/must come before/);
    expect(order[1]).not.toMatch(/\blinks?\b/);
    const anagrams = ladder(
      'Given a list of words `words`, group together the words that are anagrams of each other, that is, made of the same letters in another order.',
      ['1 <= words.length <= 10^4', '0 <= words[i].length <= 100'],
      ['Hash Table', 'String'],
    );
    expect(anagrams.join(' ')).not.toMatch(/one letter/);
  });
});
