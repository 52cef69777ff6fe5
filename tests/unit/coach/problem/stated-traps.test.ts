import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { edgeCases } from '@/lib/coach/problem/edge-cases';
import { readProblem } from '@/lib/coach/problem/reading';
import { EMPTY_TRAP, statedTraps, TIE_TRAP } from '@/lib/coach/problem/stated-traps';
import type { TechniqueId } from '@/lib/coach/problem/types';
import { problemContext } from '../../../support/problem-context';

/** The checklist a page gets when the named method leads. */
function checklist(statement: string, constraints: string[], techniques: TechniqueId[]): string[] {
  const { kinds, facts, body, guarantees } = readProblem(problemContext({ statement, constraints }));
  return edgeCases({ kinds, facts, body, guarantees, techniques, sure: true });
}

const NO_ANSWER = 'No valid answer exists (return what the statement asks for then)';
/** The traps of a body read as the reading gives it, lower-cased. */
const stated = (body: string) => statedTraps(body.toLowerCase()).map((trap) => trap.text);

describe('traps the statement states', () => {
  it('reads -1 as the answer when nothing valid exists, however the output puts it', () => {
    for (const body of [
      'return the number of hours until no healthy seedling is left, or -1 if some seedling will never be reached.',
      'print the number shown on the screen, or -1 while fewer than k divers have jumped.',
      'each cell from which no pad can be reached holds -1.',
      'pop the front of the line and returns -1 if nobody is waiting.',
    ])
      expect(stated(body)).toContain(NO_ANSWER);
    // A -1 in a formula, a count or the input's own cells is no answer.
    for (const body of [
      'print the pairs with a_1 + ... + a_{i-1} = a_i + ... + a_j.',
      'the next line has n-1 integers: the bosses of employees 2 to n.',
      'if board holds a value other than -1 at next, you climb the ladder.',
    ])
      expect(stated(body)).not.toContain(NO_ANSWER);
  });

  it('names a tie rule the statement sets, and none where any answer is accepted', () => {
    const rule =
      'Return an edge that can be removed so that the graph is a tree. If several edges would do, return the one that appears last in edges.';
    const any = 'Find a cycle of debts. If there are several cycles, print any of them.';
    expect(stated(rule)).toContain(TIE_TRAP.text);
    expect(stated('Return the cheapest stall, the smaller id among stalls with the same price.')).toContain(
      TIE_TRAP.text,
    );
    expect(stated(any)).not.toContain(TIE_TRAP.text);
  });

  it('names the empty choice where the statement allows one', () => {
    expect(
      stated(
        'How many ways are there to choose some of the crates (possibly none) so that the total is in range?',
      ),
    ).toContain(EMPTY_TRAP.text);
    expect(
      stated('How many ways are there to choose at least one crate so that the total is in range?'),
    ).not.toContain(EMPTY_TRAP.text);
  });

  it('never reads a tie rule into an answer where any of several is accepted', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('several', 'multiple', 'more than one'),
        fc.constantFrom('answers', 'cycles', 'placements', 'orders'),
        fc.constantFrom('print', 'return', 'output'),
        (many, noun, verb) =>
          !stated(`If there are ${many} ${noun}, ${verb} any of them.`).includes(TIE_TRAP.text),
      ),
    );
  });

  it('lets a stated tie rule answer the generic doubt whether ties matter', () => {
    const heap = checklist(
      'Stalls open and close. After each event return the id of the cheapest open stall, the smaller id among stalls with the same price.',
      ['1 <= events.length <= 10^5', '1 <= price[i] <= 10^9'],
      ['heap-priority-queue'],
    );
    expect(heap).toContain(TIE_TRAP.text);
    expect(heap.join('\n')).not.toMatch(/^Ties between equal keys/m);
  });

  it('never reads a subscript or a count written with -1 as a missing answer', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('a', 'x', 'h', 'k', 'n', 'len'),
        fc.constantFrom('i', 'j', 'n', 'k'),
        fc.constantFrom('integers', 'edges', '] of the list', '}'),
        (name, index, after) => {
          const body = `the input lists ${name}_{${index}-1} and ${index}-1 ${after} before ${name}[${index}-1].`;
          return !stated(body).includes(NO_ANSWER);
        },
      ),
    );
  });

  it('reads -1 with its condition whatever the condition says', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('or ', 'print ', 'return ', 'output '),
        fc.constantFrom('if', 'when', 'while', 'otherwise'),
        fc.stringMatching(/^[a-z ]{0,30}$/),
        (lead, word, rest) => stated(`print the answer, ${lead}-1 ${word} ${rest}.`).includes(NO_ANSWER),
      ),
    );
  });
});

