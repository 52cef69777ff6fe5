import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { caseIndexItem } from './index-item';
import type { DesignCase } from './schema';

/** The query that asks for a case's index item instead of the whole case. */
const CASE_INDEX_QUERY = 'design-case-index';

/**
 * Build-time only: serves `cases/<id>.json?design-case-index` as the case's index item, so the
 * panel can choose cases from every index item while each case's prose stays in a lazy chunk of
 * its own. A module belongs to one chunk, which is why the index must be a module of its own
 * rather than a named import of the case.
 */
export function designCaseIndexPlugin(): Plugin {
  return {
    name: 'sparring:design-case-index',
    enforce: 'pre',
    load(id) {
      const [file, query] = id.split('?');
      if (query !== CASE_INDEX_QUERY || !file?.endsWith('.json')) return null;
      const designCase = JSON.parse(readFileSync(file, 'utf8')) as DesignCase;
      return { code: `export default ${JSON.stringify(caseIndexItem(designCase))};`, moduleType: 'js' };
    },
  };
}
