import type { ProblemContext } from '@/lib/extract/context';
import { analyzeQuery } from '../query';
import { overItems, searchFigure } from './answer-figures';
import { answerSearch } from './answer-object';
import { DESCRIBES_INPUT, isMethod, isSure, STRONG, standsClear } from './certainty';
import { formatBound } from './complexity';
import { collectionName } from './constraints';
import { coverageFigure } from './coverage';
import { withoutTiesInTime } from './distinct-moments';
import { alternatives, doubtAbout, hedgedReason, hedgedRungs } from './doubt';
import { edgeCases } from './edge-cases';
import { inWalkOrder, spansIn } from './greedy-choices';
import { hintLadder, techniqueRungs } from './hints';
import { answerNudge } from './hints/answers';
import { beginningsLadder } from './hints/beginnings';
import { checksFor } from './hints/checks';
import { countVariant } from './hints/count-methods';
import { coverageLadder } from './hints/coverage';
import { designVariant } from './hints/designs';
import { enumerationVariant } from './hints/enumerations';
import { plural } from './hints/nouns';
import { pairCountVariant } from './hints/pair-counts';
import { pairingLadder } from './hints/pairings';
import { pointerVariant } from './hints/pointer-walks';
import { rangeVariant } from './hints/ranges';
import { valueVariant } from './hints/values';
import { METHOD_SHAPES, variantFor } from './hints/variants';
import { hintWords } from './hints/words';
import { searchedBy, sizesForIntent } from './intent';
import { callStructures } from './knowledge/call-structures';
import { callRoles } from './knowledge/calls';
import { reachInOnePass } from './knowledge/reach';
import { problemFeatures } from './learned/features';
import { type LearnedWeights, scoreTechniques } from './learned/model';
import weights from './learned/weights.json';
import { alongsideNotes, libraryCoaching, limitBesideNotes } from './library/apply';
import type { LibraryMatch } from './library/lookup';
import { pageQuantities } from './library/quantities';
import { complexityLimit } from './limit';
import { aidingTechniques } from './log-factor';
import { oneByteContext, standsInDashes, withDashes } from './one-byte';
import { operationQuestion, operationsFigure } from './operations';
import { pairingFigure } from './pairings';
import { pointerWalkFigure } from './pointer-walks';
import { queriesCompare } from './query-kinds';
import { readProblem } from './reading';
import { type InputShape, readShape } from './shape';
import { sizedBy } from './sized-by';
import { expectedComplexity } from './target';
import { guessTechniques } from './techniques';
import type { ProblemAnalysis, TechniqueGuess } from './types';
import { valueName } from './value-work';

export type { LibraryMatch } from './library/lookup';
export type { Hint, ProblemAnalysis, RelatedProblem, TechniqueGuess, TechniqueId } from './types';
export { TECHNIQUE_IDS } from './types';

/**
 * Everything the offline coach says about a problem: pure, synchronous, fast. With a library
 * match the coaching is Sparring's notes on that problem and the page adds its limits and edge
 * cases; without one, everything is reasoned from the statement.
 */
export function analyzeProblem(page: ProblemContext, library: LibraryMatch | null = null): ProblemAnalysis {
  // Hundreds of patterns read these texts: held one byte wide, each pattern is compiled once.
  const analysis = analyzeOneByte(oneByteContext(page), library);
  return standsInDashes(page) ? withDashes(analysis) : analysis;
}

