import { fitsTheKinds } from '../fit';
import { AMOUNT_TRIGGERS } from './amounts';
import { ANSWER_BUDGET_TRIGGERS } from './answer-budgets';
import { ANSWER_SETTING_TRIGGERS } from './answer-settings';
import { ARRAY_TRIGGERS } from './arrays';
import { CHOICE_TRIGGERS } from './choices';
import { COMPARED_PIECE_TRIGGERS } from './compared-pieces';
import { COUNT_METHOD_TRIGGERS } from './count-methods';
import { COVERAGE_TRIGGERS } from './coverage';
import { DEFINED_TERM_TRIGGERS } from './defined';
import { DEPENDENCY_TRIGGERS } from './dependencies';
import { DISTANCE_TRIGGERS } from './distances';
import { FAMILY_TRIGGERS } from './families';
import { FILL_TRIGGERS } from './fills';
import { FIXED_RUN_TRIGGERS } from './fixed-runs';
import type { Gate } from './gate-words';
import gates from './gates.json';
import { GRAPH_TRIGGERS } from './graphs';
import { GRID_WALK_TRIGGERS } from './grid-walks';
import { JOIN_TRIGGERS } from './joins';
import { LETTER_TALLY_TRIGGERS } from './letter-tallies';
import { LOOKUP_TRIGGERS } from './lookups';
import { JOINED_BY_SUM_TRIGGERS, MERGING_GROUP_TRIGGERS } from './merging-groups';
import { MOVE_TRIGGERS } from './moves';
import { NETWORK_TRIGGERS } from './networks';
import { ONE_KIND_RUN_TRIGGERS } from './one-kind-runs';
import { ORDER_FREE_TRIGGERS } from './order-free';
import { ORDERED_FACT_TRIGGERS } from './ordered-facts';
import { ORDER_TRIGGERS } from './orders';
import { PAIR_COUNT_TRIGGERS } from './pair-counts';
import { PARADIGM_TRIGGERS } from './paradigms';
import { PATH_TRIGGERS } from './paths';
import { PATTERN_TRIGGERS } from './patterns';
import { POINTER_WALK_TRIGGERS } from './pointer-walks';
import { POSITION_SPAN_TRIGGERS } from './position-spans';
import { PRICED_MOVE_TRIGGERS } from './priced-moves';
import { RANKED_PICK_TRIGGERS } from './ranked-picks';
import { REACH_TRIGGERS } from './reach';
import { ROUTE_TRIGGERS } from './routes';
import { RUN_EXTREME_TRIGGERS } from './run-extremes';
import { RUN_TRIGGERS } from './runs';
import { SEARCH_TREE_TRIGGERS } from './search-trees';
import { SEARCH_TRIGGERS } from './searches';
import { SEQUENCE_TABLE_TRIGGERS } from './sequence-tables';
import { SEQUENCE_TRIGGERS } from './sequences';
import { SHARED_GROUP_TRIGGERS } from './shared-groups';
import { SPAN_TRIGGERS } from './spans';
import { SPREADING_GRID_TRIGGERS } from './spreading-grids';
import { STATE_MOVE_TRIGGERS } from './state-moves';
import { STEP_TRIGGERS } from './steps';
import { STRUCTURE_SHAPE_TRIGGERS } from './structure';
import { STRUCTURE_TRIGGERS } from './structures';
import { SUBSET_TRIGGERS } from './subsets';
import { SWEEP_TRIGGERS } from './sweeps';
import { TABLE_QUESTION_TRIGGERS } from './table-questions';
import type { Scene, Trigger } from './trigger';
import { WINDOW_TRIGGERS } from './windows';
import { WORD_BEGINNING_TRIGGERS } from './word-beginnings';

