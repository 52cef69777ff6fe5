import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Plugin } from 'vite';
import { firstQuestions } from './first-questions';
import { SHARD_COUNT, shardOf } from './shards';
import type { Question } from './topics';

/*
 * lib/quiz/bank.ts spells these queries out, as import.meta.glob takes only literals; the lazy-bank
 * tests load each part through it and compare it with the bank, so a mismatch fails them.
 */
/** Asks for a bank file's first questions instead of the whole bank. */
const FIRST_QUERY = 'quiz-first';
/** Asks for a bank file's table of shard loaders, one per part (`SHARD_COUNT`). */
const SHARDS_QUERY = 'quiz-shards';
/** Asks for one shard of a bank file: `quiz-shard=3`. */
const SHARD_QUERY = /^quiz-shard=(\d+)$/;

/**
 * Build-time only: serves the parts of `bank/<topic>.json` the popup loads on demand, derived from
 * the bank at every build so nothing is kept in step by hand:
 * - `?quiz-first`, the bank's first questions (`firstQuestions`), in a chunk `<topic>-first-<hash>.js`;
 * - `?quiz-shard=N`, the questions whose `shardOf(id)` is N, in `<topic>-shard-N-<hash>.js`: a due
 *   review waits for its shard rather than the whole bank;
 * - `?quiz-shards`, a table of the bank's shard loaders, small enough to import eagerly.
 * Chunks are named apart from the bank's own (`<topic>-<hash>.js`) for the bench; the tests' dev
 * server makes no chunks.
 */
export function bankPartsPlugin(): Plugin {
  let building = false;
  return {
    name: 'sparring:quiz-bank-parts',
    enforce: 'pre',
    configResolved(config) {
      building = config.command === 'build';
    },
    load(id) {
      const [file, query] = id.split('?');
      if (!query || !file?.endsWith('.json')) return null;
      const topic = basename(file, '.json');
      if (query === SHARDS_QUERY) {
        const loaders = Array.from(
          { length: SHARD_COUNT },
          (_, shard) => `() => import(${JSON.stringify(`./${topic}.json?quiz-shard=${shard}`)})`,
        );
        return { code: `export default [${loaders.join(',')}];`, moduleType: 'js' };
      }
      const shard = SHARD_QUERY.exec(query)?.[1];
      if (query !== FIRST_QUERY && shard === undefined) return null;
      const bank = JSON.parse(readFileSync(file, 'utf8')) as Question[];
      const part =
        shard === undefined
          ? firstQuestions(bank)
          : bank.filter(({ id: question }) => shardOf(question) === Number(shard));
      const name = shard === undefined ? `${topic}-first` : `${topic}-shard-${shard}`;
      if (building) this.emitFile({ type: 'chunk', id, name });
      return { code: `export default ${JSON.stringify(part)};`, moduleType: 'js' };
    },
  };
}
