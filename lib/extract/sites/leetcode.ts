import type { PageContext, ProblemContext } from '../context';
import { isObject, type JsonObject, parseHtml, readJsonScript, str, textOf } from '../dom';
import { htmlToMarkdown } from '../markdown';
import { problemContext, readStatement } from '../problem';
import { cleanTitle, difficultyOf } from '../problem-header';
import type { Enrichment, PageAccess, SiteExtractor } from '../types';
import type { VerdictReader } from '../verdicts';
import { readProblemFallback } from './generic';

const PROBLEM_PATH = /^\/problems\/([a-z0-9-]+)/i;

/** The slug of a LeetCode problem URL (contest pages are refused before this runs). */
function leetCodeSlug(url: URL): string | undefined {
  return PROBLEM_PATH.exec(url.pathname)?.[1]?.toLowerCase();
}

/**
 * The question as the server rendered it. React-query splits it over several queries (title in
 * one, content in another), so every `question` object for this slug is merged. After an SPA move
 * the script still describes the first problem: anything naming another slug is ignored.
 */
function nextDataQuestion(doc: Document, slug: string): JsonObject | undefined {
  const data = readJsonScript(doc, 'script#__NEXT_DATA__');
  if (!isObject(data)) return undefined;
  const query = isObject(data.query) ? str(data.query.slug) : '';
  if (query && query !== slug) return undefined;
  const pageProps = isObject(data.props) && isObject(data.props.pageProps) ? data.props.pageProps : {};
  const state = isObject(pageProps.dehydratedState) ? pageProps.dehydratedState : {};
  const queries = Array.isArray(state.queries) ? state.queries : [];
  let merged: JsonObject | undefined;
  for (const entry of queries) {
    const question =
      isObject(entry) && isObject(entry.state) && isObject(entry.state.data)
        ? entry.state.data.question
        : null;
    if (!isObject(question)) continue;
    const own = str(question.titleSlug);
    if (own && own !== slug) continue;
    if (!own && !query) continue;
    merged = { ...merged, ...question };
  }
  return merged;
}

function tagNames(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.map((tag) => (isObject(tag) ? str(tag.name) : '')).filter(Boolean);
}

/** LeetCode hints are small HTML snippets; keep their inline code readable. */
function hintsFrom(doc: Document, value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.map((hint) => htmlToMarkdown(parseHtml(doc, str(hint)))).filter(Boolean);
}

function fromNextData(doc: Document, url: URL, slug: string, question: JsonObject): ProblemContext | null {
  const cn = url.hostname.endsWith('.cn');
  const title = cleanTitle(
    (cn && str(question.translatedTitle)) || str(question.questionTitle) || str(question.title),
  );
  const html = (cn && str(question.translatedContent)) || str(question.content);
  if (!title || !html) return null;
  return problemContext({
    site: 'leetcode',
    url: url.href,
    id: slug,
    title,
    difficulty: difficultyOf(question.difficulty),
    ...readStatement(parseHtml(doc, html)),
    tags: tagNames(question.topicTags),
    hints: hintsFrom(doc, question.hints),
    source: 'next-data',
  });
}

/**
 * The rendered description. Its title link must point at the current slug: right after an SPA
 * move the previous problem is still on screen, and reading it would report a stale problem.
 */
function fromDom(doc: Document, url: URL, slug: string, question?: JsonObject): ProblemContext | null {
  const description = doc.querySelector('[data-track-load="description_content"]');
  const links = [...doc.querySelectorAll(`a[href^="/problems/${slug}"]`)];
  const link =
    links.find((a) => a.closest('.text-title-large')) ??
    links.find((a) => /^\d+\.\s/.test(textOf(a))) ??
    links[0];
  if (!description || !link) return null;
  const title = cleanTitle(textOf(link));
  if (!title) return null;
  const pane = ancestorHolding(description, link) ?? doc;
  const difficulty =
    difficultyOf(textOf(pane.querySelector('[class*="text-difficulty-"]'))) ??
    difficultyOf(question?.difficulty);
  const tags = [...pane.querySelectorAll('a[href^="/tag/"]')].map(textOf);
  return problemContext({
    site: 'leetcode',
    url: url.href,
    id: slug,
    title,
    difficulty,
    ...readStatement(description),
    tags: tags.length ? tags : tagNames(question?.topicTags),
    hints: hintsFrom(doc, question?.hints),
    source: 'dom',
  });
}

function ancestorHolding(from: Element, other: Element): Element | null {
  for (let node = from.parentElement; node; node = node.parentElement) if (node.contains(other)) return node;
  return null;
}