export const TRIGGERS: readonly Trigger[] = [
  ...WINDOW_TRIGGERS,
  ...ARRAY_TRIGGERS,
  ...STRUCTURE_TRIGGERS,
  ...GRAPH_TRIGGERS,
  ...SEARCH_TRIGGERS,
  ...SEARCH_TREE_TRIGGERS,
  ...PARADIGM_TRIGGERS,
  ...FAMILY_TRIGGERS,
  ...STRUCTURE_SHAPE_TRIGGERS,
  ...PATTERN_TRIGGERS,
  ...ANSWER_SETTING_TRIGGERS,
  ...RUN_TRIGGERS,
  ...CHOICE_TRIGGERS,
  ...ORDER_TRIGGERS,
  ...ORDERED_FACT_TRIGGERS,
  ...ORDER_FREE_TRIGGERS,
  ...SWEEP_TRIGGERS,
  ...DISTANCE_TRIGGERS,
  ...AMOUNT_TRIGGERS,
  ...DEFINED_TERM_TRIGGERS,
  ...DEPENDENCY_TRIGGERS,
  ...ROUTE_TRIGGERS,
  ...PATH_TRIGGERS,
  ...PRICED_MOVE_TRIGGERS,
  ...NETWORK_TRIGGERS,
  ...JOIN_TRIGGERS,
  ...SHARED_GROUP_TRIGGERS,
  ...MERGING_GROUP_TRIGGERS,
  ...JOINED_BY_SUM_TRIGGERS,
  ...MOVE_TRIGGERS,
  ...STATE_MOVE_TRIGGERS,
  ...SUBSET_TRIGGERS,
  ...GRID_WALK_TRIGGERS,
  ...LOOKUP_TRIGGERS,
  ...COUNT_METHOD_TRIGGERS,
  ...TABLE_QUESTION_TRIGGERS,
  ...SEQUENCE_TRIGGERS,
  ...SEQUENCE_TABLE_TRIGGERS,
  ...REACH_TRIGGERS,
  ...SPAN_TRIGGERS,
  ...POSITION_SPAN_TRIGGERS,
  ...PAIR_COUNT_TRIGGERS,
  ...POINTER_WALK_TRIGGERS,
  ...COVERAGE_TRIGGERS,
  ...STEP_TRIGGERS,
  ...FILL_TRIGGERS,
  ...WORD_BEGINNING_TRIGGERS,
  ...RANKED_PICK_TRIGGERS,
  ...RUN_EXTREME_TRIGGERS,
  ...SPREADING_GRID_TRIGGERS,
  ...ANSWER_BUDGET_TRIGGERS,
  ...FIXED_RUN_TRIGGERS,
  ...LETTER_TALLY_TRIGGERS,
  ...ONE_KIND_RUN_TRIGGERS,
  ...COMPARED_PIECE_TRIGGERS,
];

/**
 * A trigger's name as a feature of the learned model: its technique and a hash of its pattern,
 * so the weight learned for it follows the trigger and lapses when the pattern is rewritten
 * (until the weights are rebuilt).
 */
export function triggerFeature(trigger: Trigger): string {
  let hash = 5381;
  for (let i = 0; i < trigger.pattern.source.length; i++)
    hash = ((hash * 33) ^ trigger.pattern.source.charCodeAt(i)) >>> 0;
  return `@${trigger.technique}:${hash.toString(36)}`;
}

const BY_FEATURE = new Map(TRIGGERS.map((trigger) => [triggerFeature(trigger), trigger]));

/**
 * Words each trigger's pattern cannot match without (gate-words.ts), keyed by trigger: two triggers
 * of one technique and pattern share a feature name, and each keeps its gate.
 */
const GATES: ReadonlyMap<Trigger, Gate> = new Map(
  TRIGGERS.flatMap((trigger) => {
    const gate = (gates as Record<string, Gate | undefined>)[triggerFeature(trigger)];
    return gate ? [[trigger, gate] as const] : [];
  }),
);

