import type { ConstraintFacts } from './constraints';
import { isLinkOrOperationCount } from './counts';
import { SHAPE_TRAPS, type Trap } from './knowledge/traps';
import { proseSentencesOf } from './sentences';
import { sizeRoles } from './two-sizes';

/*
 * Edge cases that only some statements allow, and what the page must say to allow them. Setters
 * word their promises in endless ways ("water can already flow between any two plots", "exactly
 * one way to travel between any two villages"), so a checklist that lists such a case until a
 * promise is read contradicts the pages whose wording it has not met. The default is the other
 * way round: the case is listed only where the page gives it, by a bound that admits it or a word
 * that names it. Silence is no permission. Cases that are always possible (the smallest and the
 * largest sizes) need none.
 */

/** What the page says, normalised and lower-cased, with the bounds read from it. */
export interface PageWords {
  body: string;
  facts: ConstraintFacts;
}

/** A sentence that forbids what it names: "no pipe joins a plot to itself", "u_i != v_i". */
const NEGATED = /\bno\b|\bnot\b|\bnever\b|\bnone\b|!=|\bat most one\b|\bdistinct\b|\bdifferent\b|\bunique\b/;

/** Some clause names the case without forbidding it ("a town may have no road, and two towns may share several"). */
function allows(body: string, pattern: RegExp): boolean {
  return proseSentencesOf(body)
    .flatMap((sentence) => sentence.split(/,\s*(?:and|but|while|whereas)\s+/))
    .some((clause) => pattern.test(clause) && !NEGATED.test(clause));
}

/** The links may leave some items apart: the page names parts, groups of one, or a node left out. */
const SPLIT =
  /\bcomponents?\b|\bdisconnected\b|\bnot (?:necessarily |all |always )?(?:be )?connected\b|\bisolated\b|\bseveral (?:separate |disjoint )?(?:groups|parts|pieces|networks|clusters|circles|regions)\b|\b(?:falls?|splits?|breaks?) (?:apart |up )?into\b|\b(?:no|without) (?:\w+ ){0,2}(?:friends?|edges?|roads?|links?|connections?|ferr(?:y|ies)|neighbou?rs?|flights?|cables?|pipes?|lines) at all\b|\b(?:group|circle|component|network|cluster) of (?:one|its own)\b|\b(?:number of|how many|count(?:s|ing)? (?:the|all)) (?:\w+ )?(?:groups|circles|networks|clusters|provinces|islands|regions|components)\b/;
/**
 * The page says what to answer when something cannot be reached or done ("or -1 if", "print
 * IMPOSSIBLE", "or 0 if there is none", "return true if a path exists"): then it can happen. A page
 * that asks for the answer and names no failure promises one.
 */
const FAILURE_ANSWERED = new RegExp(
  [
    String.raw`\bor (?:-?\d+|an? empty \w+|false|null|none|nil) if\b|\bif there (?:is|are) (?:none|no)\b`,
    String.raw`(?:\b(?:return|print|output|answer)s?|\bor) \[?-1\b|-1\]? (?:if|when)\b`,
    String.raw`\b(?:return|print|output)s? (?:true|false|yes|no)\b|\bwhether\b`,
    String.raw`\bif (?:it|they|\w+) (?:does|do|is|are) not (?:appear|exist|occur|present|found)\b|\babsent\b|\bnot found\b`,
    String.raw`\bimpossible\b|\bnot possible\b|\bno (?:solution|answer|such|path|route|way|valid|order)\b`,
    String.raw`\bcannot (?:be )?(?:reach|reached|done|finished|completed|arrive)\b|\bcan ?not (?:reach|get)\b|\bunreachable\b|\bnot reachable\b`,
    String.raw`\bnever (?:does|do|receives?|reaches?|arrives?|gets?)\b|\b(?:if|when) (?:there (?:is|are) no|no|it is impossible)\b`,
    String.raw`\bif (?:some|any)\b[^.]{0,40}\b(?:reach|order|exist|possible)`,
  ].join('|'),
);
/** A link may join an item to itself. */
const LOOPS =
  /\bself[- ]?loops?\b|\bloops?\b|\bitself\b|\b([a-z])_i ?(?:=|==) ?[a-z]_i\b|\bmay (?:be equal|coincide)\b/;
