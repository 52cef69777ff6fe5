import { formatBound } from './complexity';
import { type ConstraintFacts, collectionName, type Variable } from './constraints';
import type { InputKind } from './types';

/** Reviewed checklists per input shape; `{name}` is the input's own name when the page gives one. */
const CHECKLISTS: Record<InputKind, readonly string[]> = {
  array: [
    'A single element in {name}',
    'All values equal',
    'Already sorted and reverse-sorted {name}',
    'Duplicates, including the answer itself appearing more than once',
  ],
  string: [
    'A single character',
    'All characters the same',
    'The whole string is the answer, or no part of it is',
    'Repeated characters next to each other and far apart',
  ],
  intervals: [
    'Intervals that only touch at an end point (is [1,2] with [2,3] an overlap?)',
    'One interval containing another',
    'Intervals given out of order',
    'A single interval, and identical intervals',
  ],
  tree: [
    'An empty tree (the root is missing)',
    'A single node',
    'A skewed tree, every node with one child (recursion depth equals n)',
    'Negative or equal node values',
  ],
  graph: [
    'A disconnected graph: some nodes unreachable from the start',
    'Cycles, including a node that links to itself',
    'A single node with no edges',
    'Repeated edges between the same two nodes',
  ],
  'linked-list': [
    'An empty list (head is missing)',
    'A single node, and exactly two nodes',
    'The change touches the head or the last node',
    'A cycle, if the statement allows one',
  ],
  matrix: [
    'A single row or a single column',
    'A 1 x 1 grid',
    'Every cell the same (all land, all water, all blocked)',
    'Cells on the border and in the corners',
  ],
  number: [
    'Zero and one',
    'The largest allowed value, where intermediate results can overflow',
    'Negative input, if allowed',
  ],
};

function fill(text: string, name: string | undefined): string {
  return text
    .replace(' in {name}', name ? ` in ${name}` : '')
    .replace(' {name}', name ? ` ${name}` : ' input');
}

const values = (facts: ConstraintFacts) => facts.variables.filter((v) => v.role === 'value');

function dataDriven(facts: ConstraintFacts, body: string): string[] {
  const cases: string[] = [];
  const sizes = facts.variables.filter((v) => v.role === 'size' || v.role === 'dimension');
  const emptyAllowed = sizes.find((v) => v.lower === 0);
  if (emptyAllowed) cases.push(`Empty input: ${emptyAllowed.names[0]} can be 0`);
  const negative = values(facts).find((v) => (v.lower ?? 0) < 0);
  if (negative)
    cases.push(`Negative values (${negative.names[0]} can be as low as ${formatBound(negative.lower ?? 0)})`);
  const largestValue = values(facts).reduce<Variable | undefined>(
    (best, v) => ((v.upper ?? 0) > (best?.upper ?? 0) ? v : best),
    undefined,
  );
  const largestSize = sizes.reduce((max, v) => Math.max(max, v.upper ?? 0), 1);
  const valueBound = Math.max(Math.abs(largestValue?.upper ?? 0), Math.abs(largestValue?.lower ?? 0));
  if (largestValue && valueBound >= 1e17) {
    cases.push(
      `${largestValue.names[0]} up to ${formatBound(valueBound)}: even 64-bit products overflow; compare by division or reduce first`,
    );
  } else if (largestValue && (valueBound * largestSize >= 2 ** 31 || valueBound * valueBound >= 2 ** 31)) {
    cases.push(
      `Overflow past 2^31: sums or products of ${largestValue.names[0]} (up to ${formatBound(valueBound)}) need 64-bit integers`,
    );
  }
  if (/\bmodulo\b|\bmod\b/.test(body))
    cases.push('Take the remainder after every addition and multiplication, not only at the end');
  if (/\bno (?:solution|answer|such)\b|\breturn -1\b|\bimpossible\b|\bnot possible\b/.test(body)) {
    cases.push('No valid answer exists (the value the statement asks for in that case)');
  }
  if (facts.multiTest) cases.push('Many test cases: reset every table and counter between them');
  return cases;
}

/** The checklist of inputs that break first attempts, specific to what this problem takes. */
export function edgeCases(kinds: readonly InputKind[], facts: ConstraintFacts, body: string): string[] {
  const name = collectionName(facts);
  const cases = dataDriven(facts, body);
  const mentionsUnique =
    /\b(?:all (?:the )?(?:values|integers|elements|numbers) (?:are|of \w+ are) (?:unique|distinct)|pairwise distinct)\b/.test(
      body,
    );
  for (const kind of kinds.slice(0, 2)) {
    for (const item of CHECKLISTS[kind]) {
      if (mentionsUnique && /^Duplicates|^All values equal/.test(item)) continue;
      cases.push(fill(item, kind === 'array' ? name : undefined));
    }
  }
  return [...new Set(cases)];
}
