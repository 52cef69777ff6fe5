import type { Hint, InputKind, TechniqueId } from '../types';
import type { Ladder } from './ladder';
import { SEQUENCE_LADDERS } from './sequences';
import { siteHintLevels } from './site';
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

/** The coach's three rungs for a technique, worded with the problem's nouns. */
export function techniqueRungs(
  technique: TechniqueId | undefined,
  kind: InputKind,
  inputName: string | undefined,
): Ladder {
  const nouns = NOUNS[kind];
  const input = inputName && !nouns.input.endsWith(inputName) ? `${nouns.input} ${inputName}` : nouns.input;
  const ladder = (technique && LADDERS[technique]) || GENERIC;
  return ladder.map((text) =>
    text.replaceAll('{input}', input).replaceAll('{items}', nouns.items).replaceAll('{item}', nouns.item),
  ) as unknown as Ladder;
}

/**
 * Exactly three levels, opened one at a time: a nudge, the approach, an outline. The site's own
 * hints join the level their spoiler weight fits (see `siteHintLevels`), never ahead of it.
 */
export function hintLadder(rungs: Ladder, source: Hint['source'], siteHints: readonly string[]): Hint[] {
  const site = siteHintLevels(siteHints);
  return rungs.map((text, index) => {
    const level = (index + 1) as Hint['level'];
    return {
      level,
      text,
      source,
      site: site.filter((hint) => hint.level === level).map((hint) => hint.text),
    };
  });
}
