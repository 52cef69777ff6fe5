import { textOf } from '../dom';
import { cleanTitle, metaTitle, problemContext, readStatement } from '../problem';
import type { SiteExtractor } from '../types';

/**
 * A problem on a site Sparring has no reader for: a page whose main content has formal samples
 * (Input/Output) and reads like a statement. Conservative on purpose; a blog post that merely
 * shows some code must stay "none". Sites with their own reader are left to it (`owned`), so a
 * half-rendered page there is never misread by this fallback.
 */
export function genericProblem(owned: readonly SiteExtractor[]): SiteExtractor {
  return {
    id: 'generic',
    matches: [],
    handles: (url) => !owned.some((extractor) => extractor.handles(url)),
    extract(doc, url) {
      const root = doc.querySelector('main article, article, main, [role="main"]') ?? doc.body;
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
