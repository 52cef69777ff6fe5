import { LIVE_ROUND } from '../blocked';
import { mathLines, normalizeConstraint, preText, squash, textOf } from '../dom';
import { nodesToMarkdown } from '../markdown';
import { problemContext } from '../problem';
import { cleanTitle, limitsOf } from '../problem-header';
import type { SiteExtractor } from '../types';
import type { PageVerdict, VerdictReader } from '../verdicts';
import { readProblemFallback } from './generic';

/* /problemset/problem/1520/D, /contest/1520/problem/D, /gym/102942/problem/A, /group/x/contest/…. */
const PROBLEM_PATH =
  /^\/(?:problemset\/problem\/(\d+)\/(\w+)|contest\/(\d+)\/problem\/(\w+)|problemset\/gymProblem\/(\d+)\/(\w+)|gym\/(\d+)\/problem\/(\w+)|group\/(\w+)\/contest\/(\d+)\/problem\/(\w+))/;
const TEX = /\${6}([\s\S]+?)\${6}|\${3}([\s\S]+?)\${3}/g;
const RELATION = /\\(le|leq|ge|geq|lt|gt|ne|neq)(?![a-zA-Z])|[<>≤≥≠]/;

/** Canonical id: a problem has the same id in the problem set and in its contest ("1520D"). */
export function codeforcesProblemId(path: string): string | undefined {
  const m = PROBLEM_PATH.exec(path);
  if (!m) return undefined;
  if (m[1] || m[3]) return `${m[1] ?? m[3]}${(m[2] ?? m[4] ?? '').toUpperCase()}`;
  if (m[5] || m[7]) return `gym${m[5] ?? m[7]}${(m[6] ?? m[8] ?? '').toUpperCase()}`;
  return `group-${m[9]}-${m[10]}${(m[11] ?? '').toUpperCase()}`;
}

/** TeX in statements becomes inline code with readable operators ("1 <= n <= 2 * 10^5"). */
function texToCode(markdown: string): string {
  return markdown.replace(TEX, (_, display?: string, inline?: string) => {
    const text = normalizeConstraint(display ?? inline ?? '');
    return text ? `\`${text.replace(/`/g, "'")}\`` : '';
  });
}

/** Markdown of a section without its "Input"/"Output" title div. */
function sectionMarkdown(section: Element | null): string {
  if (!section) return '';
  const nodes = [...section.childNodes].filter(
    (node) => !(node.nodeType === 1 && (node as Element).classList.contains('section-title')),
  );
  return texToCode(nodesToMarkdown(nodes));
}

/** Codeforces states limits inside the input section: one constraint per TeX inequality. */
function constraintsFrom(section: Element | null): string[] {
  if (!section) return [];
  const out: string[] = [];
  for (const line of mathLines([section])) {
    for (const sentence of line.split(/(?<=\.)\s+(?=[A-Z])/)) {
      const formulas = [...sentence.matchAll(TEX)].map((m) => m[1] ?? m[2] ?? '');
      for (const formula of formulas) if (RELATION.test(formula)) out.push(normalizeConstraint(formula));
      if (
        /guaranteed|does not exceed|at most|at least/i.test(sentence) &&
        !formulas.some((f) => RELATION.test(f))
      )
        out.push(normalizeConstraint(sentence));
    }
  }
  return [...new Set(out.filter(Boolean))];
}

function propertyValue(el: Element | null): string {
  if (!el) return '';
  return squash(textOf(el).replace(textOf(el.querySelector('.property-title')), ''));
}

/**
 * While a round runs, the sidebar's box for the page's own contest says "Contest is running" above
 * a countdown (a box about another contest, on a problem set page, says nothing about this one).
 */
function liveRound(doc: Document, url: URL): string | null {
  const contest = PROBLEM_PATH.exec(url.pathname)
    ?.slice(1)
    .find((part) => /^\d+$/.test(part ?? ''));
  if (!contest) return null;
  for (const phase of doc.querySelectorAll('.contest-state-phase')) {
    const box = phase.closest('.roundbox') ?? phase.parentElement;
    const ours = [...(box?.querySelectorAll('a[href]') ?? [])].some((link) =>
      new RegExp(`/(contests?|gym)/${contest}(/|$)`).test(link.getAttribute('href') ?? ''),
    );
    if (ours && /running/i.test(textOf(phase))) return LIVE_ROUND;
  }
  return null;
}

