/**
 * Trains the technique model's weights (weights.json) from a corpus of LeetCode problems, one JSON
 * file each (title, description, examples, constraints, topics), such as the public repository
 * neenza/leetcode-problems. Not part of the build or the tests; run it by hand:
 *
 *   npx tsx lib/coach/problem/learned/train.ts <corpus-dir> [--out lib/coach/problem/learned/weights.json]
 *   npx tsx lib/coach/problem/learned/train.ts <corpus-dir> --cv [--seed N]
 *
 * `--cv` writes nothing: it cross-validates the settings below in five folds of the training part
 * (the coach's top-3 technique recall and top-1 against LeetCode's topics, statements only, as
 * the panel reads a page without tags), which is how they were chosen. `--seed N` deals the
 * problems into other folds: how far a figure moves between seeds is the noise a change must beat.
 *
 * Problems whose number is a multiple of five are never trained on: they are the held-out part
 * the coach is measured on. The corpus itself is never committed, only the weights derived from it.
 *
 * The model is also trained on retellings of library problems (retold/, our own writing, committed):
 * the same problem under a new story, as other judges' setters tell it, labelled with the library's
 * techniques. LeetCode's words alone taught it "robber" and "islands", not what lies under them.
 */
import { crossValidate, readCorpus, readRetold, write } from './training';

const [corpus, ...rest] = process.argv.slice(2);
if (!corpus) {
  process.stderr.write('usage: train.ts <corpus-dir> [--out weights.json | --cv [--seed N]]\n');
  process.exit(1);
}
const corpusRows = readCorpus(corpus);
const rows = [...corpusRows, ...readRetold(corpusRows)];
const outAt = rest.indexOf('--out');
const seedAt = rest.indexOf('--seed');
if (rest.includes('--cv')) {
  const { topics, library, retold, per } = crossValidate(rows, seedAt >= 0 ? Number(rest[seedAt + 1]) : 0);
  process.stdout.write(topics.line('problems scored'));
  process.stdout.write(library.line('library problems scored against their notes'));
  process.stdout.write(retold.line('retellings scored against their notes'));
  for (const [id, { n, found }] of [...per].sort((a, b) => b[1].n - a[1].n))
    process.stdout.write(`${id.padEnd(22)} ${String(n).padStart(4)} ${(found / n).toFixed(2)}\n`);
} else
  write(rows, outAt >= 0 ? (rest[outAt + 1] as string) : new URL('./weights.json', import.meta.url).pathname);
