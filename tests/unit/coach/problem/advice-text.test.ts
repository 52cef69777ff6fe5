import { describe, expect, it } from 'vitest';
import { analyzeProblem, type ProblemAnalysis } from '@/lib/coach/problem';
import { readAsks } from '@/lib/coach/problem/asks';
import { parseConstraints } from '@/lib/coach/problem/constraints';
import { edgeCases } from '@/lib/coach/problem/edge-cases';
import { gridVariant } from '@/lib/coach/problem/hints/grids';
import { pairsItems } from '@/lib/coach/problem/hints/lookups';
import { holdsThemAll, servedByAFixedSet } from '@/lib/coach/problem/hints/timed';
import { variantFor } from '@/lib/coach/problem/hints/variants';
import { detectInputs } from '@/lib/coach/problem/inputs';
import { readLabelledPages } from '../../../support/problem-labels';

/*
 * What the panel says when it reads a statement must follow from what this page asks and gives.
 * Each class an interviewer found (stop 27) has a test over every labelled page, which fails if a
 * line of that class comes back on a page that does not warrant it, and tests at the rule's level.
 */

interface Read {
  name: string;
  /** The statement and constraints as the page shows them, without its examples. */
  prose: string;
  /** Big-O letters of the labels: V and E only for a graph given as its links. */
  letters: string;
  analysis: ProblemAnalysis;
}

