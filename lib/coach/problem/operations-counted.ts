import type { ConstraintFacts, Variable } from './constraints';
import { answersBetweenLinks } from './knowledge/joins';
import { nouns } from './links';

/**
 * Which sizes count questions or operations on the input rather than its items or links: the q
 * beside an input's n, whatever the page calls them.
 */

const QUERY_NAMES = /quer(?:y|ies)|operations|updates/i;
/** Sizes that count operations on a structure rather than items of an input. */
const OPERATION_NOUNS = /^(?:operations|queries|calls|requests|commands|events|instructions)$/;
/** What a count of questions may be called ("q questions", "Q updates"). */
const QUESTION_NOUNS =
  /^(?:operations|queries|questions|calls|requests|commands|events|instructions|updates|changes|orders|lines|rounds|steps|turns)$/;
/** Things that come one after another, each an event on what came before ("lay q cables one after another"). */
const ONE_AFTER_ANOTHER = /\bone (?:after (?:another|the other)|at a time|by one)\b/;

/**
 * A name that says it counts queries: "queries", "updates", or the letter q unless the statement
 * calls what q counts something else ("Bob owns q stamps", with "1 <= p, q <= 1000") and nothing
 * comes one after another.
 */
function namedAsQueries(facts: ConstraintFacts, variable: Variable, body: string): boolean {
  if (variable.names.some((name) => QUERY_NAMES.test(name))) return true;
  if (!variable.names.some((name) => /^q$/i.test(name))) return false;
  const counted = nouns(facts, variable);
  return (
    counted.length === 0 || counted.some((noun) => QUESTION_NOUNS.test(noun)) || ONE_AFTER_ANOTHER.test(body)
  );
}

/**
 * Things the question asks about one by one ("pairs [a, b]: for each pair, answer whether …"):
 * they are queries, whatever their name, never links of the input.
 */
function askedAbout(facts: ConstraintFacts, variable: Variable, body: string): boolean {
  if (answeredLineByLine(facts, variable, body)) return true;
  const words = [
    ...variable.names.map((name) => /^([a-z]+)\.(?:length|size)$/i.exec(name)?.[1]?.toLowerCase()),
    ...nouns(facts, variable),
  ].filter((word): word is string => !!word && word.length > 2);
  return words.some((word) => {
    const one = word.replace(/s$/, '');
    return new RegExp(
      `\\bfor (?:each|every) (?:such |given )?${one}\\b[^.;]{0,30}?\\b(?:answer|return|print|output|determine|decide|report|check|tell)\\b|\\banswer (?:each|every) ${one}\\b`,
    ).test(body);
  });
}

/**
 * Things the input lists one to a line, each answered on a line of its own ("the next K lines each
 * hold Y_j" / "print K lines, the j-th for the j-th mark"): the output is as long as their count,
 * so each is a request, whatever the page calls them (marks, parcels, customers). A count of items
 * the answer is not printed per item of is left alone.
 */
function answeredLineByLine(facts: ConstraintFacts, variable: Variable, body: string): boolean {
  const letter = variable.names.find((name) => /^[a-z]$/i.test(name))?.toLowerCase();
  if (!letter || !facts.usage.listed.has(letter) || !facts.usage.itemised.has(letter)) return false;
  return new RegExp(`\\b(?:print|output) (?:exactly )?${letter} lines\\b`).test(body);
}

/** A count named as questions (q, queries, operations, updates, calls), not as statements of fact. */
export function countsQuestions(facts: ConstraintFacts, v: Variable, body: string): boolean {
  return (
    namedAsQueries(facts, v, body) ||
    nouns(facts, v).some((noun) => /^(?:queries|operations|updates|calls|requests)$/.test(noun))
  );
}

/** A count of operations on the input (queries, updates, calls), or of things asked about one by one. */
export function countsOperations(facts: ConstraintFacts, v: Variable, body: string): boolean {
  return (
    namedAsQueries(facts, v, body) ||
    nouns(facts, v).some((noun) => OPERATION_NOUNS.test(noun)) ||
    askedAbout(facts, v, body)
  );
}

/**
 * An answer due after each link as it arrives ("after every treaty, report", "right after cable j
 * is laid", "its size at that moment"): the links are a stream of union and find operations over
 * the items, counted as queries, not a graph handed over whole.
 */
const ANSWERED_AS_THEY_COME =
  /\b(?:right |just )?after (?:each|every)\b(?! test)|\bright after (?:\w+ )?[a-z]\b|\bat that (?:moment|time|point)\b/;

export function answeredAsTheyCome(body: string): boolean {
  return ANSWERED_AS_THEY_COME.test(body) || answersBetweenLinks(body);
}
