import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Plugin } from 'vite';
import { firstQuestions } from './first-questions';
import type { Question } from './topics';

/** The query that asks for a bank file's first questions instead of the whole bank. */
export const FIRST_QUERY = 'quiz-first';

/**
 * Build-time only: serves `bank/<topic>.json?quiz-first` as that bank's first questions
 * (`firstQuestions`) in a chunk `<topic>-first-<hash>.js`, so the popup's first question waits
 * for a few questions rather than the whole bank. Derived from the bank at every build: nothing
 * to keep in step by hand.
 */
export function firstQuestionsPlugin(): Plugin {
  let building = false;
  return {
    name: 'sparring:quiz-first-questions',
    enforce: 'pre',
    configResolved(config) {
      building = config.command === 'build';
    },
    load(id) {
      const [file, query] = id.split('?');
      if (query !== FIRST_QUERY || !file?.endsWith('.json')) return null;
      const bank = JSON.parse(readFileSync(file, 'utf8')) as Question[];
      // Named apart from the bank's own chunk (both would be `<topic>-<hash>.js`), for the bench;
      // the tests' dev server makes no chunks.
      if (building) this.emitFile({ type: 'chunk', id, name: `${basename(file, '.json')}-first` });
      return { code: `export default ${JSON.stringify(firstQuestions(bank))};`, moduleType: 'js' };
    },
  };
}
