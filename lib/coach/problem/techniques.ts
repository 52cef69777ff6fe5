import { besideTheLeader, type Evidence, LEARNED_FLOOR, LEARNED_WEIGHT } from './beside-leader';
import { count, firstMethod, noGrounds, type Source } from './certainty';
import type { CompanionCounts } from './companions';
import { fitsTheKinds } from './fit';
import { DESIGN_STRUCTURES, designVariant } from './hints/designs';
import { firedTriggers } from './knowledge';
import { DEMAND_STRUCTURES } from './knowledge/call-structures';
import { CALL_WEIGHT, callRoles } from './knowledge/calls';
import type { Scene } from './knowledge/trigger';
import { describeFeature, quotable } from './learned/features';
import type { LearnedGuess } from './learned/model';
import {
  byRank,
  gridBeforeItsLetters,
  ideaFirst,
  methodFirst,
  RAISED_LIFT,
  raisedAheadOfCommon,
} from './technique-order';
import { boundSignals, quote, tagTechniques, vetoed } from './technique-signals';
import type { TechniqueGuess, TechniqueId } from './types';

/** A site's own tag is the author's word: as strong as the clearest phrase. */
const TAG_WEIGHT = 3;
/** Words in the title say what the problem is about more than words in the story around it. */
const TITLE_BOOST = 1.5;
const MAX_GUESSES = 6;
/** Techniques a matched phrase says the standard solution uses alongside count this much of it. */
const ALSO_SHARE = 0.5;
/** A tag's second meaning ("two pointers" often covers windows) counts this much of a tag. */
const SECONDARY_TAG_SHARE = 0.5;
/**
 * Techniques that imply another: a topological order is always over a graph. The fourth item,
 * when given, says in which scenes the implication holds.
 */
const IMPLIES: readonly [TechniqueId, TechniqueId, string, ((scene: Scene) => boolean)?][] = [
  ['topological-sort', 'graph', 'an ordering problem is a directed graph underneath'],
  ['shortest-path', 'graph', 'shortest paths run over a graph'],
  ['union-find', 'graph', 'merging components is a graph question'],
  ['monotonic-stack', 'stack', 'a monotonic stack is a stack that pops what the new item outranks'],
  [
    'shortest-path',
    'heap-priority-queue',
    'weighted shortest paths take the closest node from a priority queue',
    (scene) => scene.weighted,
  ],
  ['breadth-first-search', 'matrix', 'the grid is the graph the search walks', (scene) => scene.grid],
  ['depth-first-search', 'matrix', 'the grid is the graph the search walks', (scene) => scene.grid],
  ['breadth-first-search', 'graph', 'the search walks a graph', (scene) => scene.shape === 'graph'],
  ['depth-first-search', 'graph', 'the search walks a graph', (scene) => scene.shape === 'graph'],
  ['breadth-first-search', 'binary-tree', 'the search walks a tree', (scene) => scene.kinds.includes('tree')],
  ['depth-first-search', 'binary-tree', 'the search walks a tree', (scene) => scene.kinds.includes('tree')],
  [
    'breadth-first-search',
    'graph',
    'positions joined by moves form a graph the search walks',
    (scene) => !scene.grid && !scene.kinds.includes('tree'),
  ],
  [
    'depth-first-search',
    'graph',
    'items joined by links form a graph the walk follows',
    (scene) => !scene.grid && !scene.kinds.includes('tree'),
  ],
];
const IMPLIED_SHARE = 0.4;
/** In a design problem the structure doing the work comes first, and "design" follows it. */
const DESIGN_SHARE = 0.6;
/** How much evidence a structure needs before it goes ahead of the class that wraps it. */
const DESIGN_LEAD = 2;

export interface TechniqueInput {
  title: string;
  tags: readonly string[];
  scene: Scene;
  /** The learned model's reading of the statement (see learned/), when it was run. */
  learned?: readonly LearnedGuess[];
  /** The running time the statement demands, if it names one. */
  stated?: string | null;
  /** Which techniques go together; the library's counts unless cross-validation holds some out. */
  companions?: CompanionCounts;
}

/** A trigger the model weighed is quoted by the trigger's own reason, not twice. */
const isTrigger = (feature: string) => feature.replace(/^\^/, '').startsWith('@');