/** The same two items may be linked more than once. */
const REPEATS =
  /\b(?:multiple|several|more than one|parallel|repeated|duplicate)\b[^.]{0,40}\b(?:between|joining|connecting|linking|same)\b|\b(?:joined|linked|connected)\b[^.]{0,20}\b(?:more than one|several|multiple)\b|\bmulti-?edges?\b|\bmultigraph\b|\b(?:appear|occur|listed|given)s? (?:more than once|twice|several times)\b/;

/** What an item is told apart by: a value, a name, or a measure of it. */
const MEASURE =
  '(?:values?|integers?|numbers?|elements?|ids?|codes?|serials?|labels?|keys?|names?|heights?|weights?|times?|prices?|scores?|lengths?|sizes?|ratings?|points?|positions?|coordinates?|words?|strings?)';
/**
 * The page tells its input's values apart ("n different values", "distinct integers", "all b_i are
 * pairwise different", "every part has its own serial number", "a permutation", "appears on exactly
 * one token", "no two runners finished at the same time"): equal values are not its case. Said of
 * the answer ("the distinct triplets", "the starting stop is unique"), of a step ("rewrite a line
 * into a different one"), under a condition, or as a question ("the number of distinct values"),
 * it tells nothing apart, and "not necessarily distinct" allows them outright.
 */
const TOLD_APART = new RegExp(
  [
    String.raw`\b(?:distinct|unique|different) (?:\w+ )?${MEASURE}\b`,
    String.raw`\b(?:are|is) (?:all |pairwise )?(?:distinct|unique|different)\b(?! from)`,
    String.raw`\bpermutation\b`,
    String.raw`\bits own (?:\w+ )?${MEASURE}\b`,
    String.raw`\b(?:appears?|occurs?) (?:\w+ ){0,2}exactly (?:once|one)\b`,
    String.raw`\bno two (?:\w+ ){1,3}(?:\w+ed|have|has|share|carry|hold|get|are) (?:at |with |on |in )?the same (?:\w+ )?${MEASURE}\b`,
  ].join('|'),
);
const ASKED_OR_ALLOWED =
  /\b(?:number of|how many|count(?:s|ing)?|at most|at least|choose|chooses|pick|select|return|find|print|output|report|not necessarily|need not|may|can|must|should|if|when|answer|solution|result|explanation|triplets?|quadruplets?|tuples?|combinations?|subsets?|pairs?)\b/;
/** Indices or a few named letters told apart ("a, b, c and d are distinct"): one tuple, not every value. */
const INDICES = /\bindi(?:ces|ex)\b|\b[a-z](?: ?, ?[a-z])*,? and [a-z] (?:are|is)\b/;
function toldApart(body: string): boolean {
  return proseSentencesOf(body).some(
    (sentence) => TOLD_APART.test(sentence) && !ASKED_OR_ALLOWED.test(sentence) && !INDICES.test(sentence),
  );
}

