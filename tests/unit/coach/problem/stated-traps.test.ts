import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { edgeCases } from '@/lib/coach/problem/edge-cases';
import { readProblem } from '@/lib/coach/problem/reading';
import { statedTraps, TIE_TRAP } from '@/lib/coach/problem/stated-traps';
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
