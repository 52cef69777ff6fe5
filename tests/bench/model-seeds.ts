/**
 * How far a retrain of the technique model moves the panel, seed by seed (README "The technique
 * model"). One retrain cannot judge a change: the training shuffle's seed alone moves about 9
 * generalisation pages' top-1. This trains the model once per seed and reads, with each seed's
 * weights in place of the shipped ones (in memory: weights.json is never written), the panel on
 * the given directories of labelled pages (the dev set: the panel with Sparring's notes, as
 * holdout-eval reads it) and the generalisation set statement-only; then mean and spread.
 * Not part of the build or the tests; run it by hand:
 *
 *   npx tsx tests/bench/model-seeds.ts <corpus-dir> [--seeds 7,11,13] [--dev dir,dir] [--cv] [--shipped]
 *
 * `--shipped` also reads the shipped weights and the coach with the model switched off; `--cv` adds
 * each seed's five-fold cross-validation of the training part (five more fits per seed). What a
 * change may vary: `--l2 x`, `--keep n`, `--drop retold-only|one-source` (FitOptions), and
 * `--extra dir,dir` (labelled pages as training rows) with `--extra-folds` (the generalisation
 * set's pages trained on too, each fifth read by weights trained on the other four).
 * `--extra-weight w`, `--extra-balance`, `--extra-cap n` weigh those rows (see `weigh`);
 * `--extra-partial` lets them teach only the techniques they list (a page's labels are a few),
 * `--extra-no-words` keeps their words out of the vocabulary (only the corpus's words are learned).
 * `--dump file` writes each seed's page-by-page reads, to say which pages a change gains or loses.
 */
import { writeFileSync } from 'node:fs';
import { analyzeProblem } from '@/lib/coach/problem';
import { problemFeatures } from '@/lib/coach/problem/learned/features';
import { type LearnedWeights, scoreTechniques } from '@/lib/coach/problem/learned/model';
import {
  crossValidate,
  type FitOptions,
  fitWeights,
  type Row,
  readCorpus,
  readRetold,
} from '@/lib/coach/problem/learned/training';
import shipped from '@/lib/coach/problem/learned/weights.json';
import { loadLibrary } from '@/lib/coach/problem/library/node';
import { readProblem } from '@/lib/coach/problem/reading';
import { TECHNIQUE_IDS, type TechniqueId } from '@/lib/coach/problem/types';
import {
  evaluateCase,
  GENERALISE_CASES,
  type ProblemCase,
  problemCases,
  sameComplexity,
} from '../support/problem-labels';

/** One page read: whether its primary leads, its techniques' share in the top three, its target. */
interface PageRead {
  top1: boolean;
  recall: number;
  target: boolean;
}

/** The weights the coach reads (the same object index.ts imported), replaced in place. */
const inUse = shipped as LearnedWeights;
const original: LearnedWeights = structuredClone(inUse);
function use(weights: LearnedWeights) {
  inUse.problems = weights.problems;
  inUse.bias = weights.bias;
  inUse.weights = weights.weights;
}

function recallOf(top: readonly string[], techniques: readonly string[]): number {
  const wanted = techniques.slice(0, 3);
  return wanted.filter((id) => top.includes(id)).length / Math.max(1, wanted.length);
}

const library = loadLibrary();

/** The panel as the reader sees it: Sparring's notes where the page matches them. */
function readPanel(page: ProblemCase): PageRead {
  if (!page.context) return { top1: false, recall: 0, target: false };
  const analysis = analyzeProblem(page.context, library.match(page.context));
  const top = analysis.patterns.slice(0, 3).map((guess) => guess.id as string);
  return {
    top1: top[0] === page.labels.primary,
    recall: recallOf(top, page.labels.techniques),
    target: sameComplexity(analysis.complexityTarget, page.labels.complexityTarget),
  };
}

/** The model alone: its three most probable techniques. */
function readModel(page: ProblemCase): PageRead {
  if (!page.context) return { top1: false, recall: 0, target: false };
  const top = scoreTechniques(inUse, problemFeatures(readProblem(page.context)))
    .sort((a, b) => b.probability - a.probability)
    .slice(0, 3)
    .map((guess) => guess.id as string);
  return {
    top1: top[0] === page.labels.primary,
    recall: recallOf(top, page.labels.techniques),
    target: false,
  };
}

interface Figures {
  dev: PageRead[];
  model: PageRead[];
  generalise: PageRead[];
  cv?: string;
}