const QUERY =
  'query question($titleSlug: String!) { question(titleSlug: $titleSlug) { titleSlug difficulty topicTags { name } hints } }';

/** What the page's DOM often lacks: LeetCode's own topic tags and hints (hidden until clicked). */
interface LeetCodeExtras {
  slug: string;
  tags: string[];
  hints: string[];
  difficulty?: ProblemContext['difficulty'];
}

/**
 * Ask the page's own origin for the question (same-origin, with the user's session and the
 * csrftoken cookie as LeetCode expects). Null on any failure or when the answer is about another
 * problem than the one asked for.
 */
async function fetchLeetCodeExtras(slug: string, page: PageAccess): Promise<LeetCodeExtras | null> {
  try {
    const csrfToken = /(?:^|;\s*)csrftoken=([^;]+)/.exec(page.cookie())?.[1] ?? '';
    const response = await page.fetch(`${page.origin}/graphql/`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', 'x-csrftoken': csrfToken },
      body: JSON.stringify({ query: QUERY, variables: { titleSlug: slug }, operationName: 'question' }),
    });
    if (!response.ok) return null;
    const body: unknown = await response.json();
    const data = isObject(body) && isObject(body.data) ? body.data : {};
    const question = isObject(data.question) ? data.question : null;
    if (!question || str(question.titleSlug) !== slug) return null;
    return {
      slug,
      tags: tagNames(question.topicTags),
      hints: hintsFrom(page.doc, question.hints),
      difficulty: difficultyOf(question.difficulty),
    };
  } catch {
    return null;
  }
}

/** Merge extras into a context of the same problem; the page's own reading wins where it has one. */
function applyLeetCodeExtras(context: PageContext, extras: LeetCodeExtras): PageContext {
  if (context.kind !== 'problem' || context.site !== 'leetcode' || context.id !== extras.slug) return context;
  const merged: ProblemContext = {
    ...context,
    tags: context.tags.length ? context.tags : extras.tags,
    hints: context.hints.length ? context.hints : extras.hints,
  };
  const difficulty = context.difficulty ?? extras.difficulty;
  if (difficulty) merged.difficulty = difficulty;
  return merged;
}

const enrich: Enrichment = async (context, page) => {
  const extras = await fetchLeetCodeExtras(context.id, page);
  return extras && ((later) => applyLeetCodeExtras(later, extras));
};

/** "Accepted" on leetcode.com, 通过 on leetcode.cn; anything else final is a wrong submission. */
const ACCEPTED = /^(?:Accepted|通过)$/;
const PENDING = /^(?:Pending|Judging|Running)|^(?:等待|判题中)/i;

/**
 * LeetCode shows the result of a submission, and only the user's own, in one element with a
 * stable test attribute; its page is `/problems/<slug>/submissions/<id>/`.
 */
const leetcodeVerdicts: VerdictReader = (doc, url) => {
  const problem = leetCodeSlug(url);
  const text = doc.querySelector('[data-e2e-locator="submission-result"]')?.textContent?.trim();
  if (!problem || !text) return [];
  return [
    {
      problem,
      submission: /\/submissions\/(\d+)/.exec(url.pathname)?.[1],
      pending: PENDING.test(text),
      accepted: ACCEPTED.test(text),
    },
  ];
};

export const leetcode: SiteExtractor = {
  id: 'leetcode',
  name: 'LeetCode',
  matches: ['https://leetcode.com/*', 'https://leetcode.cn/*'],
  handles: (url) => /(^|\.)leetcode\.(com|cn)$/.test(url.hostname),
  // Difficulty, topic tags, the Editorial and Solutions tabs, and everything below the statement
  // (hints, similar questions, the discussion). leetcode.cn shares the difficulty and statement
  // markup (its fixtures); its 题解 (solutions) tab carries no id and moves with the layout, so
  // it is found by its label, as public userscripts find it (tests/fixtures/leetcode/cn-two-sum-tabs.html).
  conceal:
    '[class*=text-difficulty-],a[href*="/tag/"],.flexlayout__tab_button:has(#editorial_tab,#solutions_tab),[data-track-load=description_content]~*',
  concealLabelled: { within: '.flexlayout__tab_button', labels: ['题解'] },
  verdicts: leetcodeVerdicts,
  pageId: leetCodeSlug,
  extract(doc, url) {
    const slug = leetCodeSlug(url);
    if (!slug) return null;
    const question = nextDataQuestion(doc, slug);
    return (question && fromNextData(doc, url, slug, question)) ?? fromDom(doc, url, slug, question);
  },
  fallback: readProblemFallback,
  enrich,
};
