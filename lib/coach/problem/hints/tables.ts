import type { Asks } from '../asks';
import { coveredThings } from '../covered-things';
import { ANY_NUMBER_OF_EACH } from '../knowledge/amounts';
import { editsAlongTwoSequences, readingsOfDigits, sharedWholeByTwo } from '../knowledge/sequence-tables';
import { choiceTiedToPrevious } from '../knowledge/steps';
import type { Ladder } from './ladder';

/**
 * The DP ladders, each worded with what its table holds: a mentor names the state in the
 * problem's terms instead of "define a state". The shapes interviews ask most, then tables over
 * subsets and ranges. {first} and {second} are the two sequences' names, {amount} the total to
 * make; level 3 quotes them where the statement gives them.
 */
export const TABLE_LADDERS = {
  'table-two-texts': [
    'Look only at the last {item} of {first} and the last {item} of {second}: if they match, what is left to solve, and if they do not, what are your choices?',
    'A table over both prefixes: entry (i, j) holds the answer for the first i {items} of {first} against the first j {items} of {second}, and it comes from its neighbours above, to the left and up-left, depending on whether the two {items} at i and j match.',
    'Give the table one more row and one more column than the lengths, for the empty beginnings, and fill that row and column first (what is the answer when {first} or {second} is empty?). Then fill row by row: when the {items} at i and j match, build on entry (i - 1, j - 1); otherwise take the best of the moves the question allows (dropping one {item} from either side, or replacing one). The answer is the bottom-right entry, and two rows are enough when only its value is needed.',
  ],
  'table-take-skip': [
    'Standing at one {item} of {input}, you either take it or leave it. What does taking it rule out, and what is the best you could have had just before?',
    'Keep, for every position i, the best total using only the first i {items}: the better of leaving {item} i (the best up to i - 1) and taking it (its value plus the best up to i - 2, two back, since its neighbour must then be left).',
    'The best with no {items} is zero and with one {item} is its value. Walk along {input}, each time keeping the larger of the best so far and the best two back with this {item} added. Two running values hold everything, and the last is the answer. If the line closes into a circle, solve it twice, once without the first {item} and once without the last.',
  ],
  'table-amounts-fewest': [
    'Which {item} is used last? Once it is fixed, what smaller total is left to make, and is that the same question again?',
    'A table over the totals 0 to {amount}: entry a holds the fewest {items} that make exactly a: one more than the best among the entries that a single {item} tops up to a.',
    'Start with zero {items} for a total of 0 and “impossible” for every other total. For each total from 1 up to {amount}, try every {item} no larger than it and keep one plus the best entry it leaves. The answer is the entry for {amount}, or “impossible” when it never got a value.',
  ],
  'table-amounts-ways': [
    'Which {item} is used last, and what smaller total does it leave? Would the same {items} in two different orders count as one way or as two?',
    'A table over the totals 0 to {amount}: entry a holds the number of ways to make exactly a, the sum of the entries at a minus each {item}’s value. Which loop is outside decides what is counted: {items} outside and totals inside counts each combination once; totals outside counts every order.',
    'Set the entry for a total of 0 to one (choosing nothing) and the rest to zero. When order does not matter, take the {items} one at a time and, for each, sweep the totals upward from its value, adding the entry its value back. When every order counts, sweep the totals upward and add, at each, the entries every {item} leaves. The answer is the entry for {amount}, reduced as the statement asks.',
  ],
  'table-amounts-once': [
    'Decide the {items} one at a time: each is in or out, and none can be used twice. After the first few are decided, which totals can you already make?',
    'A table over the totals 0 to {amount}: entry a says whether (or how well) the {items} decided so far make exactly a; each new {item} updates it from the entry its own size lower, as it stood before that {item} was added.',
    'Start with only a total of 0 reachable. For each {item}, sweep the totals downward from {amount} to its size, so that it is counted at most once, and update each entry from the one its size lower (reachable or not, or the best value plus its own). The answer is the entry for {amount}, or the best entry within it.',
  ],
  'table-readings': [
    'Look at the end of {input}: the last code in it was written with either one digit or two. If you knew how many readings each shorter beginning has, how many would the whole have?',
    'Count the readings of every prefix: the prefix of length i adds the count for i - 1 when its last digit alone is a valid code, and the count for i - 2 when its last two digits together are one (no leading zero, within the range of codes).',
    'The empty prefix has one reading. Walk left to right and, at each digit, add the count one back if the digit alone is a code and the count two back if it and the digit before form a code; a 0 that cannot join the digit before it leaves no reading at all. Two running counts are all the table needs, reduced as the statement asks.',
  ],
  'table-two-sides': [
    'Only the total one side ends up with matters, not which {items} made it. Using the first few {items}, which totals can one side already have?',
    'Everything not on one side is on the other, so the two sides are equal exactly when one side holds half of the grand total (which must be even), and closest when it holds the reachable total nearest that half. Keep the set of totals one side can reach, {item} by {item}, up to that half.',
    'Add up all the {items}; an odd sum already answers no. Start with only a total of 0 reachable. For each {item}, sweep the totals downward from half the sum to its size and mark a total reachable when the one its size lower was, so each {item} is placed once. The answer is whether half is reachable, or twice the distance from half to the nearest reachable total.',
  ],
  'table-run-ending': [
    'For each {item}, what is the longest chain of picks ending exactly at it, each pick larger than the one before, and which earlier {items} could come just before it?',
    'For every position keep the length of the longest increasing subsequence ending at that {item}: one more than the best among the earlier, smaller {items}. That is quadratic; keeping, for every length, the smallest value a chain of that length can end with lets a halving search place each {item}.',
    'Walk through {input} keeping a list whose k-th entry is the smallest value that ends an increasing chain of length k; the list stays increasing. For each {item}, find by halving search the first entry not smaller than it, and overwrite that entry, or append the {item} when it is larger than them all. The list’s length is the answer; to rebuild the chain itself, remember each {item}’s predecessor.',
  ],
  'table-best-ending': [
    'For each {item}, what is the best stretch that ends exactly at it, and when is the stretch ending just before it worth carrying on?',
    'Keep, for every position, the best total of a stretch ending at that {item}: the {item} alone or the {item} added to the best stretch ending just before it, whichever is larger; the answer is the best of these.',
    'Walk along {input} with two numbers: the best total ending here and the best seen anywhere. At each {item}, the first becomes the larger of the {item} alone and the {item} added to the previous best ending here; then the second takes it if it is larger. Start both from the first {item}, not from zero, so that a row of negative values still answers with its largest. For a product, keep the smallest ending here too, since a negative {item} swaps the two.',
  ],
  'table-steps': [
    'To stand on a given {item}, where could the last move have started, and what would you need to know about those places?',
    'Keep, for every position, the best cost (or the number of ways) to reach it: it comes from the few positions one move back, each with what that move adds.',
    'Set the start, and the first position or two after it, by hand. Walk forward computing each position from the positions one move back: the cheapest of them plus the cost of the move, or the sum of their ways. The answer is the entry for the last position, and when a move reaches only a fixed few places back, that many running values replace the table.',
  ],
  'table-by-end': [
    'Look at the {items} in order of when they end. The last one is either taken or left; if it is taken, which earlier {items} can still be kept with it?',
    'Sort the {items} by end and keep, for the first i of them, the best total: the better of leaving {item} i (the best for the first i - 1) and taking it (its own worth plus the best for the {items} that end by its start, found by a halving search over the ends).',
    'Sort by end. Walk through the {items}, and for each find, by a halving search over the ends, the last one that ends no later than this one starts (the statement says whether touching counts). Its best is the larger of the previous best and this {item}’s worth added to the best up to the one found. The last best is the answer.',
  ],
  'table-last-choice': [
    'One choice is made for every {stage}, and the rule only looks at the choice made for the {stage} before. If you knew the best total for each way the previous {stage} could have ended, could you add one more {stage}?',
    'A table over ({stage}, last choice): the entry for {stage} i and choice c holds the best total of the first i {stage}s when {stage} i takes c, and it comes from the entries of {stage} i - 1 whose choices the rule allows before c.',
    'Fill the first {stage} with each choice on its own. For every later {stage} and every choice, add that choice to the best allowed entry one {stage} back; with many choices, keep the best and the second best of the previous {stage} so that "any other choice" costs O(1). The answer is the best entry of the last {stage}, and one previous {stage} is all the memory it needs.',
  ],
  'table-grid-paths': [
    'The moves only go right or down. From which cells can you step into a given cell, and what would you need to know about them?',
    'A table over the cells: the entry for a cell holds the number of paths (or the best total) from the start to it, built from the cell above and the cell to its left; a blocked cell holds nothing.',
    'Fill the first row and the first column first: each of their cells is reached only along the edge, so a blocked cell cuts off everything after it. Then go row by row, left to right, setting each open cell from the one above and the one to its left (their sum for a count, the better one plus its own cost for a best total). The answer is the bottom-right entry, and one row at a time is enough.',
  ],
  'table-word-split': [
    'If you knew which beginnings of {input} can already be cut into listed words, what would tell you about a longer beginning?',
    'Mark each prefix of {input} as splittable or not: the prefix ending at i is splittable when some listed word ends exactly at i and the prefix before that word is splittable (count the ways instead of marking, when the question asks how many).',
    'Put the listed words in a set and mark the empty prefix splittable. For each end position from the first character to the last, look back over the lengths the words have: when the piece ending there is a listed word and the prefix before it is marked, mark this end (or add its ways). The answer is the mark at the full length.',
  ],
  'table-sets': [
    'There are too many ways to match the {items} to try one by one. Once a few are matched, does the way they were matched still matter, or only which partners are taken?',
    'DP over subsets: handle the {items} in a fixed order and index a table by the set of partners already taken (a bitmask); each entry extends by one more match.',
    'Let each bitmask stand for the partners already taken; how many bits are set says which {item} comes next. From every set, try each free partner that fits and add to the entry for the larger set. The answer is the entry where every partner is taken.',
  ],
  'table-route': [
    'There are too many orders of the {items} to try one by one. Once a few are visited, does the order they went in still matter, or only which ones are visited and where you stand now?',
    'DP over subsets: a table indexed by the set of {items} already visited (a bitmask) and the last one, each entry extended by one more {item}.',
    'Let each bitmask stand for the {items} visited so far, paired with the one you stand on. From every such state, try each unvisited {item} and add the cost of moving there to the entry for the larger set. Close the route the way the question asks, from the entries where every {item} is visited.',
  ],
  'table-subsets': [
    'There are so few {items} that every group of them can be listed. If you knew the best answer for every smaller group, how would one more {item} extend it?',
    'DP over subsets: a table indexed by the set of {items} already handled (a bitmask), each entry built from the sets with one {item} fewer.',
    'Let each bitmask stand for the {items} handled so far and store the best value for exactly that set (with whatever the next step needs, such as the load still open). From every set, try adding each {item} not in it and improve the entry for the larger set. The answer is the entry where every bit is set.',
  ],
  'table-covered': [
    'Only a few things have to be covered, and a {item} matters only for which of them it brings. In how many different ways can some of the things be covered and the rest not, and would the best way to reach each of them help?',
    'DP over the sets of things covered: a table indexed by a bitmask of the few things, holding the fewest (or cheapest) {items} that cover exactly that set. Each {item} is the mask of what it brings, and taking it moves a set to its union with that mask.',
    'Turn every {item} into the mask of the things it brings. Start with the empty set at zero and every other set out of reach. For each {item}, go over every set that is in reach and improve the entry for that set OR the {item}’s mask, from the set’s entry plus this {item} (one more, or its price). The answer is the entry with every bit set; still out of reach means some thing is brought by no {item}.',
  ],
  'table-ranges': [
    'If you knew the best cost for every shorter stretch of {input}, how would you get the best cost for a longer one?',
    'DP over ranges: the best for a stretch from i to j is the best over the last split (or the last step) inside it, built from shorter stretches.',
    'Fill a table indexed by the two ends of a stretch, shortest stretches first. For each stretch, try every split point inside it and combine the two sides plus the cost of the step that joins them. The answer is the entry for the whole input.',
  ],
} satisfies Record<string, Ladder>;

