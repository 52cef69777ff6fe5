import { blockedContext } from './blocked';
import { createPageReader } from './core';
import { EXTRACTORS } from './registry';
import { pageStyleSheets } from './style-sheets';
import { readStylesWith } from './visible';

export type { PageContext } from './context';

/** Read a page with every extractor Sparring has (the CLI, the tests, "Read this page"). */
// Node has no computed style: the page's <style> rules stand in for it (the browser ignores this).
readStylesWith(pageStyleSheets);

export const extractPage = createPageReader(EXTRACTORS, blockedContext);
