import { proseSentencesOf } from '../sentences';
import { ADVANCE_UP_TO } from './reach';
import type { Scene, Trigger } from './trigger';

/**
 * Graphs no word names: a state (a position in a row, a number on a display, what two cans hold)
 * and moves allowed between states, with a question of reachability or of the fewest moves. Which
 * way the moves run decides the method: moves that can also go back (to i - a[i], to x - 1 beside
 * 2x, to any place of the same colour) make cycles, so a search that marks what it has seen; moves
 * that only go forward give an order a table fills (a best total, a count of ways); a reach of
 * "any position up to i + a[i]" is the greedy of reach.ts.
 */

/** A step away from position i: `i + a[i]`, `i - power_i`, `i + 2`. Never `a[i - 1]` or `h_i - h_j`. */
const OFFSET = String.raw`(?:[a-z]\w*(?:\[i\]|_i\b|_\{i\})|\d+\b)`;
const INDEX_STEP_SOURCE = String.raw`(?<![\w\[{|])i ?([+-]) ?${OFFSET}`;
const INDEX_STEP = new RegExp(INDEX_STEP_SOURCE);
/** A sentence that moves something: the steps it names are where a move lands. */
const MOVE_VERB =
  /\b(?:jump|hop|step|move|bounc|leap|go|goes|walk|ride|land|throw|thrown|advance|travel|fly|flies|skip|climb|slide|launch|send|sent|teleport|warp|transport)\w*\b|\bto (?:\w+ )?i ?[+-] ?\w/;
/** A move to any place that shares something with this one, wherever it lies. */
const TO_ANY_ALIKE =
  /\b(?:to|onto) any (?:other )?\w+ (?:\w+ ){0,3}?(?:with|of|painted|marked|showing|holding|carrying|having) (?:the )?same\b/;

/** A move told in words, by an amount each place carries ("a_i stones clockwise or counterclockwise"). */
const OWN_AMOUNT = /\b[a-z]\w*(?:\[i\]|_i\b|_\{i\})/;
const FORWARD_WORD = /\b(?:clockwise|forwards?|ahead|to the right|rightwards?)\b/;
const BACK_WORD =
  /\b(?:counter-?clockwise|anti-?clockwise|backwards?|behind|to the left|leftwards?)\b|\bin (?:either|both|any) directions?\b|\beither way\b/;

export interface PositionMoves {
  forward: boolean;
  back: boolean;
  /** Where a move lands, as the statement writes it ("i + power[i]", "i - 1"). */
  steps: string[];
  /** A move may also land on any place alike to this one (the same colour, the same value). */
  alike: boolean;
  /** What the statement calls a position ("trampoline", "stone"), from the word before `i`. */
  place?: string;
}

/**
 * A reading of one statement kept for the next ask of the same text: the triggers' conditions and
 * the hint words ask for a statement's moves up to three times.
 */
function keptForTheSameText<T>(read: (body: string) => T): (body: string) => T {
  let last: { body: string; value: T } | undefined;
  return (body) => {
    if (last?.body !== body) last = { body, value: read(body) };
    return last.value;
  };
}

/** Where a move from position i may land, read from the sentences that move something. */
export const positionMoves = keptForTheSameText(readPositionMoves);

function readPositionMoves(body: string): PositionMoves | null {
  let forward = false;
  let back = false;
  let alike = false;
  let place: string | undefined;
  const steps = new Set<string>();
  for (const sentence of proseSentencesOf(body)) {
    if (!MOVE_VERB.test(sentence)) continue;
    for (const step of sentence.matchAll(new RegExp(INDEX_STEP_SOURCE, 'g'))) {
      if (step[1] === '+') forward = true;
      else back = true;
      steps.add(step[0].replace(/ ?([+-]) ?/, ' $1 '));
      const before = /\b([a-z]{3,}) $/.exec(sentence.slice(0, step.index));
      if (!place && before?.[1] && !/^(?:to|from|at|on|onto|index|position|and|or|with)$/.test(before[1]))
        place = before[1];
    }
    if (TO_ANY_ALIKE.test(sentence)) back = forward = alike = true;
    if (OWN_AMOUNT.test(sentence) && BACK_WORD.test(sentence)) {
      back = true;
      forward ||=
        FORWARD_WORD.test(sentence) || /\b(?:either|both|any) direction|\beither way\b/.test(sentence);
    }
  }
  if (!forward && !back) return null;
  const read = { forward, back, steps: [...steps], alike };
  return place ? { ...read, place } : read;
}

