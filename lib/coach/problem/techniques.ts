import { formatBound } from './complexity';
import type { ConstraintFacts } from './constraints';
import { ARRAY_TRIGGERS } from './knowledge/arrays';
import { GRAPH_TRIGGERS } from './knowledge/graphs';
import { PARADIGM_TRIGGERS } from './knowledge/paradigms';
import { STRUCTURE_TRIGGERS } from './knowledge/structures';
import { TAG_TECHNIQUES } from './knowledge/tags';
import type { Trigger } from './knowledge/trigger';
import { TECHNIQUE_IDS, type TechniqueGuess, type TechniqueId } from './types';

export const TRIGGERS: readonly Trigger[] = [
  ...ARRAY_TRIGGERS,
  ...STRUCTURE_TRIGGERS,
  ...GRAPH_TRIGGERS,
  ...PARADIGM_TRIGGERS,
];

/** A site's own tag outweighs any single phrase: it is the author's word. */
const TAG_WEIGHT = 4;
/** Words in the title say what the problem is about more than words in the story around it. */
const TITLE_BOOST = 1.5;
const MAX_GUESSES = 6;
/** Moves that all cost the same: the rings of a BFS are already in order, no priority queue needed. */
const UNIT_COST =
  /\bminimum (?:number of )?(?:moves|steps|jumps)\b|\bfewest (?:number of )?(?:moves|steps)\b|\bunweighted\b/;

/**
 * Techniques that imply another: a topological order is always over a graph. The fourth item,
 * when present, is wording that rules the implication out.
 */
const IMPLIES: readonly [TechniqueId, TechniqueId, string, RegExp?][] = [
  ['topological-sort', 'graph', 'an ordering problem is a directed graph underneath'],
  ['shortest-path', 'graph', 'shortest paths run over a graph'],
  ['union-find', 'graph', 'merging components is a graph question'],
  ['monotonic-stack', 'stack', 'a monotonic stack is a stack that pops what the new item outranks'],
  [
    'shortest-path',
    'heap-priority-queue',
    'weighted shortest paths take the closest node from a priority queue',
    UNIT_COST,
  ],
];
const IMPLIED_SHARE = 0.4;

export interface TechniqueInput {
  title: string;
  /** Statement with examples and constraints, lower-cased. */
  body: string;
  tags: readonly string[];
}

interface Evidence {
  score: number;
  reasons: { weight: number; text: string }[];
}

/** Normalises a tag for lookup: "Heap (Priority Queue)" → "heap (priority queue)", "*1400" → "". */
function tagKey(tag: string): string {
  return tag
    .toLowerCase()
    .replace(/^\*\d+$/, '')
    .replace(/[-_]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace('depth first', 'depth-first')
    .replace('breadth first', 'breadth-first')
    .replace('doubly linked', 'doubly-linked')
    .trim();
}

function quote(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  return trimmed.length > 60 ? `${trimmed.slice(0, 57)}…` : trimmed;
}

function constraintSignals(
  facts: ConstraintFacts,
  body: string,
  add: (id: TechniqueId, w: number, t: string) => void,
) {
  const sizes = facts.variables.filter(
    (v) => (v.role === 'size' || v.role === 'dimension') && v.upper !== undefined && !v.boundedBy,
  );
  const largest = sizes.reduce((max, v) => Math.max(max, v.upper ?? 0), 0);
  const name = sizes.find((v) => v.upper === largest)?.names[0] ?? 'n';
  const otherAxis = facts.variables.some(
    (v) =>
      v.role !== 'size' &&
      v.role !== 'dimension' &&
      v.role !== 'tests' &&
      (v.upper ?? 0) > 1000 &&
      !/\[|_i\b/.test(v.names[0] ?? ''),
  );
  if (largest > 0 && largest <= 20 && !otherAxis && sizes.every((v) => v.role !== 'dimension')) {
    add(
      'backtracking',
      largest <= 10 ? 2 : 1.5,
      `${name} <= ${largest}: small enough to try every choice and undo it`,
    );
    if (largest > 10)
      add('bit-manipulation', 1, `${name} <= ${largest}: every subset fits in a ${largest}-bit mask`);
  }
  const hugeValue = facts.variables.find((v) => v.role === 'value' && (v.upper ?? 0) >= 1e9);
  if (
    hugeValue &&
    largest >= 1e3 &&
    /\b(?:minimi[sz]e|maximi[sz]e|minimum|maximum|smallest|largest)\b/.test(body)
  ) {
    add(
      'binary-search',
      1,
      `${hugeValue.names[0]} up to ${formatBound(hugeValue.upper ?? 0)} with a min/max goal: the answer itself can be binary searched`,
    );
  }
}

/** Ranked technique guesses, each with the words or constraint that triggered it. */
export function guessTechniques(input: TechniqueInput, facts: ConstraintFacts): TechniqueGuess[] {
  const evidence = new Map<TechniqueId, Evidence>();
  const add = (id: TechniqueId, weight: number, text: string) => {
    const entry = evidence.get(id) ?? { score: 0, reasons: [] };
    entry.score += weight;
    entry.reasons.push({ weight, text });
    evidence.set(id, entry);
  };
  const title = input.title.toLowerCase();
  for (const trigger of TRIGGERS) {
    const inTitle = trigger.pattern.exec(title);
    const match = inTitle ?? trigger.pattern.exec(input.body);
    if (!match) continue;
    const weight = inTitle ? trigger.weight * TITLE_BOOST : trigger.weight;
    add(trigger.technique, weight, `"${quote(match[0])}": ${trigger.why}`);
  }
  for (const tag of input.tags) {
    for (const id of TAG_TECHNIQUES[tagKey(tag)] ?? [])
      add(id, TAG_WEIGHT, `the site tags it "${tag.trim()}"`);
  }
  constraintSignals(facts, input.body, add);
  // An implied technique is never lifted above the one implying it: "monotonic stack" is the
  // better hint than "stack", so the implication alone cannot put "stack" first.
  for (const [from, to, why, unless] of IMPLIES) {
    if (unless?.test(input.body)) continue;
    const score = evidence.get(from)?.score ?? 0;
    const room = score - (evidence.get(to)?.score ?? 0) - 0.01;
    if (score >= 2 && room > 0) add(to, Math.min(score * IMPLIED_SHARE, room), why);
  }
  // Ties are broken by the vocabulary's order, never by which evidence came first, so the
  // order of a site's tags cannot change the ranking.
  const rank = (id: TechniqueId) => TECHNIQUE_IDS.indexOf(id);
  return [...evidence.entries()]
    .sort((a, b) => b[1].score - a[1].score || rank(a[0]) - rank(b[0]))
    .slice(0, MAX_GUESSES)
    .map(([id, { score, reasons }]) => ({
      id,
      confidence: Number((1 - Math.exp(-score / 4)).toFixed(2)),
      reason: reasons
        .sort((a, b) => b.weight - a.weight)
        .slice(0, 2)
        .map((reason) => reason.text)
        .join('; '),
    }));
}

/**
 * Whether the leader stands clear of the rest: strong evidence of its own and a margin over the
 * runner-up. Otherwise the panel says it is not sure and shows both.
 */
export function isSure(patterns: readonly TechniqueGuess[]): boolean {
  const [first, second] = patterns;
  if (!first) return false;
  return first.confidence >= 0.5 && (!second || first.confidence - second.confidence >= 0.1);
}
