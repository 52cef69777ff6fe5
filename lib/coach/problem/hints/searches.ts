import { FEWEST_MOVES_ASKED, numberMoves, POURING, positionMoves } from '../knowledge/state-moves';
import type { TechniqueId } from '../types';
import { isPlural, plural, singular } from './nouns';

/** What a search walks over, as the statement calls it, and what links two of its nodes. */
export interface SearchNodes {
  item: string;
  items: string;
  /** A sentence on what an edge is ("Two words are linked when they differ in exactly one letter."), or null. */
  edge: string | null;
}

/** The searches whose ladders speak of nodes and moves, and which take the statement's nodes. */
export const SEARCHES: ReadonlySet<TechniqueId | string> = new Set([
  'breadth-first-search',
  'depth-first-search',
  'graph',
  'union-find',
  'groups-arriving',
  'groups-leaving',
  'groups-closing',
  'groups-alike',
  'groups-shared',
  'groups-cheapest',
  'shortest-path',
  'search-states',
  'two-colouring',
  'grid-search',
  'search-reach',
  'search-spread',
  'search-groups',
  'search-loop',
  'search-farthest',
  'order-smallest',
  'links-at-ends',
]);

const ONE_LETTER =
  /\bdiffers? (?:\w+ ){0,5}(?:in|by) (?:exactly )?(?:one|a single|1) (letter|character)\b|\b(?:one|a single) (letter|character) (?:apart|different|at a time)\b|\bchang(?:e|es|ing) (?:exactly )?(?:one|a single) (letter|character)\b/;
const WHEELS =
  /\bwheels?\b[^.]{0,200}\b(?:turns?|rotates?|rolls?)\b|\b(?:turns?|rotates?|rolls?) (?:a single|one) wheel\b/;
/** Two numbered things in one relation: "pupil i and pupil j know each other", "city a and city b are connected". */
const PAIR_RELATION =
  /\b([a-z]+) [a-z]\w?\b,? and (?:\1 )?[a-z]\w?\b,? ((?:know|are friends with|trust|are (?:directly )?(?:connected|adjacent|neighbou?rs)(?: to| with)?)(?: each other| one another)?(?: directly)?)/;
/** A link the input lists, joining two of its things: "road i joins towns u and v", "each cable connects two computers". */
const LISTED_LINK =
  /\b(roads?|bridges?|footbridges?|cables?|wires?|pipes?|flights?|tunnels?|trails?|paths?|edges?|links?|lines?|rails?)\b[^.]{0,20}?\b(?:joins?|connects?|links?|runs? between|goes? between)\s+(?:(?:two|some|pairs?|of|the|different|distinct|certain|[a-z]|[a-z]_i|\d+)\s+)*([a-z]{3,})\b/;
/** What a grid's cells touch, as the statement says it: a side, a corner, the four directions. */
const TOUCHING =
  /\bshar(?:e|es|ing) (?:a |an )?(?:side|edge|corner)\b|\badjacent\b|\bhorizontally\b|\bvertically\b|\bdiagonal|\b(?:four|4|eight|8) (?:directions|neighbou?rs)\b|\bup, down, left(?:,)? (?:and|or) right\b/;
/** Pairs of things in a relation the statement lists: "some pairs of members know each other". */
const PAIRS_RELATED =
  /\bpairs? of ([a-z]+) (know each other|are friends|are rivals|are enemies|are connected|trust each other)\b/;
const ONE_WAY = /\bone-way\b|\bonly in the (?:stated|given) direction\b|\bdirected\b/;
const INDEX_MOVES = /\b(?:from|at|on) index [a-z]\b|\bstand(?:s|ing)? (?:on|at) index\b/;

