import { normalizeConstraint, textOf } from '../dom';
import { problemContext, readStatement } from '../problem';
import { cleanTitle, limitsOf, metaTitle } from '../problem-header';
import type { SiteExtractor } from '../types';
import { readProblemFallback } from './generic';

/*
 * The CSES Problem Set (cses.fi/problemset/task/1068): a judge whose bounds are sized for the
 * intended solution. Only the problem set is read: course and contest pages (cses.fi/<id>/task/A)
 * are not practice pages, and nothing is read or shown there.
 */

const TASK_PATH = /^\/problemset\/task\/(\d+)\/?$/;

/** Formulas as the server sends them, "\(1 \le n \le 10^6\)", before KaTeX renders them. */
const RAW_TEX = /\\\(([\s\S]+?)\\\)|\\\[([\s\S]+?)\\\]/g;

/** Unrendered TeX in the statement becomes inline code with readable operators, as KaTeX's source does. */
function texToCode(markdown: string): string {
  return markdown.replace(RAW_TEX, (_, inline?: string, display?: string) => {
    const text = normalizeConstraint(inline ?? display ?? '');
    return text ? `\`${text.replace(/`/g, "'")}\`` : '';
  });
}

export const cses: SiteExtractor = {
  id: 'cses',
  name: 'CSES',
  matches: ['https://cses.fi/*'],
  handles: (url) => url.hostname === 'cses.fi' && url.pathname.startsWith('/problemset/'),
  pageId: (url) => TASK_PATH.exec(url.pathname)?.[1],
  extract(doc, url) {
    const id = TASK_PATH.exec(url.pathname)?.[1];
    const statement = doc.querySelector('.content .md');
    if (!id || !statement) return null;
    const title =
      cleanTitle(textOf(doc.querySelector('.title-block h1'))) || metaTitle(doc).replace(/^CSES - /, '');
    if (!title) return null;
    // "Time limit: 1.00 s", "Memory limit: 512 MB".
    const limits = [...doc.querySelectorAll('.task-constraints li')].map(textOf);
    const read = readStatement(statement);
    return problemContext({
      site: 'cses',
      url: url.href,
      id,
      title,
      ...read,
      statement: texToCode(read.statement),
      limits: limitsOf(
        limits.find((line) => /time/i.test(line)) ?? '',
        limits.find((line) => /memory/i.test(line)) ?? '',
      ),
      source: 'dom',
    });
  },
  // The Statistics tab (the shortest and fastest solutions), the Results tab and the sidebar's
  // list of the user's own submissions, each linking to earlier code.
  conceal: '.title-block .nav a:is([href*="/stats/"],[href*="/view/"]),.nav.sidebar',
  fallback: readProblemFallback,
};
