import { NEIGHBOURS_DISTINCT, PAIRS_DISTINCT } from './graph-promises';

/*
 * Distinct values promised in words: "all the ticket codes are distinct", "no two beacons stand at
 * the same point", "h_i != h_j (i != j)". Each sentence arrives already known to promise something
 * (promises.ts), with an enumerated list read as all of its items.
 */

/** Two names said to differ ("a_i and b_i are distinct", "s and t are different"): one pair, not every value. */
const ONE_PAIR = /^[\w.[\]]+ and [\w.[\]]+$/;

/** What distinctness is said of: the input's own objects, never the answer or a demand on it. */
const NOT_INPUT_SUBJECT =
  /\b(?:answer|solution|result|output|returned|target|maximum|minimum|optimal|resulting)\b/;
/** What an item is told apart by: a value, a name, or a measure of it (singular or plural). */
const MEASURE =
  '(?:values?|ids?|names?|labels?|keys?|numbers?|codes?|sizes?|weights?|heights?|lengths?|widths?|ratings?|scores?|prices?|ages?|colou?rs?|positions?|times?|strengths?|speeds?|priorit(?:y|ies)|ranks?|powers?)';
/**
 * A relation said of every pair, in words: one item set against all the others ("every guest's
 * number differs from every other guest's", "a number of their own, different from all the
 * others"), any two that are never alike ("codes, no two alike"), or no value that comes back ("no
 * value appears twice in A"). Neighbours told apart ("no two adjacent", "from the one before it")
 * are one pair at a time, not every pair.
 */