/** The nodes a search in this statement walks over and what links two of them, when the statement says. */
export function searchNodes(
  statement: string,
  items: string,
  neighbours: 'four' | 'eight',
): SearchNodes | undefined {
  const text = statement.replace(/`+/g, '').toLowerCase();
  const letter = ONE_LETTER.exec(text);
  if (letter) {
    const unit = letter[1] ?? letter[2] ?? letter[3] ?? 'letter';
    const node = unit === 'letter' || /\bwords?\b/.test(text) ? 'word' : 'string';
    return {
      item: node,
      items: plural(node),
      edge: `Two ${plural(node)} are linked when they differ in exactly one ${unit}, and only listed ${plural(node)} may be entered.`,
    };
  }
  if (WHEELS.test(text))
    return {
      item: 'combination',
      items: 'combinations',
      edge: 'A move turns one wheel by one step, so every combination links to the few that differ from it in one wheel.',
    };
  const pair = PAIR_RELATION.exec(text);
  if (pair?.[1] && pair[2] && !/^(?:index|position|node|vertex|value|element)$/.test(pair[1])) {
    const many = plural(pair[1]);
    return { item: pair[1], items: many, edge: `Two ${many} are linked when they ${pair[2]}.` };
  }
  const pairs = PAIRS_RELATED.exec(text);
  if (pairs?.[1] && pairs[2] && /s$/.test(pairs[1])) {
    return {
      item: singular(pairs[1]),
      items: pairs[1],
      edge: `Two ${pairs[1]} are linked when they ${pairs[2]}.`,
    };
  }
  if (items === 'cells') {
    const knight = /\bknights?\b/.test(text);
    return {
      item: 'cell',
      items: 'cells',
      edge: knight
        ? 'A move is one knight’s jump that stays on the board.'
        : !TOUCHING.test(text)
          ? null
          : neighbours === 'eight'
            ? 'Each cell links to the cells that share a side or a corner with it.'
            : 'Each cell links to the cells that share a side with it.',
    };
  }
  const link = LISTED_LINK.exec(text);
  // The linked things are named in the plural ("two towns"); "joins some pairs" names none.
  if (link?.[1] && link[2] && isPlural(link[2])) {
    const many = link[2];
    const linkNoun = singular(link[1]);
    const way = ONE_WAY.test(text) ? ', in one direction only' : '';
    return {
      item: singular(many),
      items: many,
      edge: `Each ${linkNoun} links two ${many}${way}.`,
    };
  }
  const moved = movedThrough(text);
  if (moved) return moved;
  if (INDEX_MOVES.test(text)) return { item: 'index', items: 'indexes', edge: null };
  return undefined;
}

/**
 * States the statement never calls nodes: the places of a row a move rule joins ("trampoline i"
 * to "i + power[i]" and "i - power[i]"), what containers hold as water is poured between them, or
 * the numbers operations turn into one another.
 */
function movedThrough(text: string): SearchNodes | undefined {
  const moves = positionMoves(text);
  if (moves?.place && moves.back) {
    // "i + power[i]" is said in words: a hint holds no code.
    const landings = moves.steps.map(
      (step) => `${moves.place} ${step.replace(/\b([a-z]\w*)(?:\[i\]|_i\b|_\{i\})/, 'its $1')}`,
    );
    if (moves.alike) landings.push(`every other ${moves.place} of the same kind`);
    const listed =
      landings.length > 1
        ? `${landings.slice(0, -1).join(', ')} and ${landings.at(-1)}`
        : (landings[0] ?? '');
    return {
      item: moves.place,
      items: plural(moves.place),
      edge: `${capitalised(moves.place)} i links to ${listed}: moves run both ways, so mark each ${moves.place} when it is first reached.`,
    };
  }
  if (POURING.test(text) && FEWEST_MOVES_ASKED.test(text))
    return {
      item: 'state',
      items: 'states',
      edge: 'A state is what each container holds; every fill, empty or pour links it to another state.',
    };
  const operations = numberMoves(text);
  if (operations?.grows && operations.shrinks && FEWEST_MOVES_ASKED.test(text))
    return {
      item: 'number',
      items: 'numbers',
      edge: 'Each number links to the numbers one operation turns it into, within the bounds the statement gives.',
    };
  return undefined;
}

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