export type TableVariant = keyof typeof TABLE_LADDERS;

/** Items usable again and again: coins of each value, token values, steps of each size. */
const REUSED =
  /\b(?:as many (?:of each |of them )?(?:times )?as (?:you (?:like|want|wish)|needed|necessary)|any number of times|(?:an )?(?:unlimited|infinite|endless) (?:supply|number|amount)|(?:may|can) be (?:used|chosen|picked|reused) (?:again|more than once|repeatedly|any number)|plenty of)\b/;
/** Each item counts once at most: a subset, a knapsack, two groups. */
const ONCE =
  /\b(?:at most once|only once|exactly once|(?:can|may) (?:not|never) be (?:used|chosen|picked) (?:twice|again|more than once))\b|\bsome of (?:the|them)\b|\bsubsets?\b|\btwo (?:groups|subsets|parts|piles|teams|halves)\b[^.]{0,60}\b(?:equal|same)\b|\b(?:backpack|knapsack|capacity|total weight of at most|fits?)\b/;
/** A total the chosen items must reach: "add up to exactly amount", "make up price", "weigh limit in total". */
const TOTAL =
  /\b(?:add(?:s|ing)? up to|sum(?:s|ming)? (?:up )?to|make(?:s)? up|makes? (?:exactly|a total of)|totals? (?:of )?exactly|weigh(?:s)? exactly|worth exactly|equal (?:sums?|totals?)|total (?:weight|value|worth)\b[^.]{0,30}\bat most)\b/;
