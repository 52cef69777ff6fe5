import { type AST, parseRegExpLiteral } from '@eslint-community/regexpp';

/**
 * Words a pattern cannot match without: any match holds at least one of them. Most of the
 * triggers' long patterns match nothing on a given statement, and the first `exec` of each one
 * costs V8 a compilation; looking for a pattern's words with `includes` first lets the panel's
 * first reading skip the patterns that cannot fire (gates.json, written by write-gates.ts).
 * The words are read from the pattern itself, parsed with regexpp: parsing every trigger takes
 * longer than the compilations it saves, so it runs when the gates are written, not in the panel.
 */
export type Gate = readonly string[];

/** A gate of shorter words lets nearly every text through, and costs more than it saves. */
const SHORTEST_USEFUL = 3;

/** Of two gates, the one fewer texts pass: longer words first, then fewer of them. */
function narrower(a: Gate | null, b: Gate | null): Gate | null {
  if (!a) return b;
  if (!b) return a;
  const shortest = (gate: Gate) => Math.min(...gate.map((word) => word.length));
  if (shortest(a) !== shortest(b)) return shortest(a) > shortest(b) ? a : b;
  return a.length <= b.length ? a : b;
}

/** Every match of one of `alternatives` holds a word of the gate; none if one of them has none. */
function eitherOf(alternatives: readonly AST.Alternative[]): Gate | null {
  const words = new Set<string>();
  for (const alternative of alternatives) {
    const gate = sequence(alternative.elements);
    if (!gate) return null;
    for (const word of gate) words.add(word);
  }
  return [...words];
}

/** What one element of a sequence requires, where it requires anything. */
function element(node: AST.Element): Gate | null {
  switch (node.type) {
    case 'Group':
    case 'CapturingGroup':
      return eitherOf(node.alternatives);
    case 'Quantifier':
      return node.min >= 1 ? element(node.element) : null;
    default:
      return null;
  }
}

/** The narrowest requirement of a sequence: a run of plain letters, or an element's own gate. */
function sequence(elements: readonly AST.Element[]): Gate | null {
  let best: Gate | null = null;
  let run = '';
  const endRun = () => {
    if (run) best = narrower(best, [run]);
    run = '';
  };
  for (const node of elements) {
    if (node.type === 'Character') {
      run += String.fromCodePoint(node.value).toLowerCase();
      continue;
    }
    endRun();
    best = narrower(best, element(node));
  }
  endRun();
  return best;
}

/**
 * The gate of a pattern matched against lower-cased text, or null when it has none worth checking
 * (a word shorter than three letters, or a branch that needs no word at all).
 */
export function gateOf(pattern: RegExp): Gate | null {
  const gate = eitherOf(parseRegExpLiteral(pattern).pattern.alternatives);
  if (!gate || gate.some((word) => word.length < SHORTEST_USEFUL)) return null;
  return gate;
}
