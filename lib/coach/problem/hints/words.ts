import { formatBound } from '../complexity';
import type { ConstraintFacts, Variable } from '../constraints';
import { isLinkOrOperationCount } from '../counts';
import { type AnswerSetting, answerSetting } from '../knowledge/answer-settings';
import { stageNoun } from '../knowledge/steps';
import { codeIn } from '../library/spoilers';
import { normalizeMath } from '../normalize';
import type { Shape } from '../shape';
import { noAnswerOutput } from '../stated-traps';
import type { InputKind } from '../types';
import type { Checks } from './checks';
import { goalOf } from './goal';
import { plural, singular } from './nouns';
import { type SearchNodes, searchNodes } from './searches';
import { bruteForce } from './unsure';

/** The statement's own objects and quantities, which the hint ladder is worded with. */
export interface HintWords {
  /** One of the things the input is made of, as the statement calls them ("building"). */
  item: string;
  items: string;
  /** The input as a whole ("the buildings", "the string s", "the grid"). */
  input: string;
  /** What the statement asks for, in its own words, when it can be quoted as prose. */
  goal: string | null;
  /** The size that decides the running time, with its bound ("up to 10^5 buildings"). */
  size: string | null;
  /** How many neighbours a grid cell has: "eight" where diagonal moves count, else "four". */
  neighbours: 'four' | 'eight';
  /** The total the chosen items must reach, by the statement's name for it ("amount", "W"). */
  amount?: string;
  /** The two sequences a table compares, by name ("word1", "word2") or as "the first string". */
  sequences?: readonly [string, string];
  /** What a search walks over and what links two nodes, where the statement says ("words one letter apart"). */
  search?: SearchNodes;
  /** What the statement calls the steps a choice is made at ("day", "segment"), where it names them. */
  stage?: string;
  /** The brute force in the statement's terms ("trying every pair of crates"), for a ladder with no lead. */
  brute?: string;
  /** The statement, lower-cased: the ideas a ladder with no lead weighs must fit it. */
  text?: string;
  /** What each call of a class must do and the structure that serves it (knowledge/calls.ts). */
  calls?: string;
  /** The question the costliest of those calls raises, naming no structure (operations.ts). */
  asked?: string;
  /** The input kinds the reading found (text, a list, a grid…), which those ideas must fit too. */
  kinds?: readonly InputKind[];
  /** The value a values-only page asks about, by the statement's name for it ("goal", "n"). */
  value?: string;
  /** The one value the answer is, in the statement's words, and which guesses pass once one does. */
  setting?: { phrase?: string; looser: 'smaller' | 'larger' };
  /** Which of zero, negatives and overflow the bounds leave for a checklist to name (checks.ts). */
  checks?: Checks;
  /** What the output rule gives when nothing valid exists, as the page writes it ("print IMPOSSIBLE"). */
  noAnswer?: string;
  /** The statement gives the values in order: a walk over them needs no sort. */
  sorted?: boolean;
}

const SHAPE_NOUNS: Record<InputKind, { item: string; items: string; input: string }> = {
  array: { item: 'value', items: 'values', input: 'the array' },
  string: { item: 'character', items: 'characters', input: 'the string' },
  intervals: { item: 'interval', items: 'intervals', input: 'the intervals' },
  tree: { item: 'node', items: 'nodes', input: 'the tree' },
  graph: { item: 'node', items: 'nodes', input: 'the graph' },
  'linked-list': { item: 'node', items: 'nodes', input: 'the list' },
  matrix: { item: 'cell', items: 'cells', input: 'the grid' },
  number: { item: 'value', items: 'values', input: 'the input' },
};

/** Names that say nothing about what the items are ("nums", "arr", "a"). */
const PLAIN = /^(?:nums?|arr|array|a|b|xs|values|list|data|input|s|t|str|words?|n)$/i;

/**
 * The main collection: the largest size the running time depends on, among the things the
 * question is about. Cables laid between computers or requests made of servers are links and
 * operations on those items: the computers and the servers are what a hint speaks of.
 */
function mainSize(facts: ConstraintFacts, body: string): Variable | undefined {
  const sizes = facts.variables
    .filter((v) => (v.role === 'size' || v.role === 'dimension') && v.upper !== undefined && !v.boundedBy)
    .sort((a, b) => (b.upper ?? 0) - (a.upper ?? 0));
  return sizes.find((v) => !isLinkOrOperationCount(facts, v, body)) ?? sizes[0];
}

const variableNamed = (facts: ConstraintFacts, name: string) =>
  facts.variables.find((v) => v.names.includes(name));

/** Nouns that name a place in the input or a unit of it, not what its entries belong to. */
const NO_OWNER =
  /^(?:position|index|element|entry|value|number|integer|item|step|query|case|test|line|row|column|cell|operation|time|day|night|week|month|year|hour|minute|second|round|turn|bit|digit|character|letter|string|array|list|the|and|or|of|for|if|at|on|in|to|which|where|that|such|each|every|pair|with|from|when|then|than|all|any|some|next|previous|first|last|same|other|kind|type|run|\w+(?:ly|ing|ous|ive|ed|al))$/;