const ALL_PAIRS_DIFFER = [
  /\b(?:differs?|different|distinct) from (?:each other|one another|(?:that of )?(?:all|every|any|each) (?:the )?other(?:s|'s|s')?\b)/,
  // "No two are alike", "no two of them are the same"; two that "join the same pair" are links.
  /\bno two (?!(?:\w+ ){0,2}(?:adjacent|neighbou?ring|consecutive|successive)\b)(?:[\w']+ ){0,3}?(?:(?:(?:are|is|being) )?(?:alike|equal|identical)|(?:are|is|being) (?:of )?the same|coincide)\b|\bno two (?:(?:of )?(?:them|these|those) )?the same\b/,
  // Links that come back are repeated edges (graph-promises.ts), spans that come back are pairs, and
  // questions that come back are no values.
  /\bno (?!(?:\w+ )?(?:pairs?|edges?|roads?|links?|connections?|cables?|flights?|bridges?|doors?|paths?|footpaths?|pipes?|tunnels?|trails?|ferries|ferry|streets?|wires?|ranges?|intervals?|segments?|spans?|queries|query|questions?|requirements?|dependenc(?:y|ies))\b)(?:[\w']+ ){1,2}(?:appears|occurs|repeats|is repeated|shows up|comes up|is listed) (?:twice|more than once)\b/,
];
/**
 * A relation between neighbours only, between two named things ("s and t are different from each
 * other") or hedged by a modal ("values may differ from every other"): no promise about every two items.
 */
const NOT_EVERY_PAIR =
  /\b(?:adjacent|neighbou?ring|neighbou?rs?|consecutive|successive|next to|side by side)\b|\bthe one (?:before|after)\b|^[\w.[\]]+ and [\w.[\]]+ (?:are|is)\b|\b(?:may|might|can|could|need not|wants?|wanted|would like|wish(?:es)?)\b/;

const DISTINCT = [
  // "All the ticket codes are distinct", "Each value grid[i][j] is unique", "All Node.val are unique".
  // A clause after a comma counts when it names every item: "each postcode is a string of
  // letters, and all postcodes in the register are different" (not "a, b, c, and d are distinct").
  /(?:^(?:all |each |every |the |and )?|[,;] (?:and |but )?(?:all|each|every) )(?:of )?(?:the )?((?:[^,;:()[\]]|\([^)]*\)|\[[^\]]*\]){1,50}?) (?:are|is) (?:all |also |pairwise )?(?:unique|distinct|different)\b(?! from)/,
  // "an array of distinct integers", "consists of n distinct positive integers", "k, followed by k distinct integers".
  /(?<!number of |count of |amount of |numbers of |that |which |number |count |amount |numbers )\b(?:of|containing|contains?|consists? of|consisting of|with|holds?|has|have|followed by) (?:[a-z] |only |all )?(?:pairwise )?(?:distinct|unique|different) (?:positive |negative |non-negative |non-zero |lowercase |uppercase )?(?:integers|values|numbers|elements|strings|words|points|coordinates|characters|letters|ids|keys|names|nodes)\b/,
  // "No two members share a membership number"; neighbours that differ ("no two adjacent tiles
  // share a glaze") promise nothing about the whole input.
  /\bno two (?!(?:\w+ ){0,2}(?:adjacent|neighbou?ring|consecutive|successive)\b)(?:\w+ ){1,3}(?:(?:have|has|are|hold|carry|wear|get|earn|earns|cost|costs|weigh|weighs|score|scores|receive|receives) the same|share)\b/,
  // Places (or moments) told apart: "no two beacons stand at the same point", "no two runners
  // finish at the same time", "lamps standing at distinct integer points": the items (and so their
  // coordinates taken together, or their times) are distinct.
  /\bno two (?!(?:\w+ ){0,2}(?:adjacent|neighbou?ring|consecutive|successive)\b)(?:\w+ ){1,4}(?:at|in|on|occupy) the same (?:point|position|place|location|spot|cell|square|coordinates|time|moment|instant)\b|\b(?:stand(?:s|ing)?|located|placed|situated|lie|lies|lying|sit(?:s|ting)?|grow(?:s|ing)?) (?:at|on|in) (?:pairwise )?(?:distinct|different) (?:integer |lattice )?(?:points|positions|locations|coordinates|cells|places|spots)\b/,
  // "Every student has a different height", "each key carries a unique code": one measure per item,
  // told apart item by item.
  new RegExp(
    String.raw`\b(?:each|every) (?:\w+ ){1,2}(?:has|have|gets|carries|bears|wears) an? (?:unique|distinct|different) (?:\w+ )?${MEASURE}\b(?! (?:from|than)\b)`,
  ),
  // "Each value occurs only once", "every element in nums appears exactly once".
  /(?<!\b(?:in which|where|such that|so that|whose|for which) )\b(?:each|every) (?:\w+ ){1,2}(?:(?:in|of) [\w.[\]]+ )?(?:occurs|appears) (?:at most|exactly|only) once\b/,
  // "There are no repeated values", "values never repeat".
  /\bno (?:repeated|duplicated?) (?:values|elements|numbers|integers|ids|entries|items)\b|\b(?:values|elements|numbers|integers|ids|entries) never repeat\b/,
  // "There are no duplicates in the array", "there are no repeated values": said of the values,
  // never of links or questions ("there are no duplicate edges" is graph-promises.ts).
  /^there (?:are|is|will be) no (?:duplicates|repeats|repetitions|duplicate (?:values|elements|numbers|integers|entries|items|ids))\b(?! (?:of|among) (?:the )?(?:edges|roads|links|pairs|queries)\b)/,
  // "p is a permutation of 1 to n": each of 1..n once. A permutation of a string or a list may repeat.
  /\b(?:is|be|are|forms?|gives?) an? permutation of (?:the )?(?:(?:integers|numbers) )?(?:from )?[01]\b|\bpermutation of (?:length|size) [a-z]\b/,
  // "All nuts have different sizes", "all the runners have distinct heights": a whole group's
  // measure told apart item by item (not "different from", nor a difference between two).
  new RegExp(
    String.raw`\ball (?:the )?(?:\w+ ){1,2}(?:have|has|carry|bear|hold) (?:pairwise )?(?:distinct|different|unique) (?:\w+ )?${MEASURE}\b(?! (?:from|than)\b)`,
  ),
  // "No two of the 2n moments are equal": a count or a name between "of the" and the promise.
  /\bno two of (?:the |its |their |these |those |all )?(?!(?:\w+ ){0,2}(?:adjacent|neighbou?ring|consecutive|successive)\b)(?:[\w']+ ){1,3}(?:are|is) (?:equal|alike|identical|the same)\b/,
  /\bpairwise distinct\b|\bno (?:two|duplicate) (?:values|elements|numbers|integers)|\bcontains no duplicates\b/,
  // "the positions of the stalls (all distinct)", "the roll numbers in arr[], all different.": the
  // promise in brackets, or closing the sentence, after what it is said of.
  /\((?:all|pairwise|they are all|all of them(?: are)?) (?:distinct|unique|different)\)|, (?:all|pairwise) (?:distinct|unique|different)(?=[.;]|$)/,
  // "In ascending order with no repeats", "listed without duplicates".
  /\b(?:with|has|have|contains?|holds?) no (?:repeats|repetitions|duplicates)\b|\bwithout (?:any )?(?:repeats|repetitions|duplicates)\b/,
  // "h_i != h_j (i != j)", "a[i] != a[j] for i != j": any two of one list's values differ.
  /\b([a-z]\w*)(?:_i|\[i\]) ?!= ?\1(?:_j|\[j\])(?! ?[-+*/])/,
  ...ALL_PAIRS_DIFFER,
];
const DUPLICATES_ALLOWED =
  /\bnot (?:all |necessarily )?(?:distinct|unique)\b|\b(?:may|can|might) (?:contain|have|hold|include) duplicates\b|(?<!\b(?:no|never|without(?: any)?) )\brepeat/;

/** Whether one of the sentences promises that the input's values (or items) are all distinct. */
export function promisesDistinct(promises: readonly string[], graph: boolean): boolean {
  return promises.some((sentence) =>
    DISTINCT.some((pattern) => {
      const match = pattern.exec(sentence);
      if (!match || DUPLICATES_ALLOWED.test(sentence)) return false;
      if (ALL_PAIRS_DIFFER.includes(pattern) && NOT_EVERY_PAIR.test(sentence)) return false;
      const subject = match[1] ?? '';
      return (
        !NOT_INPUT_SUBJECT.test(subject) &&
        !ONE_PAIR.test(subject.trim()) &&
        !(graph && (PAIRS_DISTINCT.test(sentence) || NEIGHBOURS_DISTINCT.test(sentence)))
      );
    }),
  );
}
