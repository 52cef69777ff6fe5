import { fitsTheInput } from '../fit';
import { namedTechnique } from '../library/spoilers';
import type { Hint, TechniqueId } from '../types';
import { withChecks } from './checks';
import { nextComparison, withComparison } from './comparisons';
import { structureRoles } from './designs';
import type { Ladder } from './ladder';
import { withPairOrder } from './pair-counts';
import { SEARCHES } from './searches';
import { SEQUENCE_LADDERS } from './sequences';
import { siteHintLevels } from './site';
import { STRUCTURE_LADDERS } from './structures';
import { unsureLadder } from './unsure';
import { VARIANT_LADDERS, type Variant } from './variants';
import { withWindowCounts } from './window-counts';
import type { HintWords } from './words';

export type { Variant } from './variants';

export const LADDERS: Partial<Record<TechniqueId, Ladder>> = { ...SEQUENCE_LADDERS, ...STRUCTURE_LADDERS };

/** A statement that speaks of a tree, however its input was read. */
const TREE_WORDS = /\btrees?\b|\bparents?\b|\bchild(?:ren)?\b|\broot(?:ed)?\b|\bsubtrees?\b|\bancestors?\b/;

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** "To find the largest area: …", "To decide whether every course can be taken: …". */
function leadFor(goal: string): string {
  if (/^(?:whether|if)\b/i.test(goal)) return `To decide ${goal}`;
  if (/^how\b/i.test(goal)) return `To work out ${goal}`;
  return `To find ${goal}`;
}

/**
 * The coach's three rungs for a technique, worded with the statement's own objects: the nudge
 * aimed at what the statement asks for, the outline closed with the size and the cost it comes to.
 * The nudge never names a technique, whatever the quoted words say.
 */
export function techniqueRungs(
  technique: TechniqueId | undefined,
  words: HintWords,
  target: string,
  variant?: Variant,
  // The leading guesses: a design's structures, or the two ideas a ladder with no lead weighs.
  candidates: readonly TechniqueId[] = [],
): Ladder {
  const ladder =
    (variant && VARIANT_LADDERS[variant]) ||
    (technique && LADDERS[technique]) ||
    unsureLadder(
      words.brute,
      LADDERS,
      candidates,
      (id) => !words.text || fitsTheInput(id, { text: words.text, kinds: words.kinds ?? [] }),
      target,
    );
  const named = structureRoles(candidates.slice(0, 2));
  // A search speaks of the statement's nodes (words, combinations, people), not of its input's values.
  const search = SEARCHES.has(variant ?? technique ?? '') ? words.search : undefined;
  if (search) {
    // "Up to 5000 characters" counted the input's generic units; the nodes are what it counts.
    // A table of n x n cells between pupils is no count of pupils: no size beats a wrong one.
    const size = /\b(?:values|characters|strings)$/.test(words.size ?? '')
      ? words.size?.replace(/\w+$/, search.items)
      : search.items !== 'cells' && /\bcells$/.test(words.size ?? '')
        ? null
        : words.size;
    words = { ...words, item: search.item, items: search.items, size: size ?? null };
  }
  // Calls that return what a parent needs are a tree's: a list, a grid or text has no parent.
  const linked =
    !words.kinds ||
    words.kinds.some((kind) => kind === 'tree' || kind === 'graph') ||
    TREE_WORDS.test(words.text ?? '');
  // The checklist slots first: the bounds decide which cases a generic ladder may name (checks.ts).
  // A "next greater" question says which way it compares: the stack's order follows it.
  const comparison = words.text ? nextComparison(words.text) : undefined;
  const [nudge, approach, outline] = ladder.map((text) =>
    withPairOrder(
      withWindowCounts(withComparison(withChecks(text, words.checks), comparison), words.text),
      words.sorted ?? false,
    )
      .replaceAll('{input}', words.input)
      .replaceAll('{no answer}', words.noAnswer ?? 'answer no')
      .replaceAll('{tree calls}', linked ? '; for trees, let each call return what its parent needs' : '')
      .replaceAll('{items}', words.items)
      .replaceAll('{item}', words.item)
      .replaceAll('{structures}', named)
      .replaceAll('{calls}', words.calls ?? named)
      .replaceAll('{neighbours}', words.neighbours)
      .replaceAll('{amount}', words.amount ?? 'the total asked for')
      .replaceAll('{stage}', words.stage ?? 'step')
      .replaceAll('{value}', words.value ?? 'the value')
      .replaceAll('{first}', words.sequences?.[0] ?? 'the first sequence')
      .replaceAll('{second}', words.sequences?.[1] ?? 'the second sequence')
      .replaceAll('{answer}', words.setting?.phrase ?? 'the answer')
      .replaceAll('{looser}', words.setting?.looser ?? 'larger')
      .replaceAll('{kept}', words.setting?.looser === 'smaller' ? 'upper' : 'lower')
      .replaceAll('{best}', words.setting?.looser === 'smaller' ? 'largest' : 'smallest'),
  ) as unknown as Ladder;
  // A class read call by call opens with its costliest call's own question, in the page's names.
  const asked = (variant === 'design-calls' || variant === 'design-operations') && words.asked;
  // A nudge that already names the goal ("a value for the smallest load limit that ...") is not
  // led by it a second time.
  const aimed =
    asked ||
    (words.goal && !nudge.includes(words.goal) ? `${leadFor(words.goal)}: ${lowerFirst(nudge)}` : nudge);
  const first = namedTechnique(aimed) ? nudge : aimed;
  const cost = variant?.startsWith('design-')
    ? ` Each ${variant === 'design-operations' ? 'operation' : 'call'} then comes to ${target}.`
    : words.size
      ? ` With ${words.size}, that comes to ${target}.`
      : ` That comes to ${target}.`;
  return [first, search?.edge ? `${approach} ${search.edge}` : approach, `${outline}${cost}`];
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