describe('canned lines fit the input', () => {
  const EQUAL = 'All values equal';
  it('lists no equal values where the records only pair people, and keeps them for listed values', () => {
    const friends = checklist(
      'There are N people. You are given M facts: the i-th says that Person A_i and Person B_i are friends. Split the people into the fewest groups so that nobody has a friend in his own group.',
      ['2 <= N <= 2 * 10^5', '0 <= M <= 2 * 10^5', '1 <= A_i, B_i <= N', 'A_i != B_i'],
      ['union-find'],
    );
    const queries = checklist(
      'You are given n integers a_1 to a_n and q questions l_i r_i. For each question print the largest of a_l to a_r.',
      ['1 <= n, q <= 2 * 10^5', '1 <= a_i <= 10^9', '1 <= l_i <= r_i <= n'],
      ['segment-tree'],
    );
    expect(friends).not.toContain(EQUAL);
    expect(queries).toContain(EQUAL);
  });

  it('keeps the ends of an allowed value for a lone number, not for a page that counts items', () => {
    const ENDS = 'The smallest and the largest allowed value';
    const lone = checklist(
      'Given an integer n, print the fewest moves that bring n to 1, where a move subtracts one of its digits.',
      ['1 <= n <= 10^6'],
      ['dynamic-programming'],
    );
    // A formula's own lines give both ends a reason (extremes-said-once.test.ts).
    const formula = checklist(
      'Given an integer n, print the number of trailing zeros of n factorial.',
      ['1 <= n <= 10^18'],
      ['math'],
    );
    const rounds = checklist(
      'Two teams play N rounds; in round i team 1 scores S_i points and team 2 scores T_i points. Print the largest lead either team held after a round.',
      ['1 <= N <= 10^4', '1 <= S_i, T_i <= 1000'],
      ['prefix-sum'],
    );
    expect(lone).toContain(ENDS);
    expect(formula).not.toContain(ENDS);
    expect(rounds).not.toContain(ENDS);
  });

  it('warns of 32-bit path lengths where weights up to 10^9 add up along a shortest path', () => {
    const ferry = (weight: string) =>
      checklist(
        'There are n harbours and m ferry lines. Each line has three integers a, b and c: a ferry sails from harbour a to harbour b in c minutes. Print the fewest minutes from harbour 1 to every harbour.',
        ['1 <= n <= 10^5', '1 <= m <= 2 * 10^5', '1 <= a,b <= n', weight],
        ['shortest-path'],
      );
    expect(ferry('1 <= c <= 10^9')).toContain('Sums past 2^31 (values up to 10^9): use 64-bit integers');
    expect(ferry('1 <= c <= 10^3').join('\n')).not.toMatch(/past 2\^31/);
  });

  it('keeps slow and fast pointers to lists that look for a middle, a cycle or a place from the end', () => {
    const MEET = 'Exactly two nodes, where slow and fast pointers meet early';
    const list = (task: string) =>
      checklist(
        `You are given the head of a singly linked list and an integer k. ${task} Return the head.`,
        ['1 <= k <= number of nodes <= 10^5'],
        ['linked-list'],
      );
    expect(list('Reverse every full batch of k nodes; a last shorter batch stays as it is.')).not.toContain(
      MEET,
    );
    expect(list('Swap the k-th node from the start with the k-th node from the end.')).toContain(MEET);
  });

  it('lists the value 0 of every n-bit output only where the input does not list the 2^n values', () => {
    const ZERO = 'The value 0 (no set bit), which the output includes whatever n is';
    const bits = ['bit-manipulation'] as TechniqueId[];
    const gray = checklist(
      'Given n, return a sequence of all 2^n codes of n bits in which neighbours differ in one bit.',
      ['1 <= n <= 16'],
      bits,
    );
    const given = checklist(
      'The second line contains 2^n integers a_1, a_2, ..., a_{2^n}. Merge neighbours by OR, then by XOR, until one value remains.',
      ['1 <= n <= 17', '0 <= a_i < 2^30'],
      bits,
    );
    expect(gray).toContain(ZERO);
    expect(given).not.toContain(ZERO);
  });

  it('drops equal items giving the same answer twice where the statement counts them apart', () => {
    const TWICE = 'Equal items in the input that produce the same answer twice';
    const crates = (rule: string) =>
      checklist(
        `There are N crates; crate i weighs W_i. Count the ways to choose crates whose total weight is exactly X.${rule}`,
        ['1 <= N <= 20', '1 <= W_i <= 10^9'],
        ['backtracking'],
      );
    expect(
      crates(
        ' Two ways differ when some crate is chosen in one and not the other, even if the crates weigh the same.',
      ),
    ).not.toContain(TWICE);
    expect(crates('')).toContain(TWICE);
  });

  it('keeps equal items giving the same answer twice to questions that list or count selections', () => {
    const TWICE = 'Equal items in the input that produce the same answer twice';
    const boxes = (question: string) =>
      checklist(
        `There are N boxes; box i weighs W_i. ${question}`,
        ['1 <= N <= 20', '1 <= W_i <= 10^9'],
        ['backtracking'],
      );
    expect(boxes('Return all the different selections of boxes whose total weight is exactly X.')).toContain(
      TWICE,
    );
    expect(boxes('Find the largest total weight of boxes that stays at most X.')).not.toContain(TWICE);
    expect(boxes('Decide whether some boxes weigh exactly X together. Print Yes or No.')).not.toContain(
      TWICE,
    );
    expect(
      boxes('Count the ways to choose boxes weighing exactly X. Equal boxes count as different boxes.'),
    ).not.toContain(TWICE);
  });

  it('asks what is left open or closed too early only where things are opened and closed', () => {
    const OPEN = 'Items still open when the input ends';
    const brackets = checklist(
      'You are given a string s of the characters ( and ). Find the length of its longest piece in which every opening bracket is closed.',
      ['1 <= s.length <= 10^5'],
      ['stack'],
    );
    const plates = checklist(
      'Clean plates go on one pile in the order given by washed; a waiter may take the plate on top at any moment. Decide whether the plates can leave in the order given by served.',
      ['1 <= n <= 10^5'],
      ['stack'],
    );
    expect(brackets).toContain(OPEN);
    expect(plates).not.toContain(OPEN);
    expect(plates).not.toContain('A closing item arriving when nothing is open');
  });

  it('warns of intermediate overflow on values that fit 32 bits only where the statement computes with them', () => {
    const OVERFLOW = /overflow|past 2\^31/;
    const values = (task: string) =>
      checklist(
        `You are given n integers a_1 to a_n and an integer k. ${task}`,
        ['1 <= n <= 10^5', '1 <= a_i <= 10^9', '1 <= k <= 10^9'],
        ['math'],
      );
    const moved = values('Move every value that is a multiple of k behind the others, keeping their order.');
    const multiplied = values('Print the product of all a_i divided by k, rounded down.');
    expect(moved.join('\n')).not.toMatch(OVERFLOW);
    expect(multiplied.join('\n')).toMatch(OVERFLOW);
  });

  it('tests a single row only on a grid of cells, and a 1 x 1 board on a square one', () => {
    const LINE = 'A single row or a single column';
    const fence = checklist(
      'A fence has n boards in a row, and board i is painted colour s_i. Repaint at most k boards to make the longest run of one colour.',
      ['1 <= n <= 2 * 10^5', '0 <= k <= n'],
      ['sliding-window', 'matrix'],
    );
    const board = checklist(
      'A board is made of n x n unit cells. Count the squares of whole cells with sides along the grid lines.',
      ['1 <= n <= 10^18'],
      ['math'],
    );
    expect(fence).not.toContain(LINE);
    expect(board).toContain('A 1 x 1 board (n = 1)');
    expect(board).not.toContain(LINE);
  });

  it('keeps what is left open off an expression the statement promises well formed', () => {
    const OPEN = 'Items still open when the input ends';
    const promised = checklist(
      'Evaluate the expression expr built from integers, min and max, nested to any depth. expr is well formed.',
      ['1 <= |expr| <= 10^5'],
      ['stack'],
    );
    const asked = checklist(
      'Given a string s of brackets, return true if s is balanced. The brackets are balanced when every opening bracket is closed in order.',
      ['1 <= s.length <= 10^4'],
      ['stack'],
    );
    expect(promised).not.toContain(OPEN);
    expect(asked).toContain(OPEN);
  });
});
