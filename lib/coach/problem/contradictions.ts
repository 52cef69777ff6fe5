import type { Guarantee } from './guarantees';

/**
 * For each guarantee, the wording of an edge case it rules out. One table, read both by the
 * coach (an edge case is dropped when the statement promises what it contradicts) and by the
 * gate over the labelled set (no edge case may contradict a labelled guarantee).
 */
export const CONTRADICTIONS: Readonly<Record<Guarantee, RegExp>> = {
  'non-empty':
    /\bempty (?:input|array|string|list|tree|grid|collection|sequence)\b|\bno (?:elements|items|characters|nodes)\b|\b(?:length|size) (?:is |of |= ?)0\b|\bzero (?:elements|items|length)\b/i,
  'min-two':
    /\b(?:a |one |only one |exactly one )?single (?:element|number|value|item|entry|character|node|point|interval|word|string)\b|\bonly one (?:element|number|value|item|entry|character)\b|\b(?:length|size|n) (?:is |of |= ?)1\b|^one element\b/i,
  sorted:
    /\breverse[- ]sorted\b|\bin reverse order\b|\bunsorted\b|\bout of order\b|\bnot sorted\b|\bgiven out of order\b|\bdescending order\b|\bdecreasing input\b/i,
  rotated: /\breverse[- ]sorted\b|\bin reverse order\b|\bdescending order\b|\bdecreasing input\b/i,
  distinct:
    /\bduplicates?\b(?! edges)|\brepeated (?:values|elements|numbers|entries)\b|\b(?:all|every) (?:values?|elements?|numbers?|characters?|letters?|entries) (?:are |is )?(?:equal|the same)\b|\bequal (?:values|elements|numbers|items)\b|\bsame value (?:appears|twice)\b|\bappear(?:s|ing)? more than once\b/i,
  positive:
    /\bnegative\b|\bzeroe?s?\b(?! length| elements| items)|\bvalues? (?:of |equal to )?0\b|\b0 (?:values|entries|elements)\b|\bnon-positive\b/i,
  'non-negative': /\bnegative\b|\bbelow zero\b|\bless than zero\b/i,
  'grid-min-two':
    /\bsingle (?:row|column)\b|\bone (?:row|column)\b|\b1 ?x ?1\b|\b1 (?:row|column)\b|\bonly one (?:row|column|cell)\b|\bsingle cell\b|\ba single character\b/i,
  'root-exists':
    /\bempty (?:tree|list)\b|\b(?:root|head) (?:is )?(?:missing|null|none|absent)\b|\bno nodes\b|\bnull (?:root|head)\b|\bnodes\b[^.;:]* can be 0\b/i,
  'answer-exists':
    /\bno (?:valid )?(?:answer|solution|such (?:pair|value|path|subarray|element))\b|\bimpossible\b|\bnot possible\b|\breturn -1\b|\bcannot be (?:done|finished)\b|(?<!\bstates? (?:that )?)\bcannot be reached\b|\bno way\b/i,
  'lowercase-only':
    /\bupper[- ]?case\b|\bcapital\b|\bmixed case\b|\bdigits?\b|\bspaces?\b|\bpunctuation\b|\bnon-letters?\b|\boutside the (?:expected )?alphabet\b|\bunicode\b|\bsymbols?\b/i,
  'fixed-alphabet':
    /\bmixed in\b|\boutside the (?:expected )?alphabet\b|\bunexpected characters?\b|\bpunctuation\b|\bunicode\b/i,
  connected:
    /\bdisconnected\b|\bunreachable\b|\bnot connected\b|\bseveral (?:separate )?components\b|\bisolated (?:node|vertex|city)\b|\b(?:node|vertex|city|goal|target|destination|exit)s? (?:that )?cannot be reached\b|\bsome nodes? (?:are )?not reachable\b|\bnever mentioned in any (?:link|edge|pair)\b|\b(?:group|component|network) of (?:its|their) own\b/i,
  acyclic: /\bcycles?\b|\bcyclic\b|\bloops? back\b/i,
  'no-self-loops':
    /\bself[- ]loops?\b|\b(?:links|points|connects|joins) to itself\b|\bedge from a node to itself\b/i,
  'no-repeated-edges':
    /\b(?:repeated|duplicate|parallel|multiple) (?:edges|roads|links)\b|\bsame (?:two|pair of) (?:nodes|cities|vertices)\b/i,
};

// A DP state that cannot be reached is a step on the way, not the answer: an answer that exists
// does not rule it out (answer-exists above reads "cannot be reached" of anything but a state).

/**
 * An edge case about what the answer itself holds ("which the output includes"): a promise about
 * the input's values (n >= 1) does not rule out a value the output lists (the code 0 of a Gray code).
 */
const ABOUT_THE_OUTPUT = /\b(?:the output|the answer) (?:includes|contains|lists)\b|\bin the output\b/i;
const INPUT_VALUE_PROMISES: ReadonlySet<Guarantee> = new Set(['positive', 'non-negative']);

/**
 * The output a statement names for no answer, quoted after the case ("No valid answer exists:
 * return an empty array, as the statement says"): an empty answer says nothing of the input, so
 * only the case itself is held against the promises.
 */
const QUOTED_OUTPUT = /^(No valid answer exists): .*$/;

/** The guarantees this edge-case line contradicts. */
export function contradictedBy(edgeCase: string, guarantees: Iterable<Guarantee>): Guarantee[] {
  const aboutOutput = ABOUT_THE_OUTPUT.test(edgeCase);
  const claimed = edgeCase.replace(QUOTED_OUTPUT, '$1');
  return [...guarantees].filter(
    (guarantee) =>
      !(aboutOutput && INPUT_VALUE_PROMISES.has(guarantee)) && CONTRADICTIONS[guarantee].test(claimed),
  );
}
