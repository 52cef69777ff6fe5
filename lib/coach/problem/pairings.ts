import { greedyChoiceFigure } from './greedy-choice-costs';
import { type GreedyChoiceShape, readGreedyChoice, readOrderOfFew } from './greedy-choices';
import { plural, singular } from './hints/nouns';
import { sentencesOf } from './sentences';
import { gatedExec, wordGated } from './word-gated';

/*
 * Greedy shapes that read as a DP or a search: what the answer's object is, read from how the
 * statement groups, matches or keeps its items, not from story words.
 *
 * - `pairs`: items grouped at most two to a group under a cap on the group's total, the fewest
 *   groups asked (riders per gondola, parcels per locker). Sorted, the heaviest left shares with
 *   the lightest or goes alone: two pointers after a sort. Groups of any size under a cap are bin
 *   packing and stay out.
 * - `matching`: items of one list matched to items of another under a tolerance or an order, each
 *   used at most once, the most matches asked (applicants to flats, boots to feet). Both sorted,
 *   one walk hands each item to the smallest partner it fits. Pairs whose value depends on both
 *   (an assignment with a cost table) and matchings among few items stay out.
 * - `turns`: the longest subsequence whose neighbours alternately rise and fall: every turning
 *   point is kept, one pass. An increasing subsequence has no turns and stays out.
 * - `neighbours`: at least one each, and an item that beats a neighbour must get more than it,
 *   the least total asked: a pass from each side, no heap.
 * - `assign`: two lists of items on a line (clerks and desks, drivers and cars), each item of one
 *   going to a different item of the other, the distances between partners made least (their sum
 *   or the longest). Two crossed pairs are never better than the same two uncrossed, so both
 *   sorted and paired in order is optimal. The same objects under a fit or a tolerance, asked how
 *   many (or whether all) can be served, are a `matching`. Read from the two lists, the one-to-one
 *   tie and the objective, never from one verb; a table of costs per pair and an order kept (lines
 *   that must not cross) stay out.
 */

export type PairingShape = 'pairs' | 'matching' | 'assign' | 'turns' | 'neighbours' | GreedyChoiceShape;

export interface Pairing {
  shape: PairingShape;
  /** The items as the page names them: "skiers", "applicants". */
  items: string;
  /** What holds them (a group) or what they are matched to: "gondola", "flats". */
  partner: string;
  /** The words the reading rests on, quoted in reasons. */
  words: string;
  /** Two lists of one count (n clerks and n desks): the walk sorts n items twice, not n and m. */
  oneCount?: boolean;
}

/** Matchings or pairings among at most this many items are searched over sets, not walked. */
const FEW = 20;

/** A group holds at most two: "at most two skiers", "one or two riders", "no more than two passengers". */
const TWO_AT_MOST =
  /\b(?:(?:at most|up to|no more than|not more than|a maximum of) (?:two|2)|one (?:[a-z]+ )?or (?:two|2))(?= [a-z])(?! (?:times|operations|moves|changes|swaps|calls|queries)\b)|\b(?:fits?|holds?|seats?|carries|takes) (?:two|2) (?:[a-z]+ )?at most\b/;