/**
 * What an array's entries belong to, where its name says nothing ("on", "sold"): the noun its
 * index letter counts in the same sentence ("lamp i is switched on during night on[i]") or the
 * noun it is said to be of ("the numbers sold[] of the tickets", "the visitors of each branch").
 */
function ownerNoun(statement: string, array?: string): string | undefined {
  const text = statement.replace(/[`*]/g, '').toLowerCase();
  // With no array named by the bounds ("1 <= n", "number of trains"), any list indexed alike will do.
  const name = array?.toLowerCase() ?? '[a-z]\\w*';
  for (const sentence of text.split(/(?<=[.;:])\s+|\n+/)) {
    const index = new RegExp(`\\b${name}\\[([a-z])\\]`).exec(sentence)?.[1];
    if (!index) continue;
    const counted = new RegExp(`\\b([a-z]{3,}) ${index}\\b(?!\\])`).exec(sentence)?.[1];
    if (counted && !NO_OWNER.test(counted)) return /[^s]s$/.test(counted) ? counted : plural(counted);
  }
  // "of each trading day": a word before a noun describes it, and the noun is the owner.
  const [, first, second] =
    new RegExp(
      `\\b${name}${array ? '(?:\\[\\w*\\])?' : '\\[\\w*\\]'} of (?:the|each|every) ([a-z]{3,})(?: ([a-z]{3,}))?`,
    ).exec(text) ?? [];
  const of = second && !/s$/.test(first ?? '') ? second : first;
  if (!of || NO_OWNER.test(of) || NO_OWNER.test(of.replace(/s$/, ''))) return undefined;
  return /s$/.test(of) ? of : plural(of);
}

/** What the items are called: the noun a letter counts ("N buildings"), or a telling array name. */
function itemNoun(
  facts: ConstraintFacts,
  main: Variable | undefined,
  // The statement, where a list's entries may be owned by a noun of its own; none for a grid's cells.
  statement?: string,
): string | undefined {
  if (!main) return undefined;
  for (const name of main.names) {
    const counted = facts.usage.nouns
      .get(name.toLowerCase())
      ?.find((noun) => !/^(?:lines|integers|numbers)$/.test(noun));
    if (counted) return counted;
    const counter = /^num([A-Z][a-z]+s)$/.exec(name)?.[1];
    if (counter) return counter.toLowerCase();
    const array = /^([a-z][a-z]+)\.(?:length|size)/i.exec(name)?.[1];
    if (array && !PLAIN.test(array) && /s$/.test(array))
      return array.replace(/([A-Z])/g, ' $1').toLowerCase();
  }
  for (const name of main.names) {
    // A count named by its own plural noun ("1 <= branches <= 10^5").
    if (/^[a-z]{4,}s$/.test(name) && !PLAIN.test(name) && !NO_OWNER.test(name.replace(/e?s$/, '')))
      return name;
    const array = /^([a-z][a-z]+)\.(?:length|size)/i.exec(name)?.[1];
    const owned = statement === undefined ? undefined : ownerNoun(statement, array);
    if (owned) return owned;
  }
  return undefined;
}

/** A total to reach, named right after the words that ask for it: "add up to exactly amount". */
const TOTAL_NAMED =
  /\b(?:add(?:s|ing)? up to|sum(?:s|ming)? (?:up )?to|make(?:s)? up|weigh(?:s)?|worth|totals?|at most)\s+(?:exactly\s+|of\s+)?([A-Za-z]\w*)\b/gi;

/** The statement's name for the total a DP over amounts runs to, when a constraint bounds it. */
function amountName(facts: ConstraintFacts, statement: string): string | undefined {
  const clean = statement.replace(/`+/g, '');
  if (/\btwo (?:groups|subsets|parts|piles|teams|halves)\b[^.]{0,60}\b(?:equal|same)\b/i.test(clean))
    return 'half the sum';
  for (const [, name] of clean.matchAll(TOTAL_NAMED)) {
    if (name && !codeIn(name) && facts.variables.some((v) => v.names.includes(name))) return name;
  }
  return undefined;
}

/** Two sequences bounded side by side ("text1.length, text2.length"), by the names a hint may quote. */
function sequenceNames(facts: ConstraintFacts, noun: string): readonly [string, string] {
  const names = [
    ...new Set(
      facts.variables.flatMap((v) =>
        v.role === 'size' || v.role === 'item-size'
          ? v.names.map((name) => /^([A-Za-z]\w*)\.length$/.exec(name)?.[1]).filter((n) => n !== undefined)
          : [],
      ),
    ),
  ];
  const [first, second] = names;
  if (first && second && !codeIn(`${first} ${second}`)) return [first, second];
  return [`the first ${noun}`, `the second ${noun}`];
}

