import { textOf, titleOf } from '../dom';
import { cleanTitle, limitsOf, problemContext, readStatement } from '../problem';
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
  fallback: readProblemFallback,
};