const pages: Read[] = readLabelledPages().map(({ name, labels, prose, analysis }) => ({
  name,
  prose: prose.replace(/[`*]/g, ''),
  letters: `${labels.complexityTarget} ${labels.complexityLimit}`,
  analysis,
}));

const hintsOf = (page: Read) => page.analysis.hints.map((hint) => hint.text);

describe('every labelled page, read from its statement', () => {
  it('lists no edge-list trap on a grid that no list of links comes with', () => {
    const grids = pages.filter(
      (page) =>
        /\bgrid\b|\bmatrix\b|\brows?\b[^.]{0,60}\bcolumns?\b/.test(page.prose) &&
        !/\b[VE]\b/.test(page.letters),
    );
    expect(grids.length).toBeGreaterThan(30);
    const traps = /^(?:A node no edge touches|Repeated edges between|An edge from a node to itself)/;
    expect(
      grids.flatMap((page) =>
        page.analysis.edgeCases.filter((e) => traps.test(e)).map((e) => `${page.name}: ${e}`),
      ),
    ).toEqual([]);
  });

  it("lists no graph's or tree's trap where only an example's data, not the statement, names one", () => {
    const linked =
      /\bgraph|\bedges?\b|\bnodes?\b|\bvert(?:ex|ices)\b|\btrees?\b|\broot\b|\broads?\b|\bcit(?:y|ies)\b|\bflights?\b|\bnetwork|\bconnect|\blinks?\b|\bpipes?\b|\bcables?\b|\bwires?\b|\bfriends?\b|\broutes?\b|\bbridges?\b|\bdepend|\bprerequisite|\bparent|\bchild|\bjoin|\btrust|\bknows?\b|\bpaths?\b|\bstations?\b|\btowns?\b|\bvillages?\b|\bairports?\b|\bcomputers?\b|\bservers?\b|\bpeople\b|\bpersons?\b|\brooms?\b|\bmanager|\bemployee|\bcourses?\b|\blist\b|\blinked\b|\bhead\b|\bpoint/;
    const traps = /^(?:A node no edge touches|Repeated edges between|A single node)/;
    expect(
      pages
        .filter((page) => !linked.test(page.prose))
        .flatMap((page) =>
          page.analysis.edgeCases.filter((e) => traps.test(e)).map((e) => `${page.name}: ${e}`),
        ),
    ).toEqual([]);
  });

  it('speaks of rings and layers only where the statement walks the grid round its rings', () => {
    const rings = /\bspiral|\bclockwise|\brotat|\blayers?\b|\brings?\b|\bconcentric/;
    const walks = /\bring by ring\b|\bouter ring\b|\blayer|\bspiral|top, bottom, left and right/;
    expect(
      pages
        .filter((page) => !rings.test(page.prose))
        .flatMap((page) =>
          hintsOf(page)
            .filter((hint) => walks.test(hint))
            .map((hint) => `${page.name}: ${hint}`),
        ),
    ).toEqual([]);
  });

  it('answers with the largest the heap of end times gets only where the question counts what holds them all at once', () => {
    const counted =
      /\b(?:how many|fewest|smallest number of|minimum number of)\b[^.?]{0,80}\b(?:so that|needed|needs|must|have to|has to)\b|\bat the same (?:time|moment)\b|\bat once\b|\bholds? (?:only )?one \w+ at a time\b/;
    const answered = /largest the heap gets is the answer|largest size seen is the answer/;
    const shown = pages.filter((page) => hintsOf(page).some((hint) => answered.test(hint)));
    expect(shown.length).toBeGreaterThanOrEqual(4);
    expect(shown.filter((page) => !counted.test(page.prose)).map((page) => page.name)).toEqual([]);
  });

  it('speaks of an item pairing with its own entry, or of its partner, only where the question pairs items', () => {
    const pairs =
      /\bpairs?\b|\btriplets?\b|\btwo (?:different |distinct )?(?:\w+ )?(?:numbers|values|elements|indices|positions|items)\b|\bsum|\btotal|\badds? up\b|\bdifference\b|\bcomplement|\btarget\b|\bpartner|\bi (?:!=|<) j\b/;
    const paired = /pairing with itself|its partner/;
    const lines = pages
      .filter((page) => !pairs.test(page.prose))
      .flatMap((page) =>
        [...page.analysis.edgeCases, ...hintsOf(page)]
          .filter((line) => paired.test(line))
          .map((line) => `${page.name}: ${line}`),
      );
    expect(lines).toEqual([]);
  });

  it('lists the traps of intervals only where the statement, not an example, speaks of spans of time or of a line', () => {
    const spans =
      /\bintervals?\b|\bmeetings?\b|\bstart|\bbegin|\barriv|\bleav|\bends?\b|\bfrom (?:time |minute |hour |day |point )?\w+ (?:to|until|up to)\b|\[\w+, ?\w+\]/;
    const traps = /^Intervals (?:that only touch|given out of order)/;
    expect(
      pages
        .filter((page) => !spans.test(page.prose))
        .flatMap((page) =>
          page.analysis.edgeCases.filter((e) => traps.test(e)).map((e) => `${page.name}: ${e}`),
        ),
    ).toEqual([]);
  });
});

describe('jobs of one slot each that pay by a deadline', () => {
  const lead = (name: string) => pages.find((page) => page.name === name)?.analysis;

  it('are coached as a greedy choice into the latest free slot, on every judge, and gigs with start and end times keep their table', () => {
    for (const name of ['cf-one-hour-print-orders', 'hr-one-day-repairs']) {
      const analysis = lead(name);
      expect(analysis?.patterns[0]?.id, name).toBe('greedy');
      expect(analysis?.hints.map((hint) => hint.text).join(' '), name).toMatch(/latest slot still free/);
      expect(analysis?.edgeCases.join(' '), name).not.toMatch(/base cases|cannot be reached/);
    }
    expect(lead('ac-paid-gigs-without-overlap')?.patterns[0]?.id).toBe('dynamic-programming');
  });

  it('aim the first hint at the question, not at the rule that settles ties', () => {
    const context = {
      kind: 'problem' as const,
      site: 'geeksforgeeks' as const,
      url: 'https://www.geeksforgeeks.org/problems/unit-jobs/1',
      id: 'unit-jobs',
      title: 'Unit Jobs',
      statement:
        'Job i takes one unit of time, must be finished no later than time deadline[i], and earns profit[i]. Return the largest total profit you can earn. If several schedules earn that profit, report the number of jobs of the one that does the most jobs.',
      examples: [],
      constraints: ['1 <= n <= 10^5', '1 <= deadline[i] <= n', '1 <= profit[i] <= 500'],
      tags: [],
      hints: [],
      source: 'dom' as const,
    };
    const first = analyzeProblem(context, null).hints[0]?.text ?? '';
    expect(first).toMatch(/^To find the largest total profit you can earn:/);
  });
});

describe('the input read from the statement', () => {
  it('takes no shape from a word quoted as data in an example', () => {
    expect(detectInputs('return the most used tag.\ntags = ["graph", "meeting", "interval"]')).not.toContain(
      'intervals',
    );
    expect(detectInputs('return the most used tag.\ntags = ["graph", "edges"]')).not.toContain('graph');
  });

  it("reads a grid's rim called its edge as no link, and an edge between two nodes as one", () => {
    const rim =
      'a map is a grid of squares. water on a square on the northern edges of the map flows into the sea; cells that share an edge are neighbours.';
    expect(detectInputs(rim)).toContain('matrix');
    expect(detectInputs(rim)).not.toContain('graph');
    const linked = 'cost is an n x n matrix; an edge between nodes i and j exists when cost[i][j] >= 0.';
    expect(detectInputs(linked)).toContain('graph');
    expect(detectInputs('the edges of the map are walls.\nedges[i] = [u, v] joins two rooms.')).toContain(
      'graph',
    );
  });

  it('reads meetings as spans of time only when they start, end or are scheduled', () => {
    expect(detectInputs('find the cheapest meeting point for the residents on a line.')).not.toContain(
      'intervals',
    );
    expect(
      detectInputs(
        'when two knights meet, the weaker falls; return the knights left once no more meetings happen.',
      ),
    ).not.toContain('intervals');
    expect(detectInputs('meeting i starts at start_i and ends at end_i; return the fewest rooms.')).toContain(
      'intervals',
    );
  });
});

describe('the ladder a grid, timed items and a lookup get', () => {
  it('walks a grid round its rings, from cell to cell, or in one pass, as the statement does', () => {
    expect(gridVariant('return all elements of the matrix in spiral order.')).toBe('grid-layers');
    expect(gridVariant('rotate the image by 90 degrees clockwise, in place.')).toBe('grid-layers');
    expect(
      gridVariant('from a cell you may step to any side-adjacent free cell; return the fewest steps.'),
    ).toBe('grid-search');
    expect(gridVariant('count the islands: land cells that share a side are connected.')).toBe('grid-search');
    expect(
      gridVariant(
        'each cell becomes live when exactly three of its eight neighbours are live; return the next board.',
      ),
    ).toBe(undefined);
    expect(
      gridVariant('set the whole row and column of every zero to zero; only the original zeros spread.'),
    ).toBe(undefined);
  });

  it('counts what holds timed items at once apart from a fixed, numbered set serving them', () => {
    const rooms =
      'lecture i runs from start_i until end_i. how many halls must the university book so that every lecture has one?';
    const servers =
      'k printers are numbered 0 to k - 1. job i arrives at arrive_i and keeps a printer busy; it takes the free printer with the smallest number. return the printer that handled the most jobs.';
    expect(holdsThemAll(rooms)).toBe(true);
    expect(servedByAFixedSet(rooms)).toBe(false);
    expect(holdsThemAll(servers)).toBe(false);
    expect(servedByAFixedSet(servers)).toBe(true);
    expect(holdsThemAll('return the most visited page.')).toBe(false);
  });

  it('gives the ladder of the fewest rooms only to a question about how many hold them all', () => {
    const ladder = (body: string) =>
      variantFor(
        ['heap-priority-queue', 'line-sweep', 'sorting'],
        readAsks(body),
        false,
        false,
        true,
        'O(n log n)',
        false,
        false,
        body,
      );
    const busiest =
      'k halls are numbered 0 to k - 1. lecture i starts at start_i and ends at end_i; it takes the free hall with the smallest number. return the hall that hosted the most lectures.';
    expect(ladder(busiest)).toBe('servers-heaps');
    expect(
      ladder(
        'meeting i starts at start_i and ends at end_i. return the fewest rooms needed to hold all the meetings.',
      ),
    ).toBe('rooms-heap');
    expect(
      ladder(
        'event i starts at start_i and ends at end_i. return the largest total value of events you can attend.',
      ),
    ).toBe(undefined);
  });

  it('looks a partner up only where the question pairs items', () => {
    expect(pairsItems('count the pairs (i, j) with i < j whose values differ by k.')).toBe(true);
    expect(pairsItems('return two indices whose values add up to target.')).toBe(true);
    expect(pairsItems('return the id whose second scan happens earliest.')).toBe(false);
    expect(pairsItems('print the number of families of anagrams.')).toBe(false);
  });

  it('lists the trap of an item finding its own entry only where items are paired', () => {
    const listed = (statement: string) =>
      edgeCases({
        kinds: ['array'],
        facts: parseConstraints(['1 <= nums.length <= 10^5'], statement),
        body: statement,
        guarantees: new Set(),
        techniques: ['hash-table'],
        sure: true,
      });
    const own = 'An element pairing with itself when the lookup finds its own entry';
    expect(listed('return the indices of two numbers in nums that add up to target.')).toContain(own);
    expect(listed('return the first value of nums that is seen a second time.')).not.toContain(own);
  });
});