/** The shortest gate word: every gate word is filed under its first this many characters. */
const KEY_LENGTH = Math.min(...[...GATES.values()].flat(3).map((word) => word.length));
/** The gate words by their first KEY_LENGTH characters. */
const GATE_WORDS_BY_START = new Map<string, string[]>();
for (const word of new Set([...GATES.values()].flat(3))) {
  const start = word.slice(0, KEY_LENGTH);
  GATE_WORDS_BY_START.set(start, [...(GATE_WORDS_BY_START.get(start) ?? []), word]);
}

/**
 * The gate words a text holds, read in one pass over it: some 1,900 words serve 320 gates, and
 * looking for each word of each gate with `includes` walked a long statement hundreds of times.
 */
function gateWordsIn(text: string): ReadonlySet<string> {
  const held = new Set<string>();
  for (let at = 0; at + KEY_LENGTH <= text.length; at++) {
    const words = GATE_WORDS_BY_START.get(text.slice(at, at + KEY_LENGTH));
    if (words) for (const word of words) if (text.startsWith(word, at)) held.add(word);
  }
  return held;
}

/** Whether a text (the gate words it holds) meets a trigger's gate: one branch, a word of each clause. */
function mayMatch(trigger: Trigger, held: ReadonlySet<string>): boolean {
  const gate = GATES.get(trigger);
  return !gate || gate.some((branch) => branch.every((clause) => clause.some((word) => held.has(word))));
}

/** The trigger a feature names, if it still exists. */
export function triggerOf(feature: string): Trigger | undefined {
  return BY_FEATURE.get(feature);
}

export interface FiredTrigger {
  trigger: Trigger;
  inTitle: boolean;
  /** The words that matched. */
  match: string;
}

/**
 * Fired triggers per scene and title: the learned model's features and the technique guesses both
 * ask for the same reading of one statement, and matching every trigger is most of its cost.
 */
const FIRED = new WeakMap<Scene, Map<string, readonly FiredTrigger[]>>();

/** The hand-written triggers whose words the title or the statement holds, in this scene. */
export function firedTriggers(rawTitle: string, scene: Scene): readonly FiredTrigger[] {
  const byTitle = FIRED.get(scene) ?? new Map<string, readonly FiredTrigger[]>();
  FIRED.set(scene, byTitle);
  const known = byTitle.get(rawTitle);
  if (known) return known;
  const fired = matchTriggers(rawTitle, scene);
  byTitle.set(rawTitle, fired);
  return fired;
}

/** A pattern's match in the title, and in the title or else the statement. */
interface Matched {
  inTitle: RegExpExecArray | null;
  match: RegExpExecArray | null;
}

function matchTriggers(rawTitle: string, scene: Scene): readonly FiredTrigger[] {
  const title = rawTitle.toLowerCase();
  const inTheTitle = gateWordsIn(title);
  const inTheBody = gateWordsIn(scene.body);
  // Some patterns serve several triggers (one phrase, two techniques): each runs once per text.
  const ran = new Map<RegExp, Matched>();
  const run = (pattern: RegExp): Matched => {
    const known = ran.get(pattern);
    if (known) return known;
    const inTitle = pattern.exec(title);
    const matched = { inTitle, match: inTitle ?? pattern.exec(scene.body) };
    ran.set(pattern, matched);
    return matched;
  };
  const fired: FiredTrigger[] = [];
  for (const trigger of TRIGGERS) {
    // A phrase whose idea needs text (matching a pattern) says nothing on a list of numbers.
    if (!fitsTheKinds(trigger.technique, scene.kinds)) continue;
    // Most patterns cannot match this statement, and a pattern's first run costs a compilation.
    if (!mayMatch(trigger, inTheTitle) && !mayMatch(trigger, inTheBody)) continue;
    const { inTitle, match } = run(trigger.pattern);
    // The condition after the words, which most patterns miss: many conditions read the statement
    // again. Both are pure (no pattern is global or sticky), so the order changes nothing fired.
    if (match && (!trigger.when || trigger.when(scene)))
      fired.push({ trigger, inTitle: inTitle !== null, match: match[0] });
  }
  return Object.freeze(fired);
}