/** Operations that make a number larger, and ones that make it smaller. */
const GROWS =
  /\bdoubl(?:e|es|ed|ing)\b|\btripl(?:e|es|ing)\b|\bmultipl\w* (?:\w+ ){0,3}?by\b|\b[2-9] ?\*? ?x\b|\bx ?\* ?[2-9]\b|\bx ?\+ ?\d+\b|\b(?:add|adds|adding) (?:\d+|one|two|three)\b|\b(?:increas|rais|increment)\w* (?:\w+ ){0,3}?by\b|\bincrement\w*\b/;
const SHRINKS =
  /\bhalv\w*\b|\bdivid\w* (?:\w+ ){0,3}?by\b|\bsubtract\w*\b|\b(?:decreas|lower|reduc|decrement)\w* (?:\w+ ){0,3}?by\b|\bdecrement\w*\b|\btakes? away\b|\bx ?- ?\d+\b|\bx ?\/ ?\d+\b/;
/** One press, operation or second: the unit the moves come in. */
const ONE_OPERATION =
  /\bin (?:one|a single) (?:operation|move|step|second|minute|turn|press)\b|\b(?:each|every|per) (?:second|minute|move|step|turn|press|operation)\b|\bpress\w*\b|\bbuttons?\b|\boperations?\b/;

export interface NumberMoves {
  grows: boolean;
  shrinks: boolean;
}

/** Operations that change one number, when the statement gives only numbers. */
export const numberMoves = keptForTheSameText(readNumberMoves);

function readNumberMoves(body: string): NumberMoves | null {
  if (!ONE_OPERATION.test(body)) return null;
  const grows = GROWS.test(body);
  const shrinks = SHRINKS.test(body);
  return grows || shrinks ? { grows, shrinks } : null;
}

/** Every operation makes the number smaller: no walk comes back, so a table replaces the search. */
export function onlyShrinks(body: string): boolean {
  const moves = numberMoves(body);
  return moves?.shrinks === true && !moves.grows;
}

/** The question: the fewest moves, whether a place can be reached, a count of ways, a best total. */
export const FEWEST_MOVES_ASKED =
  /\b(?:fewest|minimum|least|smallest|shortest)\b (?:number of )?(?:\w+ ){0,2}?(?:moves|steps|jumps|hops|bounces|leaps|presses|operations|seconds|minutes|turns|clicks|rides|throws)\b/;
const REACH_ASKED =
  /\b(?:can|could) (?:\w+ ){0,3}?(?:reach|get to|arrive at|end up (?:at|on))\b|\breachable\b|\b(?:whether|true if)\b[^.]{0,120}\b(?:reach|reaches|brings?|gets? to|lands?)\b/;
const WAYS_ASKED =
  /\b(?:number of|count (?:the |all )?|how many) (?:different |distinct )?(?:ways|routes|paths|sequences of moves)\b/;
const BEST_TOTAL_ASKED =
  /\b(?:minimum|least|smallest|lowest|cheapest|maximum|largest|greatest|highest) (?:possible )?(?:total|sum|overall|cost|score)\b|\bminimi[sz]e the (?:total|sum)\b/;

/** Pouring between containers until one is empty or the other full: states are what each holds. */
export const POURING = /\bpour\w*\b[^.]{0,80}\buntil\b[^.]{0,80}\b(?:empty|full)\b/;

/**
 * The fewest of the very links the input lists ("the fewest tracks", with `tracks[i] = [u, v]`;
 * "the fewest belts", where "a belt joins two depots"): every link costs one, so the graph is
 * unweighted whatever its story.
 */
const FEWEST_OF = /\b(?:fewest|minimum number of|least number of|smallest number of) ([a-z]{3,}s)\b/;
export function fewestListedLinks(body: string): boolean {
  const noun = FEWEST_OF.exec(body)?.[1];
  if (!noun) return false;
  const one = noun
    .replace(/ies$/, 'y')
    .replace(/(?:ch|sh|ss|x)es$|s$/, (end) => (end.length > 1 ? end.slice(0, -2) : ''));
  return new RegExp(
    String.raw`\b${noun}\[i\]|\b${noun}\.length\b|\b(?:a|an|each|every|one) ${one} (?:joins|connects|links|carries|runs|goes)\b|\b(?:joined|connected|linked) by (?:a|an|one) ${one}\b`,
  ).test(body);
}