/** A cap on what a group holds together: a total, a combined weight, a limit. */
const CAP =
  /\b(?:total|combined|together|sum of|in total|altogether|weight limit|load limit|capacity|weigh at most|at most [a-z]\b|exceed)|\b(?:no|not|not be) more than [a-z]\b(?!_|\[)/;
/** The fewest groups asked. */
const FEWEST =
  /\b(?:minimum|fewest|least|smallest|minimal|lowest) (?:possible )?(?:number of |total number of )?[a-z]+/;
/** The most matches asked. */
const MOST =
  /\b(?:maximum|largest|greatest|most|maximal|highest) (?:possible )?(?:number of |count of )?[a-z]+/;
/** Each item is used once: "each flat can be given to at most one applicant". */
const ONCE =
  /\b(?:each|every|any|an?)(?: \w+){1,4}? (?:can|may|could|is|must)? ?(?:be )?(?:\w+ ){0,3}?(?:at most|only|no more than) (?:one|once)\b|\bat most (?:one|once)\b[^.]{0,40}\b(?:each|every)\b/;
/** The condition between two lists: a tolerance or an order between one item and the other. */
const FITS =
  /\bwhose \w+ (?:>=|<=|is at least|is at most)|(?:at most|<=) [a-z](?:_[a-z]|\[[a-z]\]) \+ [a-z]\b|\bbetween \w+(?: [+-] \w+)? and \w+ [+-] \w+\b|\|\s*\w+(?:\[\w+\]|_\w+)?\s*-\s*\w+(?:\[\w+\]|_\w+)?\s*\|\s*<=|\btolerance\b|\bwithin \w+ of\b|\bat least \w+(?:\[\w+\]|_\w+)? and at most\b|\b\w+\[\w\] >= \w+\[\w\]|\b(?:at least|no smaller than|no less than|no more than|at most) (?:as (?:large|big|tall|long) as )?(?:the )?(?:\w+ )?(?:size|demand|need|length|height)\b|\b(?:needs?|requires?|wants?|asks? for|able to|can)\b[^.]{0,40}\b(?:at least|no less than|at most|no more than|up to) [a-z](?:_[a-z]|\[[a-z]\])/;
/** A subsequence kept in the input's order. */
const KEPT =
  /\bsubsequences?\b|\b(?:pick|choose|select|pull|take|knock)\w*(?: out)? some\b|\bkeep(?:ing|s)? (?:only )?some\b|\bremov(?:e|ing) some\b|\bdelet(?:e|ing) some\b|\b(?:keeping|in) (?:their|the) (?:original |given )?order\b/;
/** Neighbours that rise and fall in turns. */
const ALTERNATING =
  /\balternat(?:e|es|ing|ely)\b[^.]{0,60}\b(?:signs?|up|down|ris\w*|fall\w*|increas\w*|decreas\w*|greater|smaller|higher|lower)|\b(?:ris\w*|up) and (?:fall\w*|down)\b[^.]{0,20}\bin turns?\b|\bin turns?\b|\bzig-?zag\b|\bwiggle\b|\ba (?:rise|climb|increase) is (?:always )?followed by a (?:fall|drop|decrease)\b|\b(?:higher|greater|larger|bigger|taller|above)\b[^.]{0,80}\b(?:lower|smaller|less|shorter|below)\b[^.]{0,40}\bor (?:the other way (?:a)?round|vice versa|(?:lower|smaller|shorter) and then (?:higher|greater|larger|taller))\b|\b(?:taller|higher|greater|larger|bigger) than both\b[^.]{0,60}\b(?:shorter|lower|smaller|less) than both\b/;
/** The longest or largest count asked. */
const LONGEST =
  /\b(?:longest|largest|maximum|most|greatest)\b|\b(?:minimum|fewest|least|smallest) number of \w+ (?:\w+ ){0,3}?(?:to )?(?:pull|remove|delete|drop|erase|take)\w*/;
/** Everyone gets at least one. */
const AT_LEAST_ONE = /\b(?:at least one|at least 1)\b/;
/** One that beats a neighbour must get more than it. */
const BEATS_NEIGHBOUR =
  /\b(?:more|higher|greater|larger|better)\b[^.]{0,80}\b(?:neighbou?rs?|next to|adjacent)\b[^.]{0,80}\b(?:more|higher|greater|larger)\b/;

/** Each item of one list goes to a different item of the other: nobody shares, nobody gets two. */
const ONE_TO_ONE =
  /\bno two [a-z]+ (?:[a-z]+ ){0,3}?(?:share|the same)\b|\b(?:each|every) [a-z]+ (?:[a-z]+ ){1,3}?(?:a |an )?(?:different|distinct|separate)\b|\b(?:in|into|to|at) (?:its|their|his|her) own\b|\beach [a-z]+ (?:can |may )?[a-z]+ (?:at most |exactly |only )?one\b|\b(?:one|a) [a-z]+ (?:per|for each|for every) [a-z]+\b/;
/** The distance between partners on a line, as a walk, a gap or |x - y|. */
const DISTANCE =
  /\|\s*[a-z](?:_[a-z]|\[[a-z]\])?\s*-\s*[a-z](?:_[a-z]|\[[a-z]\])?\s*\||\b(?:distance|walk\w*|travel\w*|drives?|driving|moves?|gap|how far)\b/;
/** What a matching asks: a best value, or whether every item can be served. */
const MATCH_ASK =
  /\b(?:minimum|maximum|smallest|largest|least|most|fewest|minimi[sz]e|maximi[sz]e|shortest|longest)\b|\b(?:whether|if) (?:every|each|all)\b|\b(?:every|each|all) (?:of the )?[a-z]+ (?:can|could) (?:be|get|receive|find)\b/;
/**
 * A fit between one item and its partner in other words: a tolerance written as a difference
 * ("differs from the desired size by at most k"), or one's measure against the other's ("its size
 * is at most the box's size").
 */
const FITS_PARTNER =
  /\bdiffers? (?:from [^.]{0,40})?by (?:at most|<=|no more than|up to) [a-z]\b|\b(?:its|their) [a-z]+ (?:<=|>=|is at most|is at least) (?:the |its |their )?[a-z]+(?:'s)? [a-z]+\b/;
/** A table of costs per pair, or partners whose order must be kept, is no sorted walk. */
const NOT_SORTABLE = /\b[a-z]+\[i\]\[j\]|\bcross\w*\b|\b(?:same|original|given) order\b/;

/** Whether a sentence names the items, one ("each box") or many ("the boxes", "people"). */
const names = (sentence: string, items: string) =>
  sentence.includes(singular(items)) || sentence.includes(items);
/** Words an index can follow that name no item: "beacons i and j", "from i to j". */
const NOT_NOUNS = /^(?:and|or|the|from|to|with|than|between|of|for|where|pairs?|indices|indexes)$/;

/** "The i-th toy", "the j-th box": items named by their index, a phrase few statements hold. */
export const I_TH = wordGated(/\bthe i-th ([a-z]{3,})\b/, ['the i-th ']);
export const J_TH = wordGated(/\bthe j-th ([a-z]{3,})\b/, ['the j-th ']);

/** The two kinds of item the page lists apart: "n clerks and n desks", "the i-th toy … the j-th box". */
function twoLists(body: string): { items: [string, string]; oneCount: boolean } | null {
  const counted = body.match(/\b([a-z]) ([a-z]{3,}s) and (?:[a-z]+ )?([a-z]) ([a-z]{3,}s)\b/);
  if (
    counted?.[2] &&
    counted[4] &&
    counted[2] !== counted[4] &&
    !NOT_ITEMS.test(counted[2]) &&
    !NOT_ITEMS.test(counted[4])
  )
    return { items: [counted[2], counted[4]], oneCount: counted[1] === counted[3] };
  const first = gatedExec(I_TH, body)?.[1];
  const second = gatedExec(J_TH, body)?.[1];
  const pair: [string, string] | null =
    first && second && first !== second ? [plural(first), plural(second)] : indexedItems(body);
  if (!pair || pair.some((noun) => NOT_NOUNS.test(noun) || NOT_NOUNS.test(singular(noun)))) return null;
  return { items: pair, oneCount: false };
}

/**
 * Two lists tied one to one, under a best value or a question whether all can be served: the
 * distances between partners made least (`assign`), or as many served as a fit allows (`matching`).
 */
function readAssignment(body: string, sentences: readonly string[]): Pairing | null {
  const lists = twoLists(body);
  if (!lists || !MATCH_ASK.test(body) || NOT_SORTABLE.test(body) || KEPT.test(body)) return null;
  const [items, partner] = lists.items;
  // The tie names both lists: "no two clerks may share a desk", not "no two beacons stand at one point".
  const both = (s: string) => names(s, items) && names(s, partner);
  const tie = sentences.find((s) => (ONE_TO_ONE.test(s) || ONCE.test(s)) && both(s));
  if (!tie) return null;
  const words = quoteOf(tie, ONE_TO_ONE.test(tie) ? ONE_TO_ONE : ONCE);
  if (DISTANCE.test(body)) return { shape: 'assign', items, partner, words, oneCount: lists.oneCount };
  const fits = body.match(FITS) ?? body.match(FITS_PARTNER);
  return fits ? { shape: 'matching', items, partner, words: fits[0] } : null;
}

/** Reads which of the greedy shapes the page's answer has, or null. `largest` is the largest bounded size. */
export function readPairing(body: string, largest: number | undefined): Pairing | null {
  const sentences = sentencesOf(body);
  const few = largest !== undefined && largest <= FEW;
  const paired = sentences.find(
    (s) => TWO_AT_MOST.test(s) && (CAP.test(s) || CAP.test(nextOf(sentences, s))),
  );
  if (paired && FEWEST.test(body) && !few)
    return {
      shape: 'pairs',
      items: pairedItems(paired) ?? itemsOf(body)[0] ?? 'items',
      partner: groupOf(paired) ?? 'group',
      words: quoteOf(paired, TWO_AT_MOST),
    };
  const once = sentences.find((s) => ONCE.test(s));
  const fits = body.match(FITS);
  if (once && fits && MOST.test(body) && !few && !/\bexactly one\b/.test(body)) {
    const [first = 'items', second = 'partners'] = indexedItems(body) ?? itemsOf(body);
    return { shape: 'matching', items: first, partner: second, words: fits[0] };
  }
  const assigned = few ? null : readAssignment(body, sentences);
  if (assigned) return assigned;
  const turns = body.match(ALTERNATING);
  if (turns && KEPT.test(body) && LONGEST.test(body))
    return { shape: 'turns', items: itemsOf(body)[0] ?? 'values', partner: '', words: turns[0] };
  const beats = body.match(BEATS_NEIGHBOUR);
  if (beats && AT_LEAST_ONE.test(body) && FEWEST.test(body))
    return { shape: 'neighbours', items: itemsOf(body)[0] ?? 'items', partner: '', words: beats[0] };
  // Subsets, covers and orders the same kind of exchange settles (greedy-choices.ts). Among few
  // items an order a swap of neighbours settles is still one sort: trying every order is no better.
  return few ? readOrderOfFew(body) : readGreedyChoice(body);
}

function nextOf(sentences: readonly string[], sentence: string): string {
  return sentences[sentences.indexOf(sentence) + 1] ?? '';
}

function quoteOf(sentence: string, pattern: RegExp): string {
  const at = sentence.search(pattern);
  return sentence.slice(Math.max(0, at), at + 60).trim();
}

/** Nouns the statement counts: "n skiers", "m flats". Measures and input formats are not items. */
const COUNTED = /\b[a-z]\s+([a-z]{3,}(?:s|people|children))\b/g;
const NOT_ITEMS =
  /^(?:integers|numbers|lines|queries|cases|tests|times|seconds|minutes|hours|bits|digits|letters|characters|operations|values|elements|words|entries|positions|kilograms|points|coins|parts|units|pairs)$/;

function itemsOf(body: string): string[] {
  const found: string[] = [];
  for (const [, noun = ''] of body.matchAll(COUNTED)) {
    if (!NOT_ITEMS.test(noun) && !found.includes(noun)) found.push(noun);
  }
  return found;
}

/** Two kinds of item indexed apart: "applicant i" and "flat j", "junior i" and "mentor j". */
function indexedItems(body: string): [string, string] | null {
  const first = body.match(/\b([a-z]{3,}) i\b(?! ?[=<>+-])/)?.[1];
  const second = body.match(/\b([a-z]{3,}) j\b(?! ?[=<>+-])/)?.[1];
  if (!first || !second || first === second || NOT_ITEMS.test(`${first}s`)) return null;
  return [plural(first), plural(second)];
}

/** The items named right after the bound of two: "at most two skiers". */
function pairedItems(sentence: string): string | null {
  const named = sentence.match(/\b(?:two|2) ([a-z]{3,}s)\b/);
  return named?.[1] && !NOT_ITEMS.test(named[1]) ? named[1] : null;
}

/** What holds a pair: "gondolas that each take at most two", "a locker can hold", "share a cabin". */
function groupOf(sentence: string): string | null {
  const holder = sentence.match(
    /\b(?:an?|each|every|one) ([a-z]{3,}?)s? (?:that |which )?(?:each |can |may |only )*(?:takes?|carr(?:y|ies)|holds?|seats?|fits?)\b|\b([a-z]{3,}?)s? (?:that |which )(?:each |can |may )*(?:takes?|carr(?:y|ies)|holds?|seats?)\b|\bshare (?:a|one|the same) ([a-z]{3,})\b|\bin (?:a|one) ([a-z]{3,})\b/,
  );
  const noun = holder?.slice(1).find((word) => word !== undefined);
  return noun && !/^(?:most|least|total|which|that)$/.test(noun) ? noun : null;
}

/** The cost of the greedy walk each shape is decided by, and why. */
export function pairingFigure(pairing: Pairing, sorted: boolean): [big: string, why: string] {
  switch (pairing.shape) {
    case 'pairs':
      if (sorted)
        return [
          'O(n)',
          `the ${pairing.items} come sorted, so one walk of two pointers from both ends pairs them`,
        ];
      return [
        'O(n log n)',
        `sort the ${pairing.items} once, then one walk of two pointers from both ends pairs them`,
      ];
    case 'matching':
      return [
        'O(n log n + m log m)',
        `sort the ${pairing.items} and the ${pairing.partner}, then one walk through both hands each to the smallest partner that fits`,
      ];
    case 'assign':
      return [
        pairing.oneCount ? 'O(n log n)' : 'O(n log n + m log m)',
        `sort the ${pairing.items} and the ${pairing.partner}, then pair them in order: two crossed pairs are never closer than the same two uncrossed`,
      ];
    case 'turns':
      return ['O(n)', 'one pass counts the turning points, where the direction of change flips'];
    case 'neighbours':
      return ['O(n)', 'a pass from the left and one from the right settle every item against its neighbours'];
    default:
      return greedyChoiceFigure({ ...pairing, shape: pairing.shape }, sorted);
  }
}
