/**
 * How the technique model is trained and cross-validated (README "The technique model"): train.ts
 * runs it from the command line, tests/bench/model-seeds.ts measures how far a retrain moves the panel's figures.
 * The corpus is read once and fitted as often as asked, so several shuffle seeds cost one reading.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { deriveCompanions } from '../companions';
import { TAG_TECHNIQUES } from '../knowledge/tags';
import { type Reading, readProblem } from '../reading';
import { guessTechniques } from '../techniques';
import { TECHNIQUE_IDS, type TechniqueId } from '../types';
import { writeJson } from '../write-json';
import { contextOf, corpusProblems, HELD_OUT, libraryTechniques } from './corpus';
import { problemFeatures } from './features';
import { type Example, strongest, train } from './logistic';
import { type LearnedWeights, scoreTechniques } from './model';
import { Retelling, retoldContext } from './retellings';

/** Features seen in fewer problems than this are noise. */
const MIN_PROBLEMS = 3;
/** Features kept per technique: enough for recall, few enough to ship. */
const KEEP = 400;
/** Weights are rounded to this step: finer steps change no ranking and only cost bytes shipped. */
const STEP = 0.05;
/** The training shuffle's seed of the shipped weights. */
export const SHUFFLE_SEED = 7;
/**
 * A problem with Sparring's notes (a library entry or a retelling of one) counts this much more than
 * one labelled by LeetCode's topics alone: the whole example, its other techniques and the ones it
 * does not use too, not only the first technique. Weighting only the first technique's class was
 * measured (stop 30): cross-validated top-3 on the topics rose by about 0.017 on two seeds, but own
 * and retold pages nobody tuned to read no better (top-3 0.70 -> 0.68 on 26, 0.88 -> 0.84 on 15).
 */
const PRIMARY_WEIGHT = 3;
const RETOLD = new URL('./retold/', import.meta.url);
/** Entries whose notes the model does not learn from yet, and why (untrained.json). */
const UNTRAINED = new Set<string>(
  (JSON.parse(readFileSync(new URL('./untrained.json', import.meta.url), 'utf8')) as { slugs: string[] })
    .slugs,
);

export interface Row {
  /** The problem's slug: a retelling is cross-validated in its original's fold. */
  slug: string;
  reading: Reading;
  features: string[];
  labels: Set<TechniqueId>;
  /** LeetCode's own topics in the vocabulary: what cross-validation scores against. */
  topics: TechniqueId[];
  primary?: TechniqueId | undefined;
  /** The library's techniques, primary first, when the problem has an entry. */
  library?: readonly TechniqueId[] | undefined;
  /** A retelling (retold/) rather than LeetCode's own statement. */
  retold?: boolean;
  /**
   * How much the row counts beside the corpus's own (1 unless told): labelled pages written to the
   * coach's hard cases are a source the fit may trust less than the library's problems.
   */
  weight?: number;
  /** Labelled with a few of its techniques, not all: it teaches the model only those it lists. */
  partial?: boolean;
  /**
   * Whether its words may enter the vocabulary (true unless told): a few hundred pages written for
   * one project repeat story words the corpus never uses, which the fit would learn as evidence.
   */
  addsWords?: boolean;
}

/** The training part of the corpus, read as the panel reads a page. */
export function readCorpus(corpus: string): Row[] {
  const primaries = libraryTechniques();
  const rows: Row[] = [];
  for (const problem of corpusProblems(corpus)) {
    if (!problem.description || HELD_OUT(Number(problem.frontend_id))) continue;
    const library = UNTRAINED.has(problem.problem_slug) ? undefined : primaries.get(problem.problem_slug);
    const topics = [
      ...new Set((problem.topics ?? []).flatMap((topic) => TAG_TECHNIQUES[topic.toLowerCase()] ?? [])),
    ];
    const labels = new Set<TechniqueId>([...topics, ...(library ?? [])]);
    if (labels.size === 0) continue;
    const reading = readProblem(contextOf(problem));
    rows.push({
      slug: problem.problem_slug,
      reading,
      features: problemFeatures(reading),
      labels,
      topics,
      primary: library?.[0],
      library,
    });
  }
  return rows;
}

