/**
 * What a statement can promise about its input, in words an edge-case checklist must respect: an
 * edge case a guarantee rules out ("an empty array" when 1 <= n) is noise an interviewer would
 * call wrong. The labelled problem set names the guarantees each statement makes.
 */
export const GUARANTEES = {
  'non-empty': 'The input has at least one element (1 <= n); an empty input cannot happen.',
  'min-two': 'The input has at least two elements (2 <= n); a single element cannot happen.',
  sorted: 'The input arrives sorted (non-decreasing or strictly increasing).',
  rotated:
    'The input is a sorted list rotated at an unknown pivot: one half around any midpoint is in order.',
  distinct: 'All values (or elements) are distinct: no duplicates.',
  positive: 'Every value is at least 1: no zero, no negatives.',
  'non-negative': 'Every value is at least 0: no negatives.',
  'grid-min-two': 'Both sides of the grid are at least 2: no single row, column or 1 x 1 grid.',
  'root-exists': 'The tree (or list) has at least one node: the root or head is never missing.',
  'answer-exists': 'A valid answer is guaranteed (for example exactly one solution).',
  'lowercase-only': 'Strings hold lowercase English letters only.',
  'fixed-alphabet':
    "Strings hold only the characters the statement names (digits only; only 'Q', 'W', 'E' and 'R'; only '(' and ')').",
  connected: 'The graph is connected.',
  acyclic: 'The graph (or list) has no cycle.',
  'no-self-loops': 'No edge joins a node to itself.',
  'no-repeated-edges': 'No two edges join the same pair of nodes.',
} as const;
export type Guarantee = keyof typeof GUARANTEES;
