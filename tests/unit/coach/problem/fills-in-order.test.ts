import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { fillsInOrder } from '@/lib/coach/problem/knowledge/fills';
import { statementOn } from '../../../support/problem-context';

const CONSTRAINTS = ['1 <= n <= 2 * 10^5', '1 <= w_i <= W <= 10^9'];
const analysed = (statement: string, constraints = CONSTRAINTS) =>
  analyzeProblem(statementOn('codeforces', statement, constraints), null);
const top = (statement: string) =>
  analysed(statement)
    .patterns.slice(0, 3)
    .map((p) => p.id);

// Items handed over in arrival order and packed once, front to back: nothing waits to be served.
const SHELVES =
  'A librarian places n books on shelves in the order they arrive. Book i is w_i centimetres thick, and a shelf holds books whose total thickness is at most W. When the next book does not fit on the current shelf, she starts a new shelf; the order of the books never changes. Print how many shelves she uses.';
const TANKER =
  'A tanker holds W litres and starts full. n households come to it in the order they arrive, household i wanting w_i litres. If the water left is less than what the next household wants, the driver fills the tanker completely again first. Print how many times he refills.';
const BATCHES =
  'Requests come in the order they arrive; request i has size w_i. They are packed, without reordering, into batches of total size at most W: when the next request would push the batch past W, the batch is closed and a new one opened. How many batches are there?';
// The same arrival order where the arrivals wait their turn: a line served one at a time.
const COUNTER =
  'A bakery has one counter. There are n customers; customer i arrives at time a_i and needs w_i minutes. Customers are served one at a time in the order they arrive; a customer who arrives while the counter is busy waits in line. Print the time each customer leaves.';
const SWEETS =
  'n children stand in a line in the order they arrived; child i wants w_i sweets. The teacher gives one sweet to the child at the front; a child who wants more goes to the back of the line and waits for the next turn. Print the order in which the children go home.';
// A price per container over the fixed order is a DP, not the next-fit pass.
const WRAP_COST =
  'The words of a text arrive in the order they arrive; word i has w_i letters. A line holds at most W letters; when the next word does not fit, a new line starts. Minimise the total cost, the sum of squares of the spaces left at the end of each line.';

describe('an arrival order is a queue only where the arrivals wait their turn', () => {
  it('reads items packed in their fixed order as one greedy pass, not a queue', () => {
    for (const statement of [SHELVES, TANKER, BATCHES]) {
      expect(fillsInOrder(statement.toLowerCase())).toBe(true);
      const analysis = analysed(statement);
      expect(analysis.patterns[0]?.id).toBe('greedy');
      expect(top(statement)).not.toContain('queue');
      expect(analysis.complexityTarget).toBe('O(n)');
    }
  });

  it("hints at the running load in the page's own items, with no sort", () => {
    const hints = analysed(SHELVES).hints.map((hint) => hint.text);
    expect(hints[0]).toContain('the books keep their order');
    expect(hints[0]).not.toMatch(/greedy|queue/i);
    expect(hints.join(' ')).toMatch(/running total/);
    expect(hints.join(' ')).not.toMatch(/\bsort/);
  });

  it('keeps the queue for a line served one at a time or come round again', () => {
    for (const statement of [COUNTER, SWEETS]) {
      expect(fillsInOrder(statement.toLowerCase())).toBe(false);
      expect(top(statement)).toContain('queue');
    }
  });

  it('leaves a fixed order priced per container to a table, not the next-fit pass', () => {
    expect(fillsInOrder(WRAP_COST.toLowerCase())).toBe(false);
    expect(top(WRAP_COST)[0]).not.toBe('queue');
  });

  it('reads the packing whatever the containers and items are called', () => {
    const containers = ['shelf', 'truck', 'crate', 'album', 'bin'];
    const items = ['parcels', 'photos', 'boxes', 'songs'];
    fc.assert(
      fc.property(fc.constantFrom(...containers), fc.constantFrom(...items), (container, item) => {
        const statement = `${item} are loaded in the order they arrive; ${item.slice(0, -1)} i takes w_i units and a ${container} holds at most w units. when the next one does not fit, a new ${container} is started. how many are used?`;
        return fillsInOrder(statement);
      }),
    );
  });
});