/** Retellings of library problems whose original is in the training part (retold/). */
export function readRetold(corpusRows: readonly Row[]): Row[] {
  const trained = new Set(corpusRows.map((row) => row.slug));
  const primaries = libraryTechniques();
  if (!existsSync(RETOLD)) return [];
  return readdirSync(RETOLD)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((file) => {
      const retelling = Retelling.parse(JSON.parse(readFileSync(new URL(file, RETOLD), 'utf8')));
      const library = primaries.get(retelling.slug);
      if (!library || !trained.has(retelling.slug)) return [];
      const reading = readProblem(retoldContext(retelling));
      return [
        {
          slug: retelling.slug,
          reading,
          features: problemFeatures(reading),
          labels: new Set(library),
          topics: [],
          primary: library[0],
          library,
          retold: true,
        },
      ];
    });
}

/** What a fit may vary: the shuffle's seed (the noise a change must beat) and the settings. */
export interface FitOptions {
  /** The seed of the training shuffle; the shipped weights use the default. */
  seed?: number;
  l2?: number;
  keep?: number;
  /** Words to leave out: those only retellings use, or those only one source uses. */
  drop?: 'retold-only' | 'one-source';
}

/** The word model's weights, trained on these rows and pruned to the strongest per technique. */
export function fitWeights(rows: readonly Row[], fit: FitOptions = {}): LearnedWeights {
  const counts = new Map<string, number>();
  for (const row of rows)
    if (row.addsWords !== false)
      for (const feature of row.features) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  const leetcode = new Set(rows.flatMap((row) => (row.retold ? [] : row.features)));
  const retold = new Set(rows.flatMap((row) => (row.retold ? row.features : [])));
  const word = (feature: string) => !/^[#@^]/.test(feature);
  const dropped = (feature: string) =>
    word(feature) &&
    ((fit.drop === 'retold-only' && !leetcode.has(feature)) ||
      (fit.drop === 'one-source' && !(leetcode.has(feature) && retold.has(feature))));
  const vocabulary = [...counts]
    .filter(([feature, n]) => n >= MIN_PROBLEMS && !dropped(feature))
    .map(([feature]) => feature);
  vocabulary.sort();
  const index = new Map(vocabulary.map((feature, i) => [feature, i]));
  const classes = TECHNIQUE_IDS.length;
  const examples: Example[] = rows.map((row) => ({
    features: Int32Array.from(row.features.flatMap((f) => (index.has(f) ? [index.get(f) as number] : []))),
    labels: [...row.labels].map((id) => TECHNIQUE_IDS.indexOf(id)),
    weight: (row.primary ? PRIMARY_WEIGHT : 1) * (row.weight ?? 1),
    partial: row.partial,
  }));
  const options = {
    classes,
    features: vocabulary.length,
    epochs: 12,
    l2: fit.l2 ?? 0.3,
    rate: 0.1,
    seed: fit.seed ?? SHUFFLE_SEED,
  };
  const full = train(examples, options);
  const allowed = strongest(full, classes, vocabulary.length, fit.keep ?? KEEP);
  const pruned = train(examples, { ...options, allowed });
  const weights: LearnedWeights['weights'] = {};
  for (let f = 0; f < vocabulary.length; f++) {
    const feature = vocabulary[f] as string;
    for (let c = 0; c < classes; c++) {
      const w = Math.round((pruned.w[f * classes + c] ?? 0) / STEP) * STEP;
      if (!allowed[c]?.has(f) || w === 0) continue;
      weights[feature] ??= {};
      (weights[feature] as Record<string, number>)[TECHNIQUE_IDS[c] as string] = Number(w.toFixed(2));
    }
  }
  const bias = Object.fromEntries(
    TECHNIQUE_IDS.map((id, c) => [id, Number((pruned.bias[c] ?? 0).toFixed(2))]),
  );
  return { problems: rows.length, bias, weights };
}

/** The weights, and which techniques go together counted from every library entry. */
export function write(rows: readonly Row[], out: string) {
  const model = fitWeights(rows);
  writeJson(out, model);
  writeJson(
    new URL('../companions.json', import.meta.url).pathname,
    deriveCompanions([...libraryTechniques().values()]),
  );
  process.stdout.write(`${rows.length} problems, ${Object.keys(model.weights).length} features kept\n`);
}

/** Top-3 recall and top-1 of a set of rankings against their labels. */
export class Tally {
  scored = 0;
  recall = 0;
  top1 = 0;
  add(top: readonly TechniqueId[], labels: readonly TechniqueId[], first: (id: TechniqueId) => boolean) {
    this.scored++;
    this.recall += labels.filter((id) => top.includes(id)).length / Math.min(3, labels.length);
    if (top[0] && first(top[0])) this.top1++;
  }
  line(what: string): string {
    const { scored, recall, top1 } = this;
    return `${scored} ${what}: top-3 recall ${(recall / scored).toFixed(3)}, top-1 ${(top1 / scored).toFixed(3)}\n`;
  }
}

/** Cross-validated figures: against LeetCode's topics, the library's notes, retellings' notes, per technique. */
export interface CrossValidation {
  topics: Tally;
  library: Tally;
  retold: Tally;
  per: Map<TechniqueId, { n: number; found: number }>;
}

/** A fold for a slug, dealt by a seeded FNV-1a hash: the same seed always deals the same folds. */
function hashedFold(slug: string, seed: number, folds: number): number {
  let hash = (2166136261 ^ seed) >>> 0;
  for (const char of slug) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return (hash >>> 0) % folds;
}

/**
 * Five folds of the training part: each fold's problems are ranked by the coach with weights
 * trained on the other four. Problems in the library are trained on, never scored against
 * LeetCode's topics (the panel coaches them from Sparring's notes); they are scored apart against
 * the library's own techniques (at most three, primary first), with which techniques go together
 * counted from the other folds' entries only.
 */
export function crossValidate(rows: readonly Row[], seed: number, fit: FitOptions = {}): CrossValidation {
  const FOLDS = 5;
  const foldOfSlug = new Map<string, number>();
  rows.forEach((row, i) => {
    if (!foldOfSlug.has(row.slug))
      foldOfSlug.set(row.slug, seed ? hashedFold(row.slug, seed, FOLDS) : i % FOLDS);
  });
  const foldOf = (row: Row) => foldOfSlug.get(row.slug) ?? 0;
  const topics = new Tally();
  const library = new Tally();
  const retold = new Tally();
  const per = new Map<TechniqueId, { n: number; found: number }>();
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = fitWeights(
      rows.filter((row) => foldOf(row) !== fold),
      fit,
    );
    const companions = deriveCompanions(
      rows.flatMap((row) => (foldOf(row) !== fold && row.library && !row.retold ? [row.library] : [])),
    );
    for (const row of rows) {
      if (foldOf(row) !== fold) continue;
      const { title, scene, stated } = row.reading;
      const learned = scoreTechniques(model, row.features);
      const top = guessTechniques({ title, tags: [], scene, learned, stated, companions })
        .slice(0, 3)
        .map((guess) => guess.id);
      if (row.library) {
        (row.retold ? retold : library).add(top, row.library.slice(0, 3), (id) => id === row.primary);
        continue;
      }
      if (row.topics.length === 0) continue;
      topics.add(top, row.topics, (id) => row.topics.includes(id));
      for (const id of row.topics) {
        const entry = per.get(id) ?? { n: 0, found: 0 };
        entry.n++;
        if (top.includes(id)) entry.found++;
        per.set(id, entry);
      }
    }
  }
  return { topics, library, retold, per };
}