/**
 * Whether something on the page points at the technique: one feature or a few together (the
 * few a reason quotes) at least double its odds over the base rate. Common words each nudge many
 * techniques a little; however many of them a page has, they add up to no one thing it says.
 */
function pointsAt(guess: LearnedGuess): boolean {
  return guess.carried >= Math.LN2;
}

/** The features behind a guess that a reason can quote: words of the page, not triggers. */
const quotedFeatures = (guess: LearnedGuess) =>
  guess.because.filter((feature) => !isTrigger(feature) && quotable(feature));

const COMMON_ONLY = (probability: number) =>
  `common among problems like this (${Math.round(probability * 100)}%), though nothing here points at it`;

function learnedReason(guess: LearnedGuess): string {
  const words = quotedFeatures(guess).slice(0, 3).map(describeFeature);
  const odds = `${Math.round(guess.probability * 100)}%`;
  if (!pointsAt(guess)) return COMMON_ONLY(guess.probability);
  if (words.length > 0) return `read like problems solved this way (${odds}), from ${words.join(', ')}`;
  return `read like problems solved this way (${odds}), from the statement's wording as a whole`;
}

/** Ranked technique guesses, each with the words or bounds that triggered it. */
export function guessTechniques(input: TechniqueInput): TechniqueGuess[] {
  const { scene } = input;
  const evidence = new Map<TechniqueId, Evidence>();
  const add = (id: TechniqueId, weight: number, text: string, grounded = true, source?: Source) => {
    if (vetoed(id, scene)) return;
    const entry = evidence.get(id) ?? { score: 0, reasons: [], grounded: false, grounds: noGrounds() };
    entry.score += weight;
    entry.grounded ||= grounded;
    entry.reasons.push({ weight, text });
    if (source) count(entry.grounds, source);
    evidence.set(id, entry);
  };
  for (const { trigger, inTitle, match } of firedTriggers(input.title, scene)) {
    const weight = inTitle ? trigger.weight * TITLE_BOOST : trigger.weight;
    const words = `"${quote(match)}": ${trigger.why}`;
    add(trigger.technique, weight, words, true, inTitle ? 'title' : 'statement');
    for (const id of trigger.also ?? []) add(id, weight * ALSO_SHARE, words);
  }
  // Two tags that mean the same technique ("Divide and Conquer", "Quickselect") are one piece of
  // evidence, counted at the weight of its strongest meaning.
  const tagged = new Map<TechniqueId, { weight: number; tag: string }>();
  for (const tag of new Set(input.tags.map((t) => t.trim()))) {
    tagTechniques(tag, scene).forEach((id, index) => {
      const weight = index === 0 ? TAG_WEIGHT : TAG_WEIGHT * SECONDARY_TAG_SHARE;
      if ((tagged.get(id)?.weight ?? 0) < weight) tagged.set(id, { weight, tag });
    });
  }
  for (const [id, { weight, tag }] of tagged) add(id, weight, `the site tags it "${tag}"`, true, 'tagged');
  // What the model finds merely common on a page like this, or reads from the wording as a whole,
  // by technique: the leader's company weighs them for the places below it (`besideTheLeader`).
  const common = new Map<TechniqueId, number>();
  const wholeWording = new Map<TechniqueId, number>();
  for (const guess of input.learned ?? []) {
    // A technique the statement's own words count against is left out, however common it is, and
    // so is one whose idea needs an input this page does not have (string methods on numbers).
    if (guess.lift < 0 || !fitsTheKinds(guess.id, scene.kinds)) continue;
    if (!pointsAt(guess)) common.set(guess.id, guess.probability);
    else if (guess.probability >= LEARNED_FLOOR && quotedFeatures(guess).length === 0)
      wholeWording.set(guess.id, guess.probability);
    if (guess.probability >= LEARNED_FLOOR)
      add(guess.id, LEARNED_WEIGHT * guess.probability, learnedReason(guess), pointsAt(guess));
  }
  const walked = (id: TechniqueId) => evidence.get(id)?.score ?? 0;
  const fromBounds = (id: TechniqueId, weight: number, text: string) => add(id, weight, text, true, 'bounds');
  boundSignals(scene, fromBounds, Math.max(walked('dynamic-programming'), walked('breadth-first-search')));
  // A logarithmic bar over a collection cannot even read the input: only halving gets there.
  if (input.stated && /^O\(log\b[^*+]*\)$/.test(input.stated) && scene.shape !== 'values' && !scene.design) {
    add(
      'binary-search',
      3,
      `the statement asks for ${input.stated}: only halving the range reaches it`,
      true,
      'stated',
    );
  }
  for (const [from, to, why, holds] of IMPLIES) {
    if (holds && !holds(scene)) continue;
    const score = evidence.get(from)?.score ?? 0;
    const room = score - (evidence.get(to)?.score ?? 0) - 0.01;
    if (score >= 2 && room > 0) add(to, Math.min(score * IMPLIED_SHARE, room), why);
  }
  gridBeforeItsLetters(evidence, add, scene.grid);
  if (scene.design) {
    // A well-known class is built on known structures: each is raised to the weight a call's
    // demand would give it (the first, which does the work, most), so the list agrees with the
    // class's hints whether or not its words fired a trigger. Elsewhere each call's demand picks.
    const variant = designVariant(scene.body);
    if (variant) {
      DESIGN_STRUCTURES[variant].forEach((id, index) => {
        const wanted = index === 0 ? CALL_WEIGHT : CALL_WEIGHT * ALSO_SHARE;
        const missing = wanted - (evidence.get(id)?.score ?? 0);
        if (missing > 0)
          add(id, missing, 'the class is a well-known one, built on this structure', true, 'statement');
      });
    } else {
      const demanded = new Set(callRoles(scene.body).map((role) => role.demand));
      for (const demand of demanded) {
        const [first, ...rest] = DEMAND_STRUCTURES[demand].techniques;
        const why = `${scene.stream ? 'an operation' : 'a call'} ${DEMAND_STRUCTURES[demand].role}`;
        if (first) add(first, CALL_WEIGHT, why, true, 'statement');
        for (const id of rest) add(id, CALL_WEIGHT * ALSO_SHARE, why);
      }
    }
    const structure = [...evidence.entries()]
      .filter(([id]) => id !== 'design')
      .sort((a, b) => b[1].score - a[1].score)[0];
    const design = evidence.get('design');
    // Only a structure with evidence of its own goes first; a faint guess does not displace the class.
    if (structure && design && structure[1].score >= DESIGN_LEAD && design.score >= structure[1].score) {
      design.score = structure[1].score * DESIGN_SHARE;
    } else if (structure && !design) {
      add(
        'design',
        structure[1].score * DESIGN_SHARE,
        scene.stream
          ? 'every kind of operation works on one kept structure, and each has a cost of its own'
          : 'the structure is wrapped in a class whose operations each have a cost',
      );
    }
  }
  // Nothing on the page points anywhere, not even at an idea its scene vetoes: the commonest
  // methods among problems like it lead, said to be only that, so the panel never lists none.
  if (evidence.size === 0)
    [...(input.learned ?? [])]
      .filter((guess) => fitsTheKinds(guess.id, scene.kinds) && !vetoed(guess.id, scene))
      .sort((a, b) => b.probability - a.probability)
      .slice(0, 2)
      .forEach((guess) => {
        add(guess.id, LEARNED_WEIGHT * guess.probability, COMMON_ONLY(guess.probability), false);
      });
  ideaFirst(evidence, add, input.companions);
  besideTheLeader(scene, evidence, { common, wholeWording }, add, input.companions);
  const modelFirst = firstMethod((input.learned ?? []).filter(pointsAt));
  const raised = new Set(
    (input.learned ?? []).filter((guess) => guess.lift >= RAISED_LIFT).map((guess) => guess.id),
  );
  return raisedAheadOfCommon(methodFirst([...evidence.entries()].sort(byRank)), raised)
    .slice(0, MAX_GUESSES)
    .map(([id, { score, reasons, grounded, grounds }]) => ({
      id,
      ...(grounded ? {} : { baseRateOnly: true as const }),
      grounds: { ...grounds, modelFirst: id === modelFirst },
      confidence: Number((1 - Math.exp(-score / 4)).toFixed(2)),
      reason: reasons
        .sort((a, b) => b.weight - a.weight)
        .slice(0, 2)
        .map((reason) => reason.text)
        .join('; '),
    }));
}