function analyzeOneByte(context: ProblemContext, library: LibraryMatch | null): ProblemAnalysis {
  // A database problem gets the SQL coach: no technique, big-O or array edge case fits a query.
  const query = analyzeQuery(context);
  if (query) return query;
  const read = readProblem(context);
  const { title, facts, kinds, guarantees, scene, asks, body } = read;
  const checklist = (
    techniques: readonly TechniqueGuess[],
    sure = standsClear(techniques),
    // A greedy whose order or pairing an exchange argument proves (pairings.ts), or one pass that
    // only keeps the farthest reach or the running surplus (reach.ts), has no doubt left.
    proven: readonly TechniqueGuess['id'][] = scene.pairing || reachInOnePass(body) ? ['greedy'] : [],
    noted: readonly string[] = [],
  ) =>
    edgeCases({
      noted,
      proven,
      // A sweep that keeps only the farthest reach (or a surplus, or a block's end) chooses nothing.
      choosesNothing:
        reachInOnePass(body) || scene.pairing?.shape === 'leaps' || scene.pairing?.shape === 'blocks',
      kinds,
      facts,
      body,
      statement: context.statement,
      twoSides: asks.colouring || asks.search === 'two-sides',
      guarantees,
      // A runner-up brings its traps only where the page's own words point at it: one read from the
      // statement's wording as a whole (the learned model alone) is a guess, and its traps noise.
      techniques: techniques
        .filter(isMethod)
        .filter((t, index) => index === 0 || !t.grounds || t.grounds.statement > 0 || t.grounds.tagged)
        .map((t) => t.id),
      sure,
      // A faint guess at a method brings only the traps that name the statement's objects; a family
      // of input (a string, a graph) describes what is given, and its traps stay.
      faint: sure
        ? []
        : techniques.filter((t) => t.confidence < STRONG && !DESCRIBES_INPUT.includes(t.id)).map((t) => t.id),
    });
  // The figures count over the sizes as the technique they are sized for reads them; the sizing,
  // the target and the limit each ask for the same technique's reading, so it is read once.
  const shapes = new Map<TechniqueGuess['id'] | undefined, InputShape>();
  const readFor = (id: TechniqueGuess['id'] | undefined) => {
    const known = shapes.get(id);
    if (known) return known;
    const shape = readShape(facts, id, body);
    shapes.set(id, shape);
    return shape;
  };
  const rootWalk = scene.valueWork?.kind === 'root';
  const limitFor = (technique: TechniqueGuess['id'] | undefined) => {
    const shape = readFor(technique);
    const limit = complexityLimit(shape, rootWalk);
    return { shape, limit, reading: { complexityLimit: limit.limit, complexityLimitReason: limit.reason } };
  };
  const overAnswer = (shape: InputShape) => {
    const limit = complexityLimit(shape, rootWalk);
    return { shape, limit, reading: { complexityLimit: limit.limit, complexityLimitReason: limit.reason } };
  };
  const learned = scoreTechniques(weights as LearnedWeights, problemFeatures(read));
  const patterns = guessTechniques({ title, tags: context.tags, scene, learned, stated: read.stated });
  if (library) {
    const { rungs, ...notes } = libraryCoaching(library, pageQuantities(facts));
    // The notes' pitfalls about ties in time say nothing on a page whose moments never coincide.
    const coaching = { ...notes, pitfalls: withoutTiesInTime(notes.pitfalls, body) };
    return {
      ...coaching,
      patterns: alongsideNotes(coaching.patterns, patterns),
      ...limitBesideNotes(coaching.complexityTarget, limitFor(coaching.patterns[0]?.id).reading),
      // Sparring's notes name the method: its traps come first, not a runner-up's; and it is the
      // standard solution, so its doubts about itself ("greedy may fail") are not this page's cases.
      edgeCases: checklist(
        coaching.patterns,
        true,
        coaching.patterns.map((p) => p.id),
        coaching.pitfalls,
      ),
      hints: hintLadder(rungs, 'library', context.hints),
    };
  }
  const question = { ...asks, ...read.costs };
  const sizing = searchedBy(
    sizedBy(patterns, readFor, scene.guarantees.has('sorted')),
    standsClear(patterns),
    question,
    readFor,
  );
  // A search over the answer's few items counts them, not the links or letters given beside them.
  const search = answerSearch(scene.answer);
  const sized = limitFor(sizing);
  const { shape, limit, reading } =
    search && scene.answer ? overAnswer(overItems(sized.shape, scene.answer)) : sized;
  const ids = patterns.map((p) => p.id);
  const aiding = aidingTechniques(patterns, spansIn(scene.body));
  // Only a class has calls: other pages skip reading every sentence for one.
  const roles = shape.shape.kind === 'design' || scene.design ? callRoles(context.statement) : [];
  // A well-known class has its own ladder and figure; elsewhere each operation's need sets the cost.
  const operations = designVariant(scene.body) ? undefined : operationsFigure(roles, shape.shape);
  const target = expectedComplexity({
    techniques: sizing && sizing !== aiding[0] ? [sizing, ...aiding.filter((id) => id !== sizing)] : aiding,
    input: shape,
    limit: limit.limit,
    asks: question,
    // An order by a key the question does not search buys no halving search and no two pointers.
    guarantees: scene.guarantees,
    stated: read.stated,
    sure: standsClear(patterns) || isSure(patterns),
    guesses: patterns,
    sizedLimits: sizesForIntent(context),
    items: kinds.some((kind) => kind !== 'number'),
    compares: queriesCompare(scene.body, scene.positionSpans ?? null),
    answer: search && scene.answer ? searchFigure(search, scene.answer, question.lists) : undefined,
    pairing: scene.pairing
      ? pairingFigure(scene.pairing, inWalkOrder(scene.guarantees.has('sorted'), scene.sortedBy))
      : undefined,
    pointers: scene.pointerWalk ? pointerWalkFigure(scene.pointerWalk) : undefined,
    coverage: scene.coverage ? (coverageFigure(scene.coverage) ?? undefined) : undefined,
    operations,
    spansInOrder: inWalkOrder(false, scene.sortedBy),
    letters:
      kinds.length === 1 &&
      kinds[0] === 'string' &&
      (scene.guarantees.has('lowercase-only') || scene.guarantees.has('fixed-alphabet')),
  });
  // A search over the orders or sets of n items names the items, not the cells of their n x n table.
  const table = shape.shape.kind === 'one' && shape.shape.square && /\^n\b|n!/.test(target.target);
  // A count over pairs tied by position and value has a ladder of its own shape, in its own items.
  const pairs = scene.design
    ? undefined
    : pairCountVariant(scene.pairCount, isMethod(patterns[0]) ? ids[0] : undefined);
  const counted = pairs ? scene.pairCount?.item : null;
  const words = {
    ...hintWords(
      facts,
      table && shape.shape.kind === 'one' ? { ...shape.shape, square: false } : shape.shape,
      kinds[0] ?? 'number',
      context.statement,
      collectionName(facts),
      shape.numbersOnly,
      scene.setting ?? null,
    ),
    ...(counted ? { item: counted, items: plural(counted) } : {}),
    ...(shape.shape.kind === 'values' ? { value: valueName(shape.shape.values) } : {}),
    // A search over the answer's items is sized by them: "up to 8 players", not the letters of a name.
    ...(search && scene.answer
      ? { size: `up to ${formatBound(scene.answer.count)} ${scene.answer.items}` }
      : {}),
    kinds,
    checks: checksFor(facts, body),
    sorted: scene.guarantees.has('sorted'),
    calls: roles.length > 0 ? callStructures(roles) : undefined,
    asked: operationQuestion(roles),
  };
  // A class whose calls the statement lists is one even where the bounds leave the calls unsized.
  const design = shape.shape.kind === 'design' || (scene.design && words.calls !== undefined);
  const pointed = pointerVariant(scene.pointerWalk, isMethod(patterns[0]) ? ids[0] : undefined);
  const variant =
    // One item from each of two lists is no pair of one list, whatever a count of them reads.
    rangeVariant(scene, isMethod(patterns[0]) ? ids[0] : undefined) ??
    (scene.pointerWalk?.shape === 'ends' && scene.pointerWalk.lists ? pointed : pairs) ??
    pointed ??
    valueVariant(scene.valueWork) ??
    enumerationVariant(search, asks.attacks, isMethod(patterns[0]) ? ids[0] : undefined) ??
    countVariant(scene, isMethod(patterns[0]) ? ids[0] : undefined) ??
    variantFor(
      ids,
      asks,
      design,
      scene.guarantees.has('sorted'),
      scene.updates,
      target.target,
      scene.grid,
      read.guarantees.has('sorted'),
      scene.body,
      isMethod(patterns[0]),
    );
  // A design's structures, as guessed; otherwise the ideas a ladder with no lead weighs, which
  // only guesses the page points at make (one merely common among problems like it is right about
  // one time in ten on LeetCode's own problems), and never a sort of input promised in order.
  // A family of input (a string, a graph) is what is given, not an idea that cuts the slow answer down.
  const candidates = (
    design ? patterns : patterns.filter((p) => isMethod(p) && !DESCRIBES_INPUT.includes(p.id))
  )
    .map((p) => p.id)
    .filter((id) => id !== 'design' && !(id === 'sorting' && read.guarantees.has('sorted')))
    .slice(0, 2);
  // A base-rate or faint guess is no method to hint at: the ladder then works from the statement alone.
  const lead = isMethod(patterns[0]) ? ids[0] : undefined;
  // Bounds that overrule the leader's figure leave the leader a guess, as the panel must say.
  const sure = isSure(patterns) && !target.overrules;
  // A leader the page points at only faintly was the method on about half the labelled pages and a
  // quarter of the dev pages: unless the statement's shape picks a ladder, the hints weigh it
  // against the next idea, each as the question that tests it, instead of walking its template.
  const shaped = variant && !METHOD_SHAPES.includes(variant) ? variant : undefined;
  const weighed = !sure && !shaped && !design && (patterns[0]?.confidence ?? 0) < STRONG;
  const ladder = weighed
    ? techniqueRungs(undefined, words, target.target, undefined, candidates)
    : techniqueRungs(lead, words, target.target, variant, candidates);
  // Unsure of a method, the ladder and the target say which candidate they assume; a design's
  // ladder already weighs the structures its calls need, and a sort or a formula is no structure.
  const hedged = !sure && !design && !weighed && lead && !DESCRIBES_INPUT.includes(lead);
  // The other method to try: one less than half as likely as the leader was right about one time in
  // eight on the labelled and dev pages, one at least half as likely more than half the time.
  const fallbacks = alternatives(patterns).filter(
    (id) => (patterns.find((p) => p.id === id)?.confidence ?? 0) >= (patterns[0]?.confidence ?? 0) / 2,
  );
  const walked = hedged ? hedgedRungs(ladder, lead, fallbacks) : ladder;
  // An answer made of the page's own items opens the ladder with those items and their count.
  const nudge =
    scene.answer && (scene.answer.count <= 40 || search) ? answerNudge(scene.answer, search) : null;
  const paired = scene.pairing
    ? pairingLadder(scene.pairing, target.target, inWalkOrder(scene.guarantees.has('sorted'), scene.sortedBy))
    : null;
  // Spans on a line get a ladder in their own items, where the count can change and what it counts.
  const covered = scene.coverage ? coverageLadder(scene.coverage, target.target) : null;
  // Words asked about by their beginnings get a ladder in what each question wants of them.
  const begun =
    scene.wordBeginnings && lead === 'trie' ? beginningsLadder(scene.wordBeginnings, target.target) : null;
  const rungs: typeof walked = paired ?? covered ?? begun ?? (nudge ? [nudge, walked[1], walked[2]] : walked);
  const doubt = sure ? null : doubtAbout(patterns, !!target.overrules);
  return {
    source: 'statement',
    library: null,
    patterns,
    techniqueSure: sure,
    ...(doubt ? { techniqueDoubt: doubt } : {}),
    complexityTarget: target.target,
    complexityReason: !sure && target.assumes ? hedgedReason(target.reason, target.assumes) : target.reason,
    ...reading,
    edgeCases: checklist(patterns),
    hints: hintLadder(rungs, 'coach', context.hints),
    keyInsight: null,
    pitfalls: [],
    followUps: [],
    related: [],
  };
}