/** The page names the characters its strings hold: a case, a class, the characters one by one. */
const ALPHABET_NAMED =
  /\blower[- ]?case\b|\bupper[- ]?case\b|\bcapital\b|\b(?:english|latin) (?:letters|alphabet)\b|\bletters [a-z] (?:to|through)\b|\bdigits?\b|\bbinary\b|\balphabet\b|\b(?:consist(?:s|ing)?|made up|composed|formed) (?:only )?of ['"]?(?:[^\w\s'"]|[a-z]\b)|['"‘“][^\w\s]['"’”]/;
/** The named characters are themselves the mixture the line warns of: both cases ("english letters" of no case), spaces, punctuation. */
const MIXTURE_NAMED =
  /\bboth cases\b|\b(?:upper|lower)[- ]?case (?:\w+ )?(?:and|or) (?:upper|lower)[- ]?case\b|\bmixed case\b|(?<!(?:lower|upper)[- ]?case )\b(?:english|latin) letters\b|\bspaces?\b|\bpunctuation\b|\bprintable\b|\bascii\b/;

/** The page says in what order the input comes: "sorted", "earliest first", "from the shortest to the tallest". */
const ORDER_SAID =
  /\bsorted\b|\bin (?:strictly )?(?:non-decreasing|non-increasing|increasing|decreasing|ascending|descending|chronological|alphabetical) order\b|\b(?:earliest|latest|smallest|largest|oldest|newest|shortest|tallest|lowest|highest) first\b|\bfrom (?:the )?(?:shortest|smallest|lowest|earliest|oldest|youngest|tallest|largest|highest|latest) to (?:the )?\w+est\b/;
/** A sentence that asks for an order, or says one under a condition, says nothing of how the input comes. */
const ORDER_ASKED =
  /\b(?:return|print|output|find|report|compute|determine|calculate|count|sort|rearrange|arrange|lined up|line up|make|go|must|should|need|want|if|whether|once)\b/;
function orderSaid(body: string): boolean {
  return proseSentencesOf(body).some((sentence) => ORDER_SAID.test(sentence) && !ORDER_ASKED.test(sentence));
}

/**
 * Start and goal marked on the board by two characters, each exactly once: two different cells
 * ("exactly one s and one g", "s and g each appear exactly once").
 */
const TWO_MARKS =
  /\bexactly one ['"]?[a-z]['"]?(?: \w+)?,? and (?:exactly )?one ['"]?[a-z]['"]?(?!\w)|(?<!\w)['"]?[a-z]['"]? and ['"]?[a-z]['"]? (?:each )?(?:appears?|occurs?) exactly once\b/;
/** The page says the start and the goal differ: "s != t", "src ≠ dst", "the start and the goal are different". */
const ENDS_DIFFER =
  /(?<!\w)(?:s|src|source|start|from)\s*(?:!=|≠|\\ne(?:q)?)\s*(?:t|dst|target|goal|end|destination|to)(?!\w)|\b(?:start|source)(?: \w+)? and (?:the )?(?:goal|target|destination|end|exit)(?: \w+)? are (?:different|distinct)\b/;
/**
 * A start at place 1 (or 0) and a goal at a place numbered by the size ("square n^2", "city n",
 * "room n - 1"): different places once the size is two or more.
 */
const NUMBERED_ENDS =
  /\b(?:starts?|begins?|stands?) (?:\w+ )?(?:on|at|in|from) (?:the )?[a-z]+ [01](?!\w)[\s\S]{0,600}?\b(?:to|reach(?:es|ing)?|at) (?:the )?[a-z]+ (?:n\^2|n \* m|n - 1|n|m)(?![\w^*-])/;
/**
 * The page asks for no way to a goal at all (a view of a tree, the k-th number of a kind): its
 * search finds an order or a set, and no start can already be a goal.
 */
const WAY_ASKED =
  /\breach(?:es|ed|ing)?\b|\bget to\b|\barriv|\bgoal\b|\btarget\b|\bdestination\b|\bexit\b|\b(?:fewest|least|minimum|smallest|shortest) (?:number of )?(?:\w+ )?(?:moves|steps|jumps|days|turns|hops|operations|passages|roads|edges|flights|path|route|distance|time)\b/;
/**
 * Each item's way to the nearest of several places ("the closest fountain", "to any charging pad",
 * "to a village with a post office"): one search from all of them at once, where a place of the
 * kind is its own answer at 0 and no unvisited item starts another search.
 */
export const NEAREST_OF_MANY =
  /\b(?:nearest|closest)\b|\bto any\b|\bto an? [a-z]+(?: [a-z]+)? (?:with|that|which|holding|containing|having)\b/;
/** Opposite corners of a grid of two or more cells, which never coincide. */
const OPPOSITE_CORNERS =
  /\btop[- ]left\b[^\n]{0,300}\bbottom[- ]right\b|\bbottom[- ]right\b[^\n]{0,300}\btop[- ]left\b|\(1, ?1\)[^\n]{0,300}\((?:h, ?w|n, ?m|r, ?c|n, ?n)\)/;

/** Emptiness met by a call, not the state an object is created or starts in. */
const EMPTY_MET =
  /^(?![\s\S]*\b(?:creates?|initiali[sz]es?|constructs?|starts? (?:as|with|out)|begins? (?:as|with))\b)[\s\S]*(?<!non-)\bempty\b/;

/**
 * A link count whose bound admits none at all: n items with no links leave each one apart. The
 * count is a link count by its name ("m roads") or by what the input makes of it: the lines of two
 * item labels that the sizes are read as (a graph's edges, as the limit counts them), whatever the
 * statement calls them.
 */
function linksMayBeNone(page: PageWords): boolean {
  const { facts, body } = page;
  if (
    facts.variables.some((v) => v.lower === 0 && v.role === 'size' && isLinkOrOperationCount(facts, v, body))
  )
    return true;
  const sizes = facts.variables
    .filter((v) => v.role === 'size' && (v.upper ?? 0) > 0)
    .sort((a, b) => (b.upper ?? 0) - (a.upper ?? 0));
  if (sizes.length < 2) return false;
  const roles = sizeRoles(facts, sizes, body, undefined);
  return roles.kind === 'graph' && roles.edges.lower === 0;
}

interface Permission {
  /** The edge-case lines this permission governs. */
  lines: RegExp;
  permits: (page: PageWords, corners: boolean) => boolean;
}

const PERMISSIONS: readonly Permission[] = [
  {
    lines: /\bcomponents?\b|\bnever mentioned in any link\b|\bno edge touches\b/i,
    permits: (page) => SPLIT.test(page.body) || FAILURE_ANSWERED.test(page.body) || linksMayBeNone(page),
  },
  // A goal out of reach, no order, no answer; and a DP state out of reach, which matters where a
  // best value must stay "none" rather than 0 (a fewest that is -1 when impossible).
  {
    lines: /\bcannot be reached\b|\bnone does and there is no answer\b|\bno start works\b/,
    permits: (page) => FAILURE_ANSWERED.test(page.body),
  },
  // A cycle that blocks an order: where the page answers for it, or names one ("output CYCLE").
  {
    lines: /\bmakes any order impossible\b/,
    permits: (page) => FAILURE_ANSWERED.test(page.body) || allows(page.body, /\bcycles?\b|\bcircular\b/),
  },
  { lines: /\bto itself\b/, permits: (page) => allows(page.body, LOOPS) },
  { lines: /\brepeated edges\b/i, permits: (page) => allows(page.body, REPEATS) },
  {
    lines:
      /^all values equal\b|^the same value appearing more than once\b|^equal (?:items|values|keys)\b|^equal values (?:or|side|next)\b/i,
    permits: (page) => !toldApart(page.body),
  },
  {
    lines: /^upper-case letters, digits or spaces mixed in\b/i,
    permits: (page) => !ALPHABET_NAMED.test(page.body) || MIXTURE_NAMED.test(page.body),
  },
  {
    lines: /\bin reverse order\b|\bout of order\b/i,
    permits: (page) => !orderSaid(page.body),
  },
  // A call on an empty structure: where the page says what it answers then ("return -1 if the
  // queue is empty") or speaks of a call meeting emptiness; "always called on non-empty stacks"
  // rules it out, and a constructor that "creates an empty stack" says nothing of later calls.
  {
    lines: /^operations called on an empty structure\b/i,
    permits: (page) => FAILURE_ANSWERED.test(page.body) || allows(page.body, EMPTY_MET),
  },
  {
    lines: /^the start is already the goal\b/i,
    permits: (page, corners) =>
      WAY_ASKED.test(page.body) &&
      !NEAREST_OF_MANY.test(page.body) &&
      !TWO_MARKS.test(page.body) &&
      !ENDS_DIFFER.test(page.body) &&
      !(corners && (OPPOSITE_CORNERS.test(page.body) || NUMBERED_ENDS.test(page.body))),
  },
];

/**
 * Whether the page allows an edge case, asked line by line. `cornersApart` says the grid has two
 * or more cells, so that opposite corners are different cells. Each permission reads the page the
 * first time a line it governs is asked about, and only then: several traps of one technique fall
 * under one permission, and some permissions read the sizes' roles again (linksMayBeNone).
 */
export function permissionsOf(page: PageWords, cornersApart: boolean): (line: string) => boolean {
  const verdicts = new Map<Permission, boolean>();
  const permits = (permission: Permission) => {
    const known = verdicts.get(permission);
    if (known !== undefined) return known;
    const verdict = permission.permits(page, cornersApart);
    verdicts.set(permission, verdict);
    return verdict;
  };
  return (line) => PERMISSIONS.every((permission) => !permission.lines.test(line) || permits(permission));
}

/**
 * The awkward forms of a linked input that the page names in words (islands with no ferry at all,
 * several flights between the same airports): the statement's own case, listed whatever the
 * technique, where the bounds alone would only allow it.
 */
export function namedByThePage(page: PageWords): Trap[] {
  const [apart, repeated] = SHAPE_TRAPS.graph;
  return [
    ...(apart && SPLIT.test(page.body) ? [apart] : []),
    ...(repeated && allows(page.body, REPEATS) ? [repeated] : []),
  ];
}
