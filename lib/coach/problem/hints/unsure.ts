import type { TechniqueId } from '../types';
import type { Ladder } from './ladder';
import type { HintWords } from './words';

/** The slowest correct answer, as the question's own shape makes it: what a mentor asks for first. */
const BRUTE_FORCES: readonly [RegExp, string][] = [
  // Things moving and meeting over time ask for the slow simulation, not a split or a choice.
  [
    /\bcollid(?:e|es|ed|ing)\b|\bcollisions?\b|\bsimulat(?:e|es|ed|ion)\b|\bafter (?:each|every) (?:second|step|tick|turn|round)\b/,
    'simulating it step by step until nothing changes',
  ],
  // "Two carts" alone splits nothing: items must go into (onto, between) the two.
  [
    /\b(?:into|onto|between|among|across) (?:\w+ ){0,2}two (?:groups|trucks|teams|halves|sets|parts|piles|carts|bins|baskets)\b|\b(?:exactly )?one of (?:the )?two\b|\bsplit (?:\w+ ){0,3}into\b|\bpartition/,
    'trying every way to split {input}',
  ],
  [
    /\b(?:needs?|gets?|has) (?:its|their) own\b|\bexactly one (?:\w+ )?(?:each|per)\b|\bassign(?:s|ed|ing|ment)?\b/,
    'trying every way to match the {items} up',
  ],
  [/\bpermutations?\b|\borderings?\b|\barrangements?\b|\bevery order\b/, 'trying every order of the {items}'],
  [
    /\bsub(?:array|string)s?\b|\bcontiguous\b|\bconsecutive\b|\bstretch(?:es)?\b|\bstreaks?\b/,
    'trying every stretch of {input}, from each start to each end',
  ],
  [
    /\bsubsets?\b|\bsubsequences?\b|\bsome of\b|\bcombinations?\b|\bchoose\b/,
    'trying every way to choose which {items} to take',
  ],
  [/\btriplets?\b|\bthree (?:numbers|values|elements|indices|positions)\b/, 'trying every three {items}'],
  [
    /\bpairs?\b|\btwo (?:numbers|values|elements|indices|positions|distinct)\b/,
    'trying every pair of {items}',
  ],
  [
    /\b(?:fewest|minimum|least|smallest) (?:number of )?(?:moves|steps|operations|jumps|swaps|changes|rounds)\b/,
    'trying every sequence of moves, the shortest first',
  ],
];

/** "trying every pair of crates": the brute force for this statement, worded with its items. */
export function bruteForce(statement: string, words: Pick<HintWords, 'input' | 'items'>): string {
  const text = statement.toLowerCase();
  const found =
    BRUTE_FORCES.find(([pattern]) => pattern.test(text))?.[1] ??
    'trying every candidate answer the statement allows and checking each one';
  return found.replaceAll('{input}', words.input).replaceAll('{items}', words.items);
}

const label = (id: TechniqueId) => id.replaceAll('-', ' ');
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * When no technique stands out: the brute force named in the problem's terms, then the two leading
 * candidates, each as the question that would test it, then how each would go, to try on an example.
 */
export function unsureLadder(
  brute: string | undefined,
  ladders: Partial<Record<TechniqueId, Ladder>>,
  candidates: readonly TechniqueId[],
  // Whether an idea has something to work on in this input (a search needs links, a string method text).
  fits: (id: TechniqueId) => boolean = () => true,
): Ladder {
  const nudge = `What would the slowest correct answer do here, ${brute ?? 'trying every candidate answer the statement allows'}, and which part of it repeats work?`;
  // An idea the input cannot support is dropped, and its slot left empty rather than filled.
  const ideas = candidates
    .filter((id) => id !== 'design' && ladders[id])
    .slice(0, 2)
    .filter(fits);
  const [first, second] = ideas;
  if (!first) {
    return [
      nudge,
      'Find the repeated work in the brute force and keep its result so it is done once.',
      'Write the slow version in words first. Mark the step that is repeated for many inputs, decide what to remember so it happens once, and check the result against the complexity target.',
    ];
  }
  const question = (id: TechniqueId) => lowerFirst(ladders[id]?.[0] ?? '');
  const outline = (id: TechniqueId) => `With ${label(id)}: ${ladders[id]?.[1] ?? ''}`;
  if (!second) {
    return [
      nudge,
      `One idea could cut that down, ${label(first)}. Ask whether it fits: ${question(first)}`,
      `Work the first example by hand this way before trusting it. ${outline(first)}`,
    ];
  }
  return [
    nudge,
    `Two ideas could cut that down, and the statement alone does not settle which. First idea, ${label(first)}: ${question(first)} Second idea, ${label(second)}: ${question(second)}`,
    `Work the first example by hand with each, and keep the one whose cost meets the target. ${outline(first)} ${outline(second)}`,
  ];
}