/** Picks that skip a neighbour: "cannot rob two adjacent houses", "never on two consecutive days". */
const NEIGHBOURS_EXCLUDED =
  /\b(?:no two|not|never|cannot|can't|must not|may not)\b[^.]{0,60}\b(?:two )?(?:adjacent|neighbou?ring|consecutive|next to each other|side by side)\b/;
const TAKEN = /\b(?:rob|take|taking|pick|choose|chosen|select|collect|steal|train|attend|work|skip)s?\b/;
/** Only right and down moves from the top-left: each cell is reached from two others. */
const RIGHT_DOWN =
  /\b(?:right|down)(?:wards?)?\b (?:or|and) (?:one (?:square|cell|step) )?\b(?:down|right)(?:wards?)?\b[^.]{0,80}\b(?:bottom[- ]right|last cell|bottom corner)|\btop[- ]left\b[^.]{0,200}\b(?:only )?(?:one (?:square|cell|step) )?(?:right|down)\b (?:or|and) (?:one (?:square|cell|step) )?(?:down|right)\b/;
/** The best total or product of one unbroken stretch: a run that may restart at any position. */
const BEST_STRETCH =
  /\b(?:largest|maximum|greatest|best|highest|most) (?:possible )?(?:total|sum|product)\b[^.]{0,80}\b(?:contiguous|sub-?array|consecutive|streak|stretch|unbroken)\b|\b(?:contiguous|sub-?array|consecutive|streak|stretch)\b[^.]{0,60}\b(?:largest|maximum|greatest|highest) (?:total|sum|product)\b/;
/** Things that run from a start to an end and are worth something: jobs that pay, bookings with a fee. */
const WEIGHTED_SPANS =
  /\b(?:starts?|begins?|start ?(?:times?|days?)|runs? from)\b[^.]{0,120}\b(?:ends?|finish(?:es)?|end ?(?:times?|days?)|to)\b[^.]{0,120}\b(?:pays?|profits?|fees?|rewards?|worth|earns?|values?|weights?)\b/;
/** Moves of one or two places (or a few fixed sizes) forward: each position reached from a few behind it. */
const FEW_BACK =
  /\b(?:one|1) (?:step|stair|place|stone|tile|square)s? or (?:two|2) (?:steps|stairs|places|stones|tiles|squares)\b|\b(?:one|1) or (?:two|2) (?:steps|stairs|places|stones|tiles|squares)\b|\bi \+ 1\b[^.]{0,30}\bor\b[^.]{0,30}\bi \+ 2\b/;
/** Items picked out of a sequence with their order kept: a subsequence, "keeping their order". */
const PICKED_IN_ORDER =
  /\bsub-?sequences?\b|\bkeep(?:ing)? (?:their|the|its) (?:original |relative )?order\b|\b(?:pick|choose|select|take)s? (?:some|any number|as many)\b/;
/** The string cut into words of a given list, the words reusable. */
const WORD_SPLIT =
  /\b(?:split|broken|break|segment(?:ed)?|cut|divided|separated)\b[^.]{0,40}\binto\b[^.]{0,40}\b(?:(?:valid|dictionary|listed|known) )?words\b/;
const TWO_SEQUENCES =
  /\btwo (?:strings|sequences|arrays|words|lists|texts|strands|songs|versions)\b|\bstrings? `?\w+`? and `?\w+`?/;
/** What comparing two sequences asks for: a common subsequence, turning one into the other, a count of embeddings. */
const COMPARED =
  /\b(?:turns?|convert|transform|change|edit)s?\b[^.]{0,40}\binto\b|\b(?:longest|shortest) common\b|\bcommon sub-?sequences?\b|\b(?:appears?|occurs?) in both\b|\bshare\b|\bwhat is left equals\b|\bremains? (?:is )?equal\b|\binterleav|\bwildcard|\bmatches the (?:whole|entire)\b/;

/** Which DP table the statement asks for, read from what it asks and how its input is laid out. */
export function tableVariant(
  body: string,
  asks: Asks,
  grid: boolean,
  target: string,
  inOrder = false,
): TableVariant | undefined {
  // Many items over few things to cover: the sets of things are the table's states (covered-things.ts).
  if (/\* 2\^k\)$/.test(target) && coveredThings(body)) return 'table-covered';
  if (WORD_SPLIT.test(body)) return 'table-word-split';
  if (readingsOfDigits(body)) return 'table-readings';
  // Only a table of totals the values keep small: sums of 10^9 leave the few items to a search.
  if (sharedWholeByTwo(body) && /\bn \* k\b/.test(target)) return 'table-two-sides';
  // A chain picked out of the sequence, its order kept: not a contiguous run, not one pair.
  if (
    asks.increasing &&
    PICKED_IN_ORDER.test(body) &&
    !/\bcontiguous\b|\bsub(?:array|string)s?\b|\bconsecutive\b/.test(body)
  )
    return 'table-run-ending';
  if (grid && RIGHT_DOWN.test(body)) return 'table-grid-paths';
  if (BEST_STRETCH.test(body)) return 'table-best-ending';
  const compared = (TWO_SEQUENCES.test(body) && COMPARED.test(body)) || editsAlongTwoSequences(body);
  if (compared && /\bn \* m\b/.test(target)) return 'table-two-texts';
  if (TOTAL.test(body) && !/\bsub(?:array|string)s?\b|\bcontiguous\b/.test(body)) {
    if (REUSED.test(body) || ANY_NUMBER_OF_EACH.test(body)) {
      return /\b(?:number of|how many|count(?: the)?) (?:\w+ )?(?:ways|combinations|sequences|orders)\b/.test(
        body,
      )
        ? 'table-amounts-ways'
        : 'table-amounts-fewest';
    }
    if (ONCE.test(body) || asks.subsets) return 'table-amounts-once';
  }
  // Its ladder sorts by end, which input promised in order never hears.
  if (!inOrder && WEIGHTED_SPANS.test(body) && /\boverlap|\b(?:one|a single) \w+ at a time\b/.test(body))
    return 'table-by-end';
  // A rule on consecutive choices ("never the same two days running") is a table over the last choice, not take or skip.
  if (choiceTiedToPrevious(body)) return 'table-last-choice';
  if (NEIGHBOURS_EXCLUDED.test(body) && TAKEN.test(body) && !/\bcolou?rs?\b|\bpaint/.test(body))
    return 'table-take-skip';
  if (FEW_BACK.test(body)) return 'table-steps';
  return undefined;
}
