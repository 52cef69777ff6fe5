/*
 * During a coding mock, the page's giveaways (difficulty, tags, hints, solutions, discussion) are
 * hidden as an interviewer would not show them: one style element, removed when the mock ends or
 * the tab moves to another problem. Selectors are per site and only where its markup is known;
 * they rely on stable attributes and ids, never on hashed class names.
 */

const SITES: readonly [RegExp, string][] = [
  [
    /(^|\.)leetcode\.(com|cn)$/,
    // Difficulty; topic and company tags; the Editorial and Solutions tabs; and everything below
    // the statement (hints, similar questions, the discussion).
    '.text-difficulty-easy,.text-difficulty-medium,.text-difficulty-hard,a[href*="/tag/"],a[href*="/company/"],' +
      '.flexlayout__tab_button:has(#editorial_tab),.flexlayout__tab_button:has(#solutions_tab),#editorial_tab,#solutions_tab,' +
      '[data-track-load="description_content"]~*',
  ],
  // Tags (with the rating) and the contest materials box with its tutorial.
  [/(^|\.)codeforces\.|^codeforc\.es$/, '.sidebox:has(.tag-box),.sidebox:has(a[href*="/blog/entry/"])'],
  [/(^|\.)hackerrank\.com$/, 'a[href$="/forum"],a[href$="/editorial"],[class*="difficulty"]'],
  [/(^|\.)atcoder\.jp$/, 'a[href*="/editorial"]'],
];

export interface Concealer {
  /** Hide the giveaways for the problem `key` (`<site>:<id>`). */
  conceal(key: string): void;
  /** The tab now shows `key` (or no problem): anything hidden for another problem comes back. */
  follow(key: string | null): void;
  reveal(): void;
}

export function createConcealer(doc: Document, host: string): Concealer {
  const selectors = SITES.find(([pattern]) => pattern.test(host))?.[1];
  let style: HTMLStyleElement | null = null;
  let hiddenFor: string | null = null;
  const reveal = () => {
    style?.remove();
    style = null;
    hiddenFor = null;
  };
  return {
    conceal(key) {
      if (!selectors) return;
      hiddenFor = key;
      if (style?.isConnected) return;
      style = doc.createElement('style');
      style.textContent = `${selectors}{display:none!important}`;
      (doc.head ?? doc.documentElement).append(style);
    },
    follow(key) {
      if (hiddenFor !== null && key !== hiddenFor) reveal();
    },
    reveal,
  };
}
