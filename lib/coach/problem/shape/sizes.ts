import { isRangeOfItemValues } from '../amounts';
import type { Variable } from '../constraints';
import { definesPairs, endpointsOf, isEdgeCount, joinsLabels, linesPerCount } from '../links';
import { answeredAsTheyCome } from '../operations-counted';
import type { Shape } from '../shape';
import { subsetSums } from '../subset-sums';
import { sizeRoles } from '../two-sizes';
import { label, type ShapeReading } from './reading';

/** The k-th of something: k is a rank, not a number of rounds. */
const KTH = /\bk-?th\b|\bk(?:\^th)? (?:largest|smallest|closest|highest|lowest)\b/;

/** Two sizes: a graph's vertices and edges, an input and its queries, a table over both, or two inputs side by side. */
export function twoSizesShape(reading: ShapeReading, first: Variable, second: Variable): Shape {
  const { facts, sizes, body, technique, size } = reading;
  const roles = sizeRoles(facts, sizes, body, technique);
  if (roles.kind === 'graph')
    return answeredAsTheyCome(body)
      ? { kind: 'add', n: size(roles.nodes, 'n'), other: size(roles.edges, 'q') }
      : { kind: 'graph', v: size(roles.nodes, 'V'), e: size(roles.edges, 'E') };
  if (roles.kind === 'queries')
    return { kind: 'add', n: size(roles.input, 'n'), other: size(roles.queries, 'q') };
  if (roles.table) return { kind: 'product', n: size(first, 'n'), other: size(second, 'm'), grid: false };
  // Lines that each name two of the items ("a treaty between kingdoms a and b"), answered one by
  // one as they arrive, are operations on the items: q, whatever the page calls them.
  const labelled = [first, second].find((v) => endpointsOf(facts, v) >= 2);
  const stream = labelled && answeredAsTheyCome(body) ? (labelled === first ? second : first) : undefined;
  if (labelled && stream) return { kind: 'add', n: size(labelled, 'n'), other: size(stream, 'q') };
  // Two counts side by side keep m for the second, unless the page itself calls it q: a setter
  // who names it so asks it of the first (friends arriving while stages play), the README's q.
  // Beside a p, q is only the next letter (Alice's p stamps and Bob's q).
  const asked =
    second.names.some((name) => /^q$/i.test(name)) && !first.names.some((name) => /^[pq]$/i.test(name));
  return { kind: 'add', n: size(first, 'n'), other: size(second, asked ? 'q' : 'm') };
}

/**
 * One size, and what else the work runs over: its edges, an amount or a range of values a table
 * counts up to, the sums of its subsets, rounds taken from a heap; or nothing but the n items.
 */
export function oneSizeShape(reading: ShapeReading, first: Variable, amount: Variable | undefined): Shape {
  const { facts, body, technique, known, bound, size } = reading;
  // A list of edges given by its length alone (n == edges.length): as many edges as vertices.
  if (isEdgeCount(facts, first, undefined, body) && endpointsOf(facts, first) >= 2) {
    return { kind: 'graph', v: size(first, 'V'), e: size(first, 'E') };
  }
  // A list of pairs of its items whose length the statement ties to the count ("roads.length ==
  // n - 1", "roads[i] = [a, b]"): an edge list as long as the node count, so a tree handed over
  // as its edges is still read as V vertices and E edges.
  const links = facts.variables.find(
    (v) => v !== first && v.upper === undefined && definesPairs(v, body) && endpointsOf(facts, first) >= 2,
  );
  if (links) return { kind: 'graph', v: size(first, 'V'), e: { ...size(first, 'E'), name: label(links) } };
  // Lines as many as the count (or one fewer) that each join two of its items ("n - 1 lines: a
  // passage between caves a and b"): an edge list, whatever the story calls the links.
  if (endpointsOf(facts, first) >= 2 && joinsLabels(facts.variables, body) && linesPerCount(first, body))
    return { kind: 'graph', v: size(first, 'V'), e: size(first, 'E') };
  if (amount) return { kind: 'product', n: size(first, 'n'), other: size(amount, 'k'), grid: false };
  const values =
    technique === 'dynamic-programming' && known.find((v) => isRangeOfItemValues(v, facts.variables));
  if (values) return { kind: 'product', n: size(first, 'n'), other: size(values, 'm'), grid: false };
  const points = technique === 'prefix-sum' ? coordinateLine(known, bound(first)) : undefined;
  if (points) return { kind: 'add', n: size(first, 'n'), other: size(points, 'm') };
  const sums = subsetSums(facts, first, body);
  if (sums) return { kind: 'product', n: size(first, 'n'), other: sums, grid: false };
  // k rounds of taking the best item from a heap ("exactly k trims", "at most k projects"), with k
  // about as large as the input and not bounded by it: the rounds add to the items, each O(log n).
  // The k-th of something is a rank, and a k far beyond n is a count to compute, not to simulate.
  const parameter = known.find((v) => v.role === 'param');
  if (
    parameter &&
    technique === 'heap-priority-queue' &&
    !parameter.boundedBy &&
    !KTH.test(body) &&
    bound(parameter) * 10 >= bound(first) &&
    bound(parameter) <= bound(first) * 10
  )
    return { kind: 'add', n: size(first, 'n'), other: size(parameter, 'k') };
  return { kind: 'one', n: size(first, 'n'), square: false };
}

/** The most points of a line an array of counts over them still holds and walks in time. */
const ARRAY_POINTS = 1_000_000;

/**
 * The far end of spans whose ends are coordinates (`1 <= a_i <= b_i <= 10^6`), not positions of a
 * list the input sizes: when the line runs past the spans' count but no further than an array can
 * hold, marks at the two ends of each span over every point of it (a difference array) walk the
 * whole line once, so its length is a second size beside the spans.
 */
function coordinateLine(known: readonly Variable[], spans: number): Variable | undefined {
  return known.find(
    (end) =>
      end.role === 'value' &&
      (end.upper ?? 0) > spans &&
      (end.upper ?? 0) <= ARRAY_POINTS &&
      known.some(
        (start) => start !== end && start.role === 'value' && end.names.includes(start.boundedBy ?? ''),
      ),
  );
}