const sum = (reads: readonly PageRead[], pick: (read: PageRead) => number) =>
  reads.reduce((total, read) => total + pick(read), 0);
function summary(reads: readonly PageRead[]): number[] {
  return [
    sum(reads, (r) => Number(r.top1)),
    sum(reads, (r) => r.recall) / Math.max(1, reads.length),
    sum(reads, (r) => Number(r.target)),
  ];
}

function figures(dev: readonly ProblemCase[], generalise: readonly ProblemCase[]): Figures {
  return {
    dev: dev.map(readPanel),
    model: dev.map(readModel),
    generalise: generalise.map((page) => {
      const { top1, recall, target } = evaluateCase(page);
      return { top1, recall, target };
    }),
  };
}

function line(name: string, f: Figures): string {
  const [d1, d3, dt] = summary(f.dev);
  const [m1, m3] = summary(f.model);
  const [g1, g3, gt] = summary(f.generalise);
  return `${name.padEnd(10)} dev top1 ${d1} top3 ${d3?.toFixed(3)} target ${dt} | model alone top1 ${m1} top3 ${m3?.toFixed(3)} | generalise top1 ${g1} top3 ${g3?.toFixed(3)} target ${gt}${f.cv ? ` | cv ${f.cv}` : ''}`;
}

const arg = (flag: string) => {
  const at = process.argv.indexOf(flag);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const corpus = process.argv[2];
if (!corpus || corpus.startsWith('--')) {
  process.stderr.write(
    'usage: model-seeds.ts <corpus-dir> [--seeds 7,11,13] [--dev dir,dir] [--cv] [--shipped] [--dump file]\n',
  );
  process.exit(1);
}
const seeds = (arg('--seeds') ?? '7,11,13').split(',').map(Number);
const devPages = (arg('--dev') ?? '')
  .split(',')
  .filter(Boolean)
  .flatMap((dir) => problemCases(dir));
const generalisePages = problemCases(GENERALISE_CASES);
process.stdout.write(`${devPages.length} dev pages, ${generalisePages.length} generalisation pages\n`);

if (process.argv.includes('--shipped')) {
  const withModel = figures(devPages, generalisePages);
  process.stdout.write(`${line('shipped', withModel)}\n`);
  use({ problems: 0, bias: {}, weights: {} });
  const without = figures(devPages, generalisePages);
  process.stdout.write(`${line('off', without)}\n`);
  use(original);
  disagreements(withModel, without);
}

/** Dev pages whose top-1 the model changes: which reading was right, the panel's with it or without. */
function disagreements(withModel: Figures, without: Figures) {
  const changed = devPages.flatMap((page, i) => {
    const on = withModel.dev[i];
    const off = without.dev[i];
    if (!on || !off || on.top1 === off.top1) return [];
    return [`${page.name}: ${on.top1 ? 'with the model' : 'without it'}`];
  });
  process.stdout.write(`top-1 the model decides on the dev set (right):\n  ${changed.join('\n  ')}\n`);
}

const corpusRows = readCorpus(corpus);
const rows: Row[] = [...corpusRows, ...readRetold(corpusRows)];

/**
 * Labelled pages as training rows, weighed like the library's own problems (`--extra dir,dir`).
 * The generalisation set is then measured honestly only across folds: with `--extra-folds`, each
 * fifth of its pages is read by weights trained on the other four (and the extra directories).
 */
function labelledRows(pages: readonly ProblemCase[]): Row[] {
  return pages.flatMap((page) => {
    if (!page.context) return [];
    const techniques = page.labels.techniques.filter((id): id is TechniqueId =>
      (TECHNIQUE_IDS as readonly string[]).includes(id),
    );
    if (techniques.length === 0) return [];
    const read = readProblem(page.context);
    return [
      {
        slug: page.name,
        reading: read,
        features: problemFeatures(read),
        labels: new Set(techniques),
        topics: [],
        primary: techniques[0],
        library: techniques,
        retold: true,
      },
    ];
  });
}
/**
 * How much each labelled row counts (`--extra-weight w`, 1 unless told), damped where labelled
 * pages over-represent a primary technique: `--extra-balance` scales a technique's rows down to its
 * share among the library's rows, `--extra-cap n` to n rows' worth per primary technique.
 */
function weigh(labelled: readonly Row[]): Row[] {
  const weight = Number(arg('--extra-weight') ?? 1);
  const cap = arg('--extra-cap') ? Number(arg('--extra-cap')) : undefined;
  const share = (of: readonly Row[]) => {
    const counts = new Map<string, number>();
    for (const row of of) if (row.primary) counts.set(row.primary, (counts.get(row.primary) ?? 0) + 1);
    return (id: string) => (counts.get(id) ?? 0) / Math.max(1, of.length);
  };
  const notes = share(rows.filter((row) => row.primary));
  const pages = share(labelled);
  return labelled.map((row) => {
    const id = row.primary ?? '';
    const balance = process.argv.includes('--extra-balance') ? Math.min(1, notes(id) / pages(id)) : 1;
    const capped = cap ? Math.min(1, cap / (pages(id) * labelled.length)) : 1;
    return {
      ...row,
      weight: weight * balance * capped,
      partial: process.argv.includes('--extra-partial'),
      addsWords: !process.argv.includes('--extra-no-words'),
    };
  });
}
const extraDirs = (arg('--extra') ?? '').split(',').filter(Boolean);
const tuned = labelledRows(extraDirs.flatMap((dir) => problemCases(dir)));
const weighed = weigh([
  ...tuned,
  ...(process.argv.includes('--extra-folds') ? labelledRows(generalisePages) : []),
]);
const extra = weighed.slice(0, tuned.length);
const generaliseRows = weighed.slice(tuned.length);
if (extra.length + generaliseRows.length)
  process.stdout.write(`${extra.length} extra rows, ${generaliseRows.length} generalisation rows in folds\n`);
const FOLDS = 5;
const foldOf = (name: string) => [...name].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7) % FOLDS;

