import { metaContent, textOf, titleOf } from '../dom';
import { problemContext, readStatement } from '../problem';
import { cleanTitle, metaTitle } from '../problem-header';
import { titleFromSlug } from '../title-from-slug';
import type { Fallback, SiteExtractor } from '../types';

/** The page's main content, where a statement would be. */
function mainOf(doc: Document): Element | null {
  return doc.querySelector('main article, article, main, [role="main"]') ?? doc.body;
}

/** The words a URL slug is made of ("next-larger-element-1587115620" → next, larger, element). */
function slugWords(slug: string): string[] {
  return slug
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => /^[a-z]{2,}$/.test(word));
}

/** Whether a title names what the slug names: most of the slug's words are in it. */
function agrees(title: string, words: string[]): boolean {
  const own = new Set(title.toLowerCase().split(/[^a-z0-9]+/));
  return words.filter((word) => own.has(word)).length >= Math.ceil(words.length * 0.6);
}

/**
 * A site's problem page its reader no longer recognises (a redesign): the generic readers, under
 * the site's name and the id its URL gives. Where the slug is made of words, the page's title must
 * agree with it: a single-page app still showing the previous problem is not read as this one.
 * A page without any title is named by its slug.
 */
export const readProblemFallback: Fallback = (doc, url, site, id) => {
  const words = slugWords(id);
  const headings = [...doc.querySelectorAll('h1, h2, h3')].slice(0, 20);
  const named = [
    ...headings.map((heading) => ({ heading, text: cleanTitle(textOf(heading)) })),
    { heading: null, text: cleanTitle(titleOf(doc)) },
    { heading: null, text: cleanTitle(metaContent(doc, 'og:title')) },
  ].filter((candidate) => candidate.text);
  let pick = words.length >= 2 ? named.find(({ text }) => agrees(text, words)) : named[0];
  if (!pick) {
    // A title that names something else: this page shows another problem than its URL says.
    const pageTitle = named.find(({ heading }) => heading === null || heading.tagName === 'H1');
    if (pageTitle) return null;
    pick = { heading: null, text: titleFromSlug(id) };
  }
  const root = mainOf(doc);
  const heading = pick.heading;
  // What comes up to the title (navigation, the header holding it) is no part of the statement;
  // the blocks are visited in document order.
  let past = !heading || !root?.contains(heading);
  const beforeTitle = (node: Node) => {
    if (past) return false;
    past = node === heading || node.contains(heading);
    return true;
  };
  const read = root && readStatement(root, beforeTitle);
  // What a problem page holds beside its statement: formal samples or constraints.
  if (!read?.statement || !(read.constraints.length || read.examples.some((e) => e.input && e.output)))
    return null;
  return problemContext({ site, url: url.href, id, title: pick.text, ...read, source: 'fallback' });
};

/**
 * A problem on a site Sparring has no reader for: a page whose main content has formal samples
 * (Input/Output) and reads like a statement. Conservative on purpose; a blog post that merely
 * shows some code must stay "none". Sites with their own reader are left to it (`owned`), so a
 * half-rendered page there is never misread by this fallback.
 */
export function genericProblem(owned: readonly SiteExtractor[]): SiteExtractor {
  return {
    id: 'generic',
    name: 'Generic',
    matches: [],
    handles: (url) => !owned.some((extractor) => extractor.handles(url)),
    extract(doc, url) {
      const root = mainOf(doc);
      if (!root) return null;
      const heading = root.querySelector('h1') ?? doc.querySelector('h1');
      const title = cleanTitle(textOf(heading)) || metaTitle(doc);
      const read = readStatement(root, (node) => node === heading);
      if (!title || !read.examples.some((e) => e.input && e.output)) return null;
      const segments = url.pathname.split('/').filter(Boolean);
      const slug = segments
        .reverse()
        .find((s) => /[a-z]/i.test(s) && !/^(description|problem|question)$/i.test(s));
      return problemContext({
        site: 'generic',
        url: url.href,
        id: `${url.hostname}/${slug ?? ''}`.toLowerCase(),
        title,
        ...read,
        source: 'generic',
      });
    },
  };
}
