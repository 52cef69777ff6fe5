import type { ProblemContext } from '../context';
import { isObject, str } from '../dom';
import { difficultyOf } from '../problem';
import { hintsFrom } from './leetcode';

/** What the page's DOM often lacks: LeetCode's own topic tags and hints (hidden until clicked). */
export interface LeetCodeExtras {
  slug: string;
  tags: string[];
  hints: string[];
  difficulty?: ProblemContext['difficulty'];
}

const QUERY =
  'query question($titleSlug: String!) { question(titleSlug: $titleSlug) { titleSlug difficulty topicTags { name } hints } }';

export type FetchLike = (input: string, init: RequestInit) => Promise<Pick<Response, 'ok' | 'json'>>;

/**
 * Ask the page's own origin for the question (same-origin, with the user's session and the
 * csrftoken cookie as LeetCode expects). Null on any failure or when the answer is about another
 * problem than the one asked for.
 */
export async function fetchLeetCodeExtras(
  doc: Document,
  origin: string,
  slug: string,
  fetchFn: FetchLike,
  csrfToken = '',
): Promise<LeetCodeExtras | null> {
  try {
    const response = await fetchFn(`${origin}/graphql/`, {
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
    const tags = Array.isArray(question.topicTags)
      ? question.topicTags.map((tag) => (isObject(tag) ? str(tag.name) : '')).filter(Boolean)
      : [];
    return {
      slug,
      tags,
      hints: hintsFrom(doc, question.hints),
      difficulty: difficultyOf(question.difficulty),
    };
  } catch {
    return null;
  }
}

/** Merge extras into a context of the same problem; the page's own reading wins where it has one. */
export function applyLeetCodeExtras(context: ProblemContext, extras: LeetCodeExtras | null): ProblemContext {
  if (!extras || context.site !== 'leetcode' || context.id !== extras.slug) return context;
  const merged: ProblemContext = {
    ...context,
    tags: context.tags.length ? context.tags : extras.tags,
    hints: context.hints.length ? context.hints : extras.hints,
  };
  const difficulty = context.difficulty ?? extras.difficulty;
  if (difficulty) merged.difficulty = difficulty;
  return merged;
}

/**
 * Extraction plus GraphQL: the DOM result unchanged when the query fails or answers about another
 * problem. `doc` parses the hints' HTML (inertly); `csrfToken` is the page's csrftoken cookie.
 */
export async function enrichLeetCode(
  context: ProblemContext,
  fetchFn: FetchLike,
  options: { doc: Document; csrfToken?: string },
): Promise<ProblemContext> {
  const origin = new URL(context.url).origin;
  const extras = await fetchLeetCodeExtras(options.doc, origin, context.id, fetchFn, options.csrfToken);
  return applyLeetCodeExtras(context, extras);
}
