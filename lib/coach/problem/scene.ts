import type { ConstraintFacts } from './constraints';
import { isElementValue } from './counts';
import { gridQuestions } from './grid-questions';
import type { Guarantee } from './guarantees';
import { answerSetting } from './knowledge/answer-settings';
import { operationStream } from './knowledge/calls';
import { joinedOverTime } from './knowledge/joins';
import { takenInAnyOrder } from './knowledge/order-free';
import type { Scene } from './knowledge/trigger';
import { TAKEN_FROM_ENDS } from './knowledge/windows';
import { runsAlongTheLine, withoutLineRuns } from './line-runs';
import { linksCarryAmounts } from './links';
import { readPairCount } from './pair-counts';
import { readPointerWalk } from './pointer-walks';
import { asksComparedValue, positionSpans, valuesFitATable } from './query-kinds';
import { readShape } from './shape';
import type { InputKind } from './types';
import { readValueWork } from './value-work';
import { readWordBeginnings } from './word-beginnings';

/** A class to implement, or a stream of typed operations on one structure. */
const DESIGN =
  /\bimplement (?:the |a |an )?[a-z]+ class\b|\bdesign (?:a|an|the|it)\b(?! (?:best|optimal|fastest|cheapest) way\b)|\bclass\b.{0,60}\b(?:methods?|operations?|functions?|supports?)\b|\bcomplete (?:the )?(?:two |three )?functions\b|\boperations?,? each of (?:one of )?(?:the following|two|three|four) types\b|\boperations? of (?:the following|two|three|four) types\b/;
/** Moves or links with costs of their own. */
export const WEIGHTED =
  /\b(?:has|have|with) (?:a )?(?:length|weight|cost|price|travel time)s? \w+_i\b|\b(?:length|weight|cost|price|time)s? (?:w_i|c_i|t_i)\b|\b(?:roads?|edges?|links?|flights?|routes?)\b[^.]{0,60}\b(?:lengths?|weights?|costs?|prices?|takes? \w+ (?:minutes|seconds|milliseconds|hours))\b|\b(?:reaches?|arrives?)\b[^.]{0,40}\bafter \w+_i (?:minutes|seconds|milliseconds)\b|\b(?:needs?|takes?) \w+(?:\[i\]|_i) (?:minutes|seconds|milliseconds|hours)\b|\btimes\[i\] ?= ?\(u_i, ?v_i, ?w_i\)|\b(?:each|every) \w+\b[^.;]{0,40}\b(?:has|takes) (?:a |its own )(?:length|weight|cost|travel time|duration)\b/;
/** Every link costs the same, so the weights do not matter. */
export const UNIFORM =
  /\bevery (?:edge|road|link) has (?:the same )?(?:length|weight|cost)\b|\ball (?:edges|roads|links) have the same\b|\bunweighted\b/;
/** The question counts moves that all cost the same. */
const UNIT_MOVES =
  /\b(?:minimum|fewest|smallest|least) (?:number of )?(?:moves|steps|jumps|throws|turns|hops|rides|buses)\b|\bevery (?:edge|road|link) has (?:the same )?(?:length|weight|cost)\b|\bunweighted\b|\bfree\b.{0,120}\bcosts? 1\b/;
/**
 * Values change between questions; "never changes" says the opposite. A query that gives one
 * element a new value by a letter ("shelf k now holds u crates", "a_k becomes x") is one too.
 */
const UPDATES =
  /\b(?<!never )(?:updates?|replaces?|assigns?)\b|\bsets? (?:the )?(?:element|value|nums|a_i|index)\b|\b(?<!never )changes? (?:the |one |an? )?(?:element|value)\b|\b(?:now (?:holds?|has|is)|becomes?|is set to) [a-z](?:_[a-z0-9])?\b(?! (?:is|are|of)\b)/;