/** Each seed's figures, the generalisation set read fold by fold when its pages are trained on. */
function seedFigures(seed: number, fit: FitOptions): Figures {
  use(fitWeights([...rows, ...extra, ...generaliseRows], { ...fit, seed }));
  const f = figures(devPages, generaliseRows.length ? [] : generalisePages);
  if (!generaliseRows.length) return f;
  const reads: PageRead[] = new Array(generalisePages.length);
  for (let fold = 0; fold < FOLDS; fold++) {
    const trained = generaliseRows.filter((row) => foldOf(row.slug) !== fold);
    use(fitWeights([...rows, ...extra, ...trained], { ...fit, seed }));
    generalisePages.forEach((page, i) => {
      if (foldOf(page.name) !== fold) return;
      const { top1, recall, target } = evaluateCase(page);
      reads[i] = { top1, recall, target };
    });
  }
  return { ...f, generalise: reads };
}
const fit: FitOptions = {
  ...(arg('--l2') ? { l2: Number(arg('--l2')) } : {}),
  ...(arg('--keep') ? { keep: Number(arg('--keep')) } : {}),
  ...(arg('--drop') ? { drop: arg('--drop') as FitOptions['drop'] } : {}),
};
const all: Figures[] = [];
for (const seed of seeds) {
  const f = seedFigures(seed, fit);
  if (process.argv.includes('--cv')) {
    const { topics, library: notes, retold } = crossValidate(rows, 0, { ...fit, seed });
    f.cv = [topics, notes, retold]
      .map((t) => `${(t.top1 / t.scored).toFixed(3)}/${(t.recall / t.scored).toFixed(3)}`)
      .join(' ');
  }
  all.push(f);
  process.stdout.write(`${line(`seed ${seed}`, f)}\n`);
}
use(original);
/** Mean and spread (largest less smallest) of each figure over the seeds. */
const columns = all.map((f) => [
  ...summary(f.dev),
  ...summary(f.model).slice(0, 2),
  ...summary(f.generalise),
]);
const names = [
  'dev top1',
  'dev top3',
  'dev target',
  'model top1',
  'model top3',
  'gen top1',
  'gen top3',
  'gen target',
];
const spread = names.map((name, i) => {
  const values = columns.map((c) => c[i] ?? 0);
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const digits = name.endsWith('top3') ? 3 : 1;
  return `${name} ${mean.toFixed(digits)} ± ${(Math.max(...values) - Math.min(...values)).toFixed(digits)}`;
});
process.stdout.write(`mean ± spread over ${seeds.length} seeds: ${spread.join(', ')}\n`);
const dump = arg('--dump');
if (dump)
  writeFileSync(
    dump,
    JSON.stringify({
      dev: devPages.map((p) => p.name),
      generalise: generalisePages.map((p) => p.name),
      seeds: all.map((f) => ({ dev: f.dev, generalise: f.generalise })),
    }),
  );
