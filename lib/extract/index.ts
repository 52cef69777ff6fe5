import { createPageReader } from './core';
import { EXTRACTORS } from './registry';

export type { PageContext } from './context';

/** Read a page with every extractor Sparring has (the CLI, the tests, "Read this page"). */
export const extractPage = createPageReader(EXTRACTORS);
