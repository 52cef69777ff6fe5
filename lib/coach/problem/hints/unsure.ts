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
  // Items taken in their given order, a few at a time, are cut into runs.
  [
    /\b(?:takes?|carr(?:y|ies)|loads?|holds?|gets?) the next (?:few|several|one or more|some|k)\b/,
    'trying every way to cut {input} into consecutive groups',
  ],
  // The k-th of an order asks for the order itself, the slow way.
  [
    /\b(?:k|k-th|kth|\d+(?:st|nd|rd|th))[- ]?(?:th )?(?:smallest|largest|lightest|heaviest|cheapest|shortest|longest|lowest|highest) ([a-z]+)\b/,
    'listing every $1 in order and counting to the k-th',
  ],
  [
    /\bsmallest positive (?:\w+ ){0,2}(?:not|missing|absent|never)\b|\bsmallest positive (?:\w+ ){0,3}that (?:does not|doesn't|is not|isn't)\b/,
    'trying 1, 2, 3 and so on, and scanning {input} for each',
  ],
  // "Taller than every house to its east": each item measured against all the ones before or after it.
  [
    /\b(?:\w+er|more|less) than (?:on |in |at )?(?:every|all|each|any) (?:\w+ ){0,3}(?:before|after|earlier|later|to (?:its|the) (?:left|right|west|east|north|south)|(?:west|east|north|south|left|right) of)\b/,
    'comparing each {item} with every one before it (or after it)',
  ],
  // What appears most often, once, or an odd number of times is counted item by item.
  [
    /\b(?:most|least) (?:often|frequent(?:ly)?|common)\b|\b(?:used|played|seen|appears?|occurs?) (?:\w+ ){0,2}(?:most|least) (?:often|times)\b|\b(?:appears?|occurs?) (?:on |in )?(?:only |exactly )?(?:once|a single)\b|\b(?:scanned|seen|visited) twice\b/,
    'counting, for every {item}, how often it appears by going over all of {input} again',
  ],
  [
    /\b(?:largest|greatest|maximum|most) (?:possible )?number of (?!ways\b)\w+ (?:that |which |who |he |she |they |you |the \w+ )?(?:can|could|may)\b/,
    'trying every group of {items} and keeping the largest one the rules allow',
  ],
  [
    /\b(?:picks?|chooses?|selects?|buys?) (?:\w+ ){0,2}two (?:different |distinct )?[a-z]+s\b/,
    'trying every pair of {items}',
  ],
  // One answer per item, day or query: recounting from scratch for each.
  [
    /\bfor (?:each|every) (?:\w+ ){0,2}(?:day|night|query|student|position|prefix|arrival|request|index|element)\b|\bafter (?:each|every) \w+\b|\bqueries\b|\bthe \w+-th query\b/,
    'recounting over all of {input} for every answer asked for',
  ],
];

/** "trying every pair of crates": the brute force for this statement, worded with its items. */
export function bruteForce(statement: string, words: Pick<HintWords, 'input' | 'items' | 'item'>): string {
  // Marks of code and emphasis ("the `k`-th", "**smallest positive**") are no words.
  const text = statement.toLowerCase().replace(/[`*_]/g, '');
  const rule = BRUTE_FORCES.find(([pattern]) => pattern.test(text));
  // "$1" is the noun the statement itself names beside the words that matched ("the k-th lightest parcel").
  const named = rule?.[0].exec(text)?.[1] ?? '';
  const found =
    rule?.[1].replace('$1', named) ??
    'trying every candidate answer the statement allows and checking each one';
  return found
    .replaceAll('{input}', words.input)
    .replaceAll('{items}', words.items)
    .replaceAll('{item}', words.item);
}

const label = (id: TechniqueId) => id.replaceAll('-', ' ');
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * What the complexity target leaves room for, asked about the statement's items: the question an
 * interviewer puts once the slow answer is on the table and no method stands out.
 */
const BUDGETS: readonly [RegExp, string][] = [
  [
    /^O\((?:1|log \w+)\)$/,
    'The target, {target}, is less than one look at every {item}: what could you halve, or work out straight from the numbers given?',
  ],
  [
    /^O\(n(?: \+ [mqk])?\)$/,
    'The target, {target}, leaves room for one pass over the {items}, or a few: what would you need to remember about the {items} already passed to answer without looking back?',
  ],
  [
    /^O\((?:n|\(n \+ [mqk]\)) log n\)$/,
    'The target, {target}, is what putting the {items} in order once costs: once they are sorted, could the answer be read off in a single pass?',
  ],
  [
    /^O\(n\^2\)$/,
    'The target, {target}, lets each {item} look at every other {item} once, and no more: what can each carry over from the ones before it so that nothing is worked out twice?',
  ],
];

/** The question the target asks of a ladder with no idea to weigh, or the generic one. */
export function budgetQuestion(target: string): string {
  const found = BUDGETS.find(([pattern]) => pattern.test(target))?.[1];
  return found
    ? found.replace('{target}', target)
    : 'Find the repeated work in the brute force and keep its result so it is done once.';
}

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
  // The complexity target: with no idea to weigh, what it leaves room for is the next question.
  target = '',
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
      budgetQuestion(target),
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
