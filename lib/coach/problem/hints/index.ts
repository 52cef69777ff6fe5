import type { Hint, InputKind, TechniqueId } from '../types';
import type { Ladder } from './ladder';
import { SEQUENCE_LADDERS } from './sequences';
import { STRUCTURE_LADDERS } from './structures';

export const LADDERS: Partial<Record<TechniqueId, Ladder>> = { ...SEQUENCE_LADDERS, ...STRUCTURE_LADDERS };

const NOUNS: Record<InputKind, { input: string; item: string; items: string }> = {
  array: { input: 'the array', item: 'element', items: 'elements' },
  string: { input: 'the string', item: 'character', items: 'characters' },
  intervals: { input: 'the intervals', item: 'interval', items: 'intervals' },
  tree: { input: 'the tree', item: 'node', items: 'nodes' },
  graph: { input: 'the graph', item: 'node', items: 'nodes' },
  'linked-list': { input: 'the list', item: 'node', items: 'nodes' },
  matrix: { input: 'the grid', item: 'cell', items: 'cells' },
  number: { input: 'the number', item: 'value', items: 'values' },
};

const GENERIC: Ladder = [
  'What would a brute-force answer do, and which part of it repeats work?',
  'Find the repeated work in the brute force and keep its result so it is done once.',
  'Write the slow version in words first. Mark the step that is repeated for many inputs, decide what to remember so it happens once, and check the result against the complexity target.',
];

/**
 * The ladder shown one level at a time: the site's own hints first (the author's words),
 * then the coach's three rungs for the leading technique, worded with the problem's nouns.
 */
export function hintLadder(
  siteHints: readonly string[],
  technique: TechniqueId | undefined,
  kind: InputKind,
  inputName: string | undefined,
): Hint[] {
  const nouns = NOUNS[kind];
  const input = inputName && !nouns.input.endsWith(inputName) ? `${nouns.input} ${inputName}` : nouns.input;
  const ladder = (technique && LADDERS[technique]) || GENERIC;
  const coach = ladder.map((text) =>
    text.replaceAll('{input}', input).replaceAll('{items}', nouns.items).replaceAll('{item}', nouns.item),
  );
  const site = siteHints.map((text) => text.trim()).filter(Boolean);
  return [
    ...site.map((text) => ({ text, source: 'site' as const })),
    ...coach.map((text) => ({ text, source: 'coach' as const })),
  ].map((hint, index) => ({ ...hint, level: index + 1 }));
}
