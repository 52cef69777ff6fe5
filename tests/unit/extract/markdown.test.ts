import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { htmlToMarkdown, nodesToMarkdown } from '@/lib/extract/markdown';

const md = (html: string) => htmlToMarkdown(parseHTML(`<html><body>${html}</body></html>`).document.body);

describe('htmlToMarkdown', () => {
  it('separates paragraphs and headings and collapses whitespace', () => {
    expect(md('<h2>Title</h2><p>one\n   two&nbsp;&nbsp;three</p><p>&nbsp;</p><p>four</p>')).toBe(
      '## Title\n\none two three\n\nfour',
    );
  });

  it('writes inline code, bold, italic and powers', () => {
    expect(md('<p>Return <code>x</code> in <strong>O(n<sup>2</sup>)</strong> or <em>less</em>.</p>')).toBe(
      'Return `x` in **O(n^2)** or *less*.',
    );
  });

  it('keeps code blocks verbatim', () => {
    expect(md('<pre>a  b\n\n\n  c\n</pre>')).toBe('```\na  b\n\n\n  c\n```');
  });

  it('numbers ordered lists and indents nested ones', () => {
    expect(md('<ol><li>one<ul><li>inner</li></ul></li><li>two</li></ol>')).toBe(
      '1. one\n\n   - inner\n2. two',
    );
  });

  it('decodes entities and keeps link text, never the address (attribute text a person does not read)', () => {
    expect(
      md('<p>a &lt;= b &amp; <a href="https://x.org/a b">site</a> <a href="javascript:alert(1)">bad</a></p>'),
    ).toBe('a <= b & site bad');
  });

  it('drops scripts, styles, buttons and images', () => {
    expect(
      md('<p>text<script>evil()</script><style>p{}</style><button>Copy</button><img src="x.png"></p>'),
    ).toBe('text');
  });

  it('turns tables into simple rows', () => {
    expect(md('<table><tr><th>n</th><th>answer</th></tr><tr><td>1</td><td>2</td></tr></table>')).toBe(
      '| n | answer |\n| 1 | 2 |',
    );
  });

  it('cannot be tricked by placeholder characters in page text', () => {
    expect(md('<p>\uE0000\uE000</p><pre>x</pre>')).toBe('0\n\n```\nx\n```');
  });

  it('renders a run of sibling nodes', () => {
    const { document } = parseHTML('<html><body><p>a</p><p>b</p><p>c</p></body></html>');
    expect(nodesToMarkdown([...document.body.childNodes].slice(1))).toBe('b\n\nc');
  });
});