const plain = (scene: Scene) => !scene.design && !scene.grid && scene.shape !== 'graph';
const bothWays = (scene: Scene) => {
  const moves = positionMoves(scene.body);
  return moves?.forward === true && moves.back && !ADVANCE_UP_TO.test(scene.body);
};
const onlyForward = (scene: Scene) => {
  const moves = positionMoves(scene.body);
  return moves?.forward === true && !moves.back && !ADVANCE_UP_TO.test(scene.body);
};
const operated = (scene: Scene) =>
  scene.shape === 'values' || scene.numberStates ? numberMoves(scene.body) : null;

export const STATE_MOVE_TRIGGERS: readonly Trigger[] = [
  {
    technique: 'breadth-first-search',
    pattern: INDEX_STEP,
    weight: 3.5,
    why: 'each position is a state and the moves from it go back as well as forward, so walks can loop: a breadth-first search from the start reaches every position first by the fewest moves, each position once',
    when: (scene) => plain(scene) && bothWays(scene) && FEWEST_MOVES_ASKED.test(scene.body),
    also: ['graph'],
  },
  {
    technique: 'breadth-first-search',
    pattern: INDEX_STEP,
    weight: 3,
    why: 'each position is a state and the moves from it go back as well as forward, so walks can loop: a search (breadth- or depth-first) that marks the positions it has seen visits each once and finds all that can be reached',
    when: (scene) =>
      plain(scene) && bothWays(scene) && REACH_ASKED.test(scene.body) && !FEWEST_MOVES_ASKED.test(scene.body),
    also: ['depth-first-search', 'graph'],
  },
  {
    technique: 'dynamic-programming',
    pattern: INDEX_STEP,
    weight: 3.5,
    why: 'every move lands further along than it starts, so no walk comes back: the best total (or the number of ways) into each position comes from the positions that move to it, filled in order',
    when: (scene) =>
      plain(scene) &&
      onlyForward(scene) &&
      (WAYS_ASKED.test(scene.body) || BEST_TOTAL_ASKED.test(scene.body)),
  },
  {
    technique: 'breadth-first-search',
    pattern: GROWS,
    weight: 3.5,
    why: 'every number is a state and the operations both raise and lower it, so walks can loop: a breadth-first search from the starting number, over the numbers the bounds allow, finds the fewest operations',
    when: (scene) => {
      const moves = operated(scene);
      return (
        !scene.design && moves !== null && moves.grows && moves.shrinks && FEWEST_MOVES_ASKED.test(scene.body)
      );
    },
    also: ['graph'],
  },
  {
    technique: 'dynamic-programming',
    pattern: SHRINKS,
    weight: 3.5,
    why: 'every operation makes the number smaller, so the fewest operations for a number come from those for the numbers it can become: a table from the smallest number up (taking the largest cut each time can lose)',
    when: (scene) => {
      const moves = operated(scene);
      return (
        !scene.design &&
        moves !== null &&
        !moves.grows &&
        moves.shrinks &&
        FEWEST_MOVES_ASKED.test(scene.body)
      );
    },
    also: ['breadth-first-search'],
  },
  {
    technique: 'breadth-first-search',
    pattern: FEWEST_OF,
    weight: 3,
    why: 'the question counts the links the input lists, each worth one, so the graph is unweighted: a breadth-first search from the start reaches every node first by the fewest links',
    when: (scene) =>
      scene.shape === 'graph' && !scene.weighted && !scene.design && fewestListedLinks(scene.body),
    also: ['graph'],
  },
  {
    technique: 'breadth-first-search',
    pattern: POURING,
    weight: 3.5,
    why: 'what each container holds is a state and every fill, empty or pour a move of cost one: a breadth-first search from the empty containers finds the fewest operations',
    when: (scene) => !scene.design && FEWEST_MOVES_ASKED.test(scene.body),
    also: ['graph'],
  },
];
