import { LIVE_ROUND } from '../blocked';
import { textOf, titleOf } from '../dom';
import { problemContext, readStatement } from '../problem';
import { cleanTitle, limitsOf } from '../problem-header';
import type { SiteExtractor } from '../types';
import { readProblemFallback } from './generic';

const TASK_PATH = /^\/contests\/([\w-]+)\/tasks\/([\w-]+)/;

/** The title's own text, without the "Editorial" button AtCoder puts beside it. */
function ownText(el: Element | null): string {
  if (!el) return '';
  let text = '';
  for (let node = el.firstChild; node; node = node.nextSibling)
    if (node.nodeType === 3) text += node.nodeValue;
  return text;
}

/** Contests that stay open for weeks or years are practice sets, not rounds. */
const LONGEST_ROUND_MS = 14 * 24 * 3600_000;

/**
 * The contest window the task page shows ("2020-08-09 21:00:00+0900 ~ 2020-08-09 23:20:00+0900"):
 * a round is live while `now` is inside it.
 */
function liveRound(doc: Document, _url: URL, now: number): string | null {
  const [start, end] = [...doc.querySelectorAll('.contest-duration time')].map((time) =>
    Date.parse(
      textOf(time)
        .replace(' ', 'T')
        .replace(/([+-]\d\d)(\d\d)$/, '$1:$2'),
    ),
  );
  if (start === undefined || end === undefined || end - start > LONGEST_ROUND_MS) return null;
  return start <= now && now < end ? LIVE_ROUND : null;
}

export const atcoder: SiteExtractor = {
  id: 'atcoder',
  name: 'AtCoder',
  matches: ['https://atcoder.jp/*'],
  handles: (url) => /(^|\.)atcoder\.jp$/.test(url.hostname),
  pageId: (url) => TASK_PATH.exec(url.pathname)?.[2],
  extract(doc, url) {
    const task = TASK_PATH.exec(url.pathname)?.[2];
    const statement = doc.querySelector('#task-statement');
    if (!task || !statement) return null;
    const title = cleanTitle(ownText(doc.querySelector('span.h2')) || titleOf(doc));
    if (!title) return null;
    // Bilingual pages hold the whole statement twice; the English half, when there is one, is read.
    const root =
      statement.querySelector('span.lang-en') ?? statement.querySelector('span.lang-ja') ?? statement;
    let limitLine = statement.previousElementSibling;
    while (limitLine && !/(Time Limit|実行時間制限)/i.test(textOf(limitLine))) {
      limitLine = limitLine.previousElementSibling;
    }
    return problemContext({
      site: 'atcoder',
      url: url.href,
      id: task,
      title,
      // "Score: 2200 points" opens the statement; a contest score is not part of the problem.
      ...readStatement(root, (node) => /^(Score|配点)\s*[:：]/.test(textOf(node))),
      limits: limitsOf(textOf(limitLine)),
      source: 'dom',
    });
  },
  // The task's and the contest's editorial links and the Discuss tab (a Codeforces blog).
  conceal: '[href*="/editorial"],li:has(>a>.glyphicon-comment)',
  fallback: readProblemFallback,
  liveRound,
};
