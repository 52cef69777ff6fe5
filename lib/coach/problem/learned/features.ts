import type { Asks } from '../asks';
import { firedTriggers, triggerFeature, triggerOf } from '../knowledge';
import type { Scene } from '../knowledge/trigger';
import type { Reading } from '../reading';

/**
 * What the learned model reads: the statement's words (unigrams and bigrams, lightly stemmed so
 * "subarrays" and "subarray" are one word) and named facts of its structure (the input's shape,
 * what the bounds allow, what the question asks), which carry across sites that word the same
 * problem differently. Training and the panel compute them with this one function.
 */

/** Words too common to mean anything alone; they still join bigrams ("at most", "each query"). */
const STOP_WORDS = new Set(
  [
    'a an the of to is are be been was were and or in on for that this it its with as by at from you your we our',
    'return returns given which can will if there their they them then than so such do does not no into out',
    'up only also but should must may any all each every one two some what how when where who whose',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Stop words that carry meaning in a phrase ("at most", "each query", "no two", "not sorted"); the
 * rest only glue ("and find", "number the"), and a reason quoting them reads as noise.
 */
const TELLING_STOP_WORDS = new Set(
  'at no not only each every all any one two some up out how when where who whose what'.split(' '),
);

/**
 * Whether a weighed word feature is worth quoting to the user: it holds no filler word and no
 * power of ten ("pow9" is a bound, which the reading names as a size, not a word of the story).
 */
export function quotable(feature: string): boolean {
  const word = feature.replace(/^\^/, '');
  if (word.startsWith('#') || word.startsWith('@')) return true;
  return word
    .split(' ')
    .every((part) => !/^pow\d+$/.test(part) && (!STOP_WORDS.has(part) || TELLING_STOP_WORDS.has(part)));
}

/** Single letters that name a role in most statements: the k-th, q queries. */
const KEPT_LETTERS = new Set(['k', 'q']);

/** "queries" → "query", "subarrays" → "subarray", "matches" → "match"; "class" and "status" stay. */
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(?:ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Words of a text, lower-cased and stemmed; powers of ten become one word each ("pow5"). */
export function words(text: string): string[] {
  const flat = text
    .toLowerCase()
    .replace(/\b10 ?\^ ?\(?(\d+)\)?/g, ' pow$1 ')
    .replace(/\bk-?th\b/g, ' kth ');
  const out: string[] = [];
  for (const match of flat.matchAll(/[a-z]+\d*/g)) {
    const word = match[0];
    if (/\d/.test(word) && !/^pow\d+$/.test(word)) continue;
    if (word.length === 1 && !KEPT_LETTERS.has(word)) continue;
    out.push(stem(word));
  }
  return out;
}

/** Unigrams (less stop words) and bigrams (unless both halves are stop words), each once. */
export function wordFeatures(text: string): string[] {
  const list = words(text);
  const features = new Set<string>();
  list.forEach((word, index) => {
    if (!STOP_WORDS.has(word)) features.add(word);
    const next = list[index + 1];
    if (next && !(STOP_WORDS.has(word) && STOP_WORDS.has(next))) features.add(`${word} ${next}`);
  });
  return [...features];
}

/** How large the largest bounded size is, in the steps the limits ladder cares about. */
function sizeBucket(largest: number | undefined): string {
  if (largest === undefined) return 'none';
  if (largest <= 12) return 'tiny';
  if (largest <= 20) return 'subsets';
  if (largest <= 100) return 'hundred';
  if (largest <= 600) return 'cubic';
  if (largest <= 5000) return 'quadratic';
  if (largest <= 2e6) return 'linear';
  return 'huge';
}

/** Structural facts as features: "#" marks them, and the panel names them in words. */
function structureFeatures(scene: Scene, asks: Asks): string[] {
  const features = [`#shape:${scene.shape}`, `#size:${sizeBucket(scene.largest)}`];
  for (const kind of scene.kinds) features.push(`#input:${kind}`);
  for (const guarantee of scene.guarantees) features.push(`#promise:${guarantee}`);
  const flags: [boolean, string][] = [
    [scene.grid, '#grid'],
    [scene.design, '#design'],
    [scene.weighted, '#weighted'],
    [scene.unitMoves, '#unit-moves'],
    [scene.ordered, '#order-kept'],
    [scene.updates, '#updates'],
  ];
  for (const [on, name] of flags) if (on) features.push(name);
  for (const [ask, on] of Object.entries(asks)) if (on) features.push(`#asks:${ask}`);
  return features;
}

/**
 * Everything the model reads of one problem. The hand-written triggers that fire are features
 * too ("@…", "^@…" when in the title): the corpus decides how much each is worth.
 */
export function problemFeatures(reading: Pick<Reading, 'title' | 'prose' | 'scene' | 'asks'>): string[] {
  // The title's words again, marked: they name the problem's subject more than the story does.
  const title = wordFeatures(reading.title).map((feature) => `^${feature}`);
  const triggers = new Set(
    firedTriggers(reading.title, reading.scene).flatMap(({ trigger, inTitle }) => {
      const name = triggerFeature(trigger);
      return inTitle ? [name, `^${name}`] : [name];
    }),
  );
  return [
    ...wordFeatures(reading.prose),
    ...title,
    ...structureFeatures(reading.scene, reading.asks),
    ...triggers,
  ];
}

/** Structure features in words, for the reason the panel quotes. */
const STRUCTURE_WORDS: Readonly<Record<string, string>> = {
  '#grid': 'a grid of cells',
  '#design': 'a class with operations',
  '#weighted': 'links with costs',
  '#unit-moves': 'counting equal moves',
  '#order-kept': 'an order that must be kept',
  '#updates': 'values that change between questions',
};

/** A feature as the panel quotes it: words in quotes, structure in plain words. */
export function describeFeature(feature: string): string {
  const word = feature.replace(/^\^/, '');
  if (word.startsWith('@')) {
    const technique = triggerOf(word)?.technique ?? word.slice(1).split(':')[0] ?? '';
    return `a phrase that points at ${technique.replace(/-/g, ' ')}`;
  }
  if (!word.startsWith('#')) return `"${word}"`;
  if (STRUCTURE_WORDS[word]) return STRUCTURE_WORDS[word];
  const [kind, value = ''] = word.slice(1).split(':');
  const plain = value.replace(/-/g, ' ');
  switch (kind) {
    case 'shape':
      return `input shaped as ${plain}`;
    case 'size':
      return `sizes bounded at the ${plain} scale`;
    case 'input':
      return `a ${plain} input`;
    case 'promise':
      return `the promise "${plain}"`;
    case 'asks':
      return `it asks about ${plain}`;
    default:
      return plain;
  }
}