/** The answer depends on the input's own order. */
const ORDERED =
  /\bcontiguous\b|\b(?:may|must|can|could|will) ?(?:not|never|n't) be (?:reordered|rearranged|shuffled|re-sorted)\b|\bsubarrays?\b|\bsubstrings?\b|\bconsecutive (?:days|elements|positions|readings|buildings|bars|houses|stones)\b|\bkeep(?:ing)? (?:their|the|its) (?:original |relative )?order\b|\bin (?:a |the )?(?:fixed|given|original) order\b|\bkeep their order\b|\bnext to each other\b|\b(?:keep|preserve|retain) (?:the |their |its )?(?:\w+ ){0,2}in (?:their|the|its) (?:original|relative|given|input) order\b|\b(?:stay|remain|be kept|are kept) in the (?:original |same )?order (?:they (?:were|are) given|of the input|given)\b/;

/**
 * Equal keys that keep their order ("ties keep their original order", "runners with equal times
 * keep their relative order"): a stable sort, not an answer that depends on the input's order.
 */
const STABLE_TIES =
  /\b(?:ties|equal ones|(?:\w+ )?with (?:the same|equal|identical) \w+(?: \w+)?|(?:\w+ )?that (?:compare|are) equal)(?: should| must| will)? (?:keep|retain|preserve|stay in|remain in) (?:their|the) (?:original |relative |input )?order\b/g;

/**
 * Where the items may be arranged at will ("seated in whatever order he wants"), neighbours are
 * those of the arrangement made, not of the input: only a run of the input (contiguous, a
 * subarray) still ties the answer to the order given.
 */
function withoutArrangedNeighbours(body: string): string {
  return takenInAnyOrder(body) ? body.replace(/\bnext to each other\b/g, ' ') : body;
}

export function readScene(
  facts: ConstraintFacts,
  body: string,
  kinds: readonly InputKind[],
  guarantees: ReadonlySet<Guarantee>,
  sortedBy: string | null = null,
): Scene {
  const { shape } = readShape(facts, undefined, body);
  const sizes = facts.variables.filter(
    (v) => (v.role === 'size' || v.role === 'dimension') && v.upper !== undefined,
  );
  // A graph is as large as its vertices: the edges between few items do not make the search bigger.
  const largest =
    shape.kind === 'graph'
      ? shape.v.bound
      : sizes.length > 0
        ? Math.max(...sizes.map((v) => v.upper ?? 0))
        : undefined;
  const grid =
    facts.variables.filter((v) => v.role === 'dimension').length >= 2 ||
    (kinds.includes('matrix') &&
      /\brows?\b.{0,80}\b(?:columns?|cols)\b|\b[mn] ?[x*] ?[mn]\b|\b[a-z]\w*\[[a-z]\]\[[a-z]\]|\bcells?\b/.test(
        body,
      ));
  const values = facts.variables.filter((v) => v.role === 'value' && v.upper !== undefined);
  const stream = operationStream(body);
  const updates = UPDATES.test(body);
  const largestValue = values.length > 0 ? Math.max(...values.map((v) => Math.abs(v.upper ?? 0))) : undefined;
  // A phrase may run from a line into the list items under it ("queries of two kinds:" /
  // "- 1 i x: replace A_i" / "- 2 l r: print the minimum"), never across paragraphs.
  const joined = body.replace(/\n\s*(?=[-*•]\s|\d+ [a-z]\b)/g, ' ');
  const setting = answerSetting(joined);
  const pairCount = grid || shape.kind === 'graph' ? null : readPairCount(joined, largestValue);
  // A rectangle's corners bound two pairs by the grid's sides, and an edge's ends (`1 <= u_i < v_i
  // <= n`) two vertices, also where links join things over time: none is a span of positions.
  const spans =
    grid || shape.kind === 'graph' || joinedOverTime(body) ? null : positionSpans(facts, updates, body);
  const compared =
    shape.kind === 'add' && shape.other.letter === 'q' && !updates && !spans && asksComparedValue(body);
  const weighted = (WEIGHTED.test(body) || linksCarryAmounts(facts.variables, body)) && !UNIFORM.test(body);
  const unitMoves = UNIT_MOVES.test(body) && !weighted;
  // Runs of the line spans lie on ("consecutive days" closed) say nothing of the input's order.
  const alongTheLine = runsAlongTheLine(body, facts, largest);
  const ownRuns = alongTheLine ? withoutLineRuns(body) : body;
  return {
    largestValue,
    body: joined,
    kinds,
    shape: shape.kind,
    largest,
    guarantees,
    sortedBy,
    design: DESIGN.test(body) || facts.variables.some((v) => v.names.includes('calls')) || stream,
    stream,
    weighted,
    unitMoves,
    ordered:
      ORDERED.test(withoutArrangedNeighbours(ownRuns.replace(STABLE_TIES, ''))) || TAKEN_FROM_ENDS.test(body),
    runsAlongTheLine: alongTheLine,
    grid: grid && shape.kind !== 'values',
    numberStates: facts.variables.some((v) => v.operated),
    updates,
    positionSpans: spans,
    gridQuestions:
      (shape.kind === 'product' || shape.kind === 'one') && shape.questions && !updates
        ? gridQuestions(joined)
        : null,
    // Questions counted as q beside the list that each compare one value with it ("how many cost at
    // most b_j"): the list sorted once answers each by a halving search.
    comparedQueries: compared && !valuesFitATable(largestValue, largest),
    // The same questions over values no wider than the list is long: a count per value and running
    // counts over the values answer each in O(1), where a sort buys nothing.
    tabledQueries: compared && valuesFitATable(largestValue, largest),
    pairCount,
    boundPerQuestion:
      pairCount !== null && shape.kind === 'add' && shape.other.letter === 'q' && !spans && !updates,
    pointerWalk: readPointerWalk(joined, {
      kinds,
      guarantees,
      grid,
      graph: shape.kind === 'graph',
      design: DESIGN.test(body) || stream,
      moves: unitMoves,
      pairCondition: pairCount?.condition,
      twoLists: shape.kind === 'add' && shape.other.letter !== 'q',
      ordered: sortedBy !== null,
    }),
    setting,
    valueWork: shape.kind === 'values' ? readValueWork(joined, setting) : null,
    negatives: facts.variables.some((v) => isElementValue(v) && (v.lower ?? 0) < 0),
    wordBeginnings: grid ? null : readWordBeginnings(joined, kinds),
  };
}
