import { type AST, parseRegExpLiteral } from '@eslint-community/regexpp';

/**
 * Words a pattern cannot match without, as branches of clauses: any match meets one branch, whose
 * every clause holds one of its words. Most of the triggers' long patterns match nothing on a
 * given statement, and the first `exec` of each one costs V8 a compilation; looking for a
 * pattern's words first lets the panel skip the patterns that cannot fire (gates.json, written by
 * write-gates.ts). A branch keeps its two narrowest clauses, not only one: "minimum
 * (?:rooms|platforms)" needs "minimum " and a word of the two, and one clause per branch let
 * twice as many patterns run on the tuned pages.
 * The words are read from the pattern itself, parsed with regexpp: parsing every trigger takes
 * longer than the compilations it saves, so it runs when the gates are written, not in the panel.
 */
export type Gate = readonly Branch[];
/** Clauses a match meets together. */
export type Branch = readonly Clause[];
/** Words one of which a match holds. */
export type Clause = readonly string[];

/**
 * Clauses a branch keeps: the second halves the patterns that run on the tuned pages, and each
 * clause adds its words to gates.json, which ships in the coach's chunk (two about double it).
 */
const CLAUSES_PER_BRANCH = 2;

/** A gate of shorter words lets nearly every text through, and costs more than it saves. */
const SHORTEST_USEFUL = 3;

/** The length of a clause's shortest word: the shorter, the more texts hold one. */
const shortest = (clause: Clause) => Math.min(...clause.map((word) => word.length));

/** Negative when `a` lets fewer texts through than `b`: longer words first, then fewer of them. */
const byNarrowness = (a: Clause, b: Clause) => shortest(b) - shortest(a) || a.length - b.length;

/** Of two clauses, the one fewer texts pass (the first on a tie). */
function narrower(a: Clause | null, b: Clause | null): Clause | null {
  if (!a) return b;
  if (!b) return a;
  return byNarrowness(a, b) <= 0 ? a : b;
}

/** Every match of one of `alternatives` holds a word of the clause; none if one of them has none. */
function eitherOf(alternatives: readonly AST.Alternative[]): Clause | null {
  const words = new Set<string>();
  for (const alternative of alternatives) {
    const gate = sequence(alternative.elements);
    if (!gate) return null;
    for (const word of gate) words.add(word);
  }
  return [...words];
}

/** What one element of a sequence requires, where it requires anything. */
function element(node: AST.Element): Clause | null {
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

/** The narrowest requirement of a sequence: a run of plain letters, or an element's own clause. */
const sequence = (elements: readonly AST.Element[]): Clause | null =>
  clauses(elements).reduce<Clause | null>((best, clause) => narrower(best, clause), null);

/** Every clause of a sequence: its runs of plain letters and its elements' own clauses. */
function clauses(elements: readonly AST.Element[]): Clause[] {
  const found: Clause[] = [];
  let run = '';
  const endRun = () => {
    if (run) found.push([run]);
    run = '';
  };
  for (const node of elements) {
    if (node.type === 'Character') {
      run += String.fromCodePoint(node.value).toLowerCase();
      continue;
    }
    endRun();
    const clause = element(node);
    if (clause) found.push(clause);
  }
  endRun();
  return found;
}

/** The clauses a branch keeps: the narrowest ones (longer words first, then fewer), in order. */
function narrowest(found: readonly Clause[]): Branch {
  return found
    .map((clause, at) => ({ clause, at }))
    .filter(({ clause }) => shortest(clause) >= SHORTEST_USEFUL)
    .sort((a, b) => byNarrowness(a.clause, b.clause) || a.at - b.at)
    .slice(0, CLAUSES_PER_BRANCH)
    .sort((a, b) => a.at - b.at)
    .map(({ clause }) => withoutLongerForms(clause));
}

/** A clause without the words that hold another of its words ("columns" beside "column"): the same test, shorter. */
const withoutLongerForms = (clause: Clause): Clause =>
  clause.filter((word) => !clause.some((other) => other !== word && word.includes(other)));

/** The branches that add something: a branch that needs every clause of another needs more, and never passes alone. */
function withoutStricter(branches: readonly Branch[]): Gate {
  const key = (clause: Clause) => JSON.stringify(clause);
  const keys = branches.map((branch) => new Set(branch.map(key)));
  return branches.filter((_, at) =>
    keys.every(
      (other, by) =>
        by === at ||
        ![...other].every((clause) => keys[at]?.has(clause)) ||
        (other.size === keys[at]?.size && by > at),
    ),
  );
}

/**
 * The branches of a choice: each alternative's narrowest clauses, or the branches of the one group
 * an alternative is made of ("\b(?:sorted by|in order of)\b"); none if a branch needs no word.
 */
function branchesOf(alternatives: readonly AST.Alternative[]): Branch[] | null {
  const branches: Branch[] = [];
  for (const alternative of alternatives) {
    const [only, ...others] = alternative.elements.filter((node) => node.type !== 'Assertion');
    const inner =
      others.length === 0 && (only?.type === 'Group' || only?.type === 'CapturingGroup')
        ? branchesOf(only.alternatives)
        : null;
    const branch = narrowest(clauses(alternative.elements));
    if (inner) branches.push(...inner);
    else if (branch.length > 0) branches.push(branch);
    else return null;
  }
  return branches;
}

/**
 * The gate of a pattern matched against lower-cased text, or null when it has none worth checking
 * (a branch that needs no word of three letters or more).
 */
export function gateOf(pattern: RegExp): Gate | null {
  const branches = branchesOf(parseRegExpLiteral(pattern).pattern.alternatives);
  return branches && withoutStricter(branches);
}