/** Verdicts still on their way: the submission is queued or being tested. */
const WAITING = new Set(['TESTING', 'SUBMITTED']);

/**
 * Codeforces marks each verdict with `submissionVerdict` ("OK", "WRONG_ANSWER", "TESTING") on a
 * wrapper that also names the submission (`submissionId`). Only pages that list the user's own
 * submissions count: a problem's "Last submissions" box (the problem is the page's), and "My
 * submissions" (`/my`, `?my=on`), where each row links its problem. Status pages of everyone's submissions are not read.
 */
const codeforcesVerdicts: VerdictReader = (doc, url) => {
  const pageProblem = codeforcesProblemId(url.pathname);
  const mine = /\/my\/?$/.test(url.pathname) || url.searchParams.get('my') === 'on';
  if (!pageProblem && !mine) return [];
  const verdicts: PageVerdict[] = [];
  // Attributes are read by their camel-case names: an HTML document matches them in any case.
  for (const wrapper of doc.querySelectorAll('.submissionVerdictWrapper')) {
    const href = wrapper.closest('tr')?.querySelector('a[href*="/problem/"]')?.getAttribute('href');
    const problem =
      href && URL.canParse(href, url) ? codeforcesProblemId(new URL(href, url).pathname) : pageProblem;
    const verdict = wrapper.getAttribute('submissionVerdict') ?? '';
    if (!problem) continue;
    verdicts.push({
      problem,
      submission: wrapper.getAttribute('submissionId') ?? undefined,
      pending: !verdict || WAITING.has(verdict) || wrapper.querySelector('.verdict-waiting') !== null,
      accepted: verdict === 'OK',
    });
  }
  return verdicts;
};

export const codeforces: SiteExtractor = {
  id: 'codeforces',
  name: 'Codeforces',
  matches: [
    'https://codeforces.com/*',
    'https://*.codeforces.com/*',
    'https://codeforces.ml/*',
    'https://codeforc.es/*',
  ],
  handles: (url) => /(^|\.)(codeforces\.(com|ml|net|es)|codeforc\.es)$/.test(url.hostname),
  // The sidebar's tags box (its "*1200" is the rating) and the contest materials' blog links:
  // the announcement's comments and the tutorial.
  conceal: '.roundbox:has(.tag-box),#sidebar li:has([href*="/blog/"])',
  verdicts: codeforcesVerdicts,
  pageId: (url) => codeforcesProblemId(url.pathname),
  extract(doc, url) {
    const id = codeforcesProblemId(url.pathname);
    // The statement is what holds the header; its wrapper's class is only the usual way to find it.
    const root =
      doc.querySelector('.problem-statement') ??
      doc.querySelector('.header > .title')?.parentElement?.parentElement;
    if (!id || !root) return null;
    const header = root.querySelector('.header');
    const title = cleanTitle(textOf(header?.querySelector('.title')));
    if (!title) return null;
    const input = root.querySelector('.input-specification');
    const legend = [...root.children].find((el) => el.tagName === 'DIV' && !el.getAttribute('class'));
    const parts = [
      legend ? texToCode(nodesToMarkdown(legend.childNodes)) : '',
      ...(
        [
          ['Input', input],
          ['Output', root.querySelector('.output-specification')],
          ['Interaction', root.querySelector('.interaction-specification')],
          ['Note', root.querySelector('.note')],
        ] as const
      ).map(([label, el]) => {
        const md = sectionMarkdown(el);
        return md ? `**${label}**\n\n${md}` : '';
      }),
    ];
    const examples = [...root.querySelectorAll('.sample-test .input')].map((inputBox) => {
      let outputBox = inputBox.nextElementSibling;
      while (outputBox && !outputBox.classList.contains('output')) outputBox = outputBox.nextElementSibling;
      return {
        input: preText(inputBox.querySelector('pre')),
        output: preText(outputBox?.querySelector('pre')),
      };
    });
    const tags = [...doc.querySelectorAll('.tag-box')].map(textOf).filter((tag) => !tag.startsWith('*'));
    return problemContext({
      site: 'codeforces',
      url: url.href,
      id,
      title,
      statement: parts.filter(Boolean).join('\n\n'),
      examples,
      constraints: constraintsFrom(input),
      tags,
      limits: limitsOf(
        propertyValue(header?.querySelector('.time-limit') ?? null),
        propertyValue(header?.querySelector('.memory-limit') ?? null),
      ),
      source: 'dom',
    });
  },
  fallback: readProblemFallback,
  liveRound,
};
