import type { Variable } from '../constraints';
import { endpointsOf, GRAPH_TECHNIQUES, isNodeCount, waitLists } from '../links';
import type { Shape, Size } from '../shape';
import { label, type ShapeReading } from './reading';

/** The longest string still handled as one key rather than character by character. */
const SHORT_KEY = 20;

/**
 * Many lists read as one input: lists of what each item waits for, lists whose total is bounded
 * (adjacency lists, bus routes), or n strings of up to m items each.
 */
export function listsShape(reading: ShapeReading, first: Variable): Shape | undefined {
  const { facts, sizes, body, technique, known, bound, size } = reading;
  const waiting = waitLists(facts, sizes, body);
  if (waiting) {
    const total = sizes.find((v) => v.total);
    const entries: Size = {
      letter: 'E',
      name: `the entries of ${label(waiting.lists).replace(/\[i\]\.(?:length|size)$/i, '')}`,
      bound: bound(waiting.nodes) * bound(waiting.lists),
    };
    return { kind: 'graph', v: size(waiting.nodes, 'V'), e: total ? size(total, 'E') : entries };
  }
  // Many lists whose total is bounded (adjacency lists, bus routes): the total is the size, and
  // when the lists hold labels of the items, it counts the edges between them.
  const total = sizes.find((v) => v.total);
  if (total) {
    const nodes =
      sizes.find((v) => v !== total && (endpointsOf(facts, v) > 0 || isNodeCount(facts, v))) ??
      (GRAPH_TECHNIQUES.includes(technique) ? sizes.find((v) => v !== total) : undefined);
    if (nodes && (endpointsOf(facts, nodes) > 0 || GRAPH_TECHNIQUES.includes(technique)))
      return { kind: 'graph', v: size(nodes, 'V'), e: size(total, 'E') };
    if (bound(total) >= bound(first)) return { kind: 'one', n: size(total, 'n'), square: false };
  }

  // n strings (or lists) of up to m items each: reading them is already n * m. Strings of a few
  // characters (names, keys, "HH:MM" times) are whole keys: hashing or comparing one is constant work.
  const items = known.find(
    (v) =>
      v.role === 'item-size' &&
      v.lower !== v.upper &&
      // A prefix tree walks every word letter by letter, however short.
      (bound(v) > SHORT_KEY || technique === 'trie') &&
      reading.independent(v) &&
      !v.total,
  );
  // A graph's lists of labels are its edges; words compared letter by letter to learn an order of
  // the letters are still read whole, n * m, before any graph is built.
  const lettersCompared = technique === 'topological-sort' && /\bletters?\b/.test(body);
  // The rows of a grid hold cells, not links: a search over the grid still visits n * m of them.
  const gridRows = /\brows?\b.{0,80}\b(?:columns?|cols)\b|\b[a-z]\w*\[[a-z]\]\[[a-z]\]/.test(body);
  const second = sizes[1];
  if (
    items &&
    (!GRAPH_TECHNIQUES.includes(technique) || lettersCompared || gridRows) &&
    !(second && reading.countsOperations(second))
  ) {
    return { kind: 'product', n: size(first, 'n'), other: size(items, 'm'), grid: false };
  }
  return undefined;
}