export function hintWords(
  facts: ConstraintFacts,
  shaped: Shape,
  kind: InputKind,
  statement: string,
  inputName: string | undefined,
  numbersOnly = false,
  // The scene's reading of the whole statement, which the panel passes in rather than read again.
  answer: AnswerSetting | null = answerSetting(normalizeMath(statement).toLowerCase()),
): HintWords {
  const words = collectionWords(facts, shaped, kind, statement, inputName, numbersOnly);
  const search = searchNodes(statement, words.items, words.neighbours);
  const brute = bruteForce(statement, words);
  const text = statement.toLowerCase();
  const stage = stageNoun(statement);
  // A phrase that reads like code or runs on is left out; which guesses pass still holds.
  const quotable = answer && answer.phrase !== '' && answer.phrase.length <= 90 && !codeIn(answer.phrase);
  const looser: 'smaller' | 'larger' = answer?.way === 'most' ? 'smaller' : 'larger';
  const setting: HintWords['setting'] = answer
    ? quotable
      ? { phrase: answer.phrase, looser }
      : { looser }
    : undefined;
  const noAnswer = noAnswerOutput(statement);
  const read = {
    ...words,
    brute,
    text,
    ...(stage ? { stage } : {}),
    ...(setting ? { setting } : {}),
    ...(noAnswer ? { noAnswer } : {}),
  };
  return search ? { ...read, search } : read;
}

function collectionWords(
  facts: ConstraintFacts,
  shaped: Shape,
  kind: InputKind,
  statement: string,
  inputName: string | undefined,
  numbersOnly: boolean,
): HintWords {
  const neighbours = /\bdiagonal(?:ly)?\b|\beight (?:neighbou?rs|directions|adjacent)\b/i.test(statement)
    ? 'eight'
    : 'four';
  // A grid is walked cell by cell, a graph vertex by vertex, whatever else the input lists.
  if (shaped.kind === 'product' && shaped.grid) {
    const cells = formatBound(shaped.cells ?? shaped.n.bound * shaped.other.bound);
    return { ...SHAPE_NOUNS.matrix, goal: goalOf(statement), size: `up to ${cells} cells`, neighbours };
  }
  if (shaped.kind === 'one' && shaped.square) {
    const cells = formatBound(shaped.n.bound ** 2);
    return { ...SHAPE_NOUNS.matrix, goal: goalOf(statement), size: `up to ${cells} cells`, neighbours };
  }
  const main =
    shaped.kind === 'graph' ? variableNamed(facts, shaped.v.name) : mainSize(facts, statement.toLowerCase());
  const shape = SHAPE_NOUNS[shaped.kind === 'graph' && kind !== 'tree' ? 'graph' : kind];
  const noun =
    kind === 'string' || kind === 'tree' || kind === 'linked-list'
      ? undefined
      : itemNoun(facts, main, kind === 'matrix' ? undefined : statement);
  // A list of strings ("keyName[i].length", or N words beside "|S_i| <= 10") is walked string by
  // string, not character by character; a camelCase name would read as code, so it is not quoted.
  // …where the main size counts the words; a total of their lengths ("sum |s_i| <= 10^6") counts characters.
  const itemSized =
    facts.variables.some((v) => v.role === 'item-size' && v !== main) &&
    !main?.names.some((name) => /\bsum\b|\btotal\b|\blength\b|\|/.test(name));
  const strings =
    kind === 'string' &&
    ((!!inputName &&
      facts.variables.some(
        (v) => v.role === 'item-size' && v.names.some((name) => name.startsWith(`${inputName}[`)),
      )) ||
      (main?.role === 'size' && itemSized));
  const items = strings ? 'strings' : (noun ?? shape.items);
  const item = strings ? 'string' : noun ? singular(noun) : shape.item;
  const named = inputName && !PLAIN.test(inputName) && !codeIn(inputName) ? inputName : undefined;
  const input = strings
    ? named
      ? `the strings of ${named}`
      : 'the strings'
    : kind === 'string' && inputName
      ? `the string ${inputName}`
      : noun
        ? `the ${noun}`
        : named && kind === 'array'
          ? `the values of ${named}`
          : shape.input;
  // A lone number counts states, not items of an input: "n up to 4000", not "up to 4000 values".
  const size =
    shaped.kind === 'design'
      ? null
      : main?.upper !== undefined
        ? numbersOnly
          ? `${main.names[0]} up to ${formatBound(main.upper)}`
          : `up to ${formatBound(main.upper)} ${items}`
        : null;
  const amount = amountName(facts, statement);
  return {
    item,
    items,
    input,
    goal: goalOf(statement),
    size,
    neighbours,
    ...(amount ? { amount } : {}),
    sequences: sequenceNames(facts, kind === 'string' ? 'string' : 'sequence'),
  };
}
