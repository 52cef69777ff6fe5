import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractPage } from '@/lib/extract';
import { type PageContext, pageContextSchema } from '@/lib/extract/context';

const FIXTURES = join(__dirname, '../../fixtures');
const URLS = [
  'https://leetcode.com/problems/two-sum/',
  'https://leetcode.cn/problems/two-sum/description/',
  'https://www.hackerrank.com/challenges/x/problem',
  'https://codeforces.com/contest/1/problem/A',
  'https://atcoder.jp/contests/abc001/tasks/abc001_a',
  'https://www.geeksforgeeks.org/problems/x/1',
  'https://neetcode.io/problems/x/question',
  'https://www.codechef.com/problems/X',
  'https://example.org/problems/x',
];
const PAGES = [
  'leetcode/longest-happy-prefix-dom',
  'leetcode/two-sum-next-data',
  'codeforces/contest-split-rows',
  'atcoder/agc047-f-bilingual',
  'geeksforgeeks/lis-next-data',
  'codechef/max-two-boxes-katex',
  'hackerrank/extremum-permutations',
  'generic/kattis-style',
].map((page) => readFileSync(join(FIXTURES, `${page}.html`), 'utf8'));

const TAGS = [
  'p',
  'div',
  'pre',
  'code',
  'ul',
  'li',
  'strong',
  'sup',
  'var',
  'h3',
  'br',
  'span',
  'table',
  'td',
];
const SELECTOR_BITS = [
  '<div data-track-load="description_content">',
  '<div class="problem-statement"><div class="header"><div class="title">A. x</div></div>',
  '<div id="task-statement"><span class="lang"><span class="lang-en">',
  '<div class="challenge-body-html">',
  '<div class="problems_problem_content__x">',
  '<div id="problem-statement">',
  '<app-article><h1>t</h1>',
  '<a href="/problems/two-sum/">1. Two Sum</a>',
  '<script id="__NEXT_DATA__" type="application/json">{"props":',
  '<p><strong>Example 1:</strong></p><pre>Input: 1\nOutput: 2</pre>',
  '<p><strong>Constraints:</strong></p><ul><li>1 &le; n</li>',
  '<h3>Sample Input 1</h3><pre>1</pre><h3>Sample Output 1</h3>',
  '<span class="katex"><annotation encoding="application/x-tex">\\le</annotation>',
  '$$$',
  '\uE0000\uE000',
  '\u0000',
  '<![CDATA[',
  '&#xD800;',
];

const fragment = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.string(),
    fc.constantFrom(...SELECTOR_BITS),
    fc
      .tuple(fc.constantFrom(...TAGS), fc.array(tie('node'), { maxLength: 4 }))
      .map(([tag, children]) => `<${tag}>${children.join('')}</${tag}>`),
  ),
})).node as fc.Arbitrary<string>;

function read(html: string, url: string) {
  const { document } = parseHTML(
    `<!DOCTYPE html><html><head><title>t</title></head><body>${html}</body></html>`,
  );
  return extractPage(document, url);
}

function expectValid(context: PageContext) {
  const result = pageContextSchema().safeParse(context);
  expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
}

describe('extraction never throws and always returns a valid PageContext', () => {
  it('on random markup built from the sites’ own selectors', () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 8 }), fc.constantFrom(...URLS), (parts, url) => {
        expectValid(read(parts.join(''), url));
      }),
      { numRuns: 300 },
    );
  });

  it('on real pages cut off at any point', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PAGES),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom(...URLS),
        (page, cut, url) => {
          const { document } = parseHTML(page.slice(0, Math.floor(page.length * cut)));
          expectValid(extractPage(document, url));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('with hostile text in every field', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.constantFrom(...URLS), (text, url) => {
        const escaped = text.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'));
        const html = `<a href="/problems/two-sum/">1. ${escaped}</a><div data-track-load="description_content"><p>${escaped}</p><p><strong>Constraints:</strong></p><ul><li>${escaped}</li></ul></div><div class="problem-statement"><div class="header"><div class="title">${escaped}</div></div></div><script id="__NEXT_DATA__" type="application/json">${JSON.stringify({ query: { slug: 'two-sum' }, props: { pageProps: { dehydratedState: { queries: [{ state: { data: { question: { title: text, content: text, titleSlug: 'two-sum' } } } }] } } } }).replace(/</g, '\\u003c')}</script>`;
        expectValid(read(html, url));
      }),
      { numRuns: 200 },
    );
  });

  it('when embedded data has the wrong shape', () => {
    const shapes = fc.jsonValue();
    fc.assert(
      fc.property(shapes, fc.constantFrom(...URLS), (value, url) => {
        const json = JSON.stringify(value).replace(/</g, '\\u003c');
        expectValid(read(`<script id="__NEXT_DATA__" type="application/json">${json}</script>`, url));
      }),
      { numRuns: 200 },
    );
  });

  it('on a huge page', () => {
    const rows = Array.from(
      { length: 20000 },
      (_, i) => `<p>Paragraph ${i} with <code>x</code> &lt;= 10<sup>5</sup></p>`,
    );
    const context = read(
      `<a href="/problems/two-sum/">1. Two Sum</a><div data-track-load="description_content">${rows.join('')}</div>`,
      URLS[0] as string,
    );
    expectValid(context);
    expect(context.kind).toBe('problem');
  });
});
