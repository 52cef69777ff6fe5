import fc from 'fast-check';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SafeMarkdown } from '@/components/SafeMarkdown';
import {
  boundMarkdown,
  MAX_INLINE_MARKS,
  MAX_MARKDOWN_CHARS,
  MAX_MARKDOWN_LINES,
  MAX_NESTING,
  nestingOf,
} from '@/lib/render/bounds';
import { safeHref } from '@/lib/render/links';

const render = (text: string) => renderToStaticMarkup(<SafeMarkdown text={text} />);

describe('rendering model output', () => {
  it('shows raw HTML as inert text', () => {
    const html = render('Look: <img src=x onerror="alert(1)"> and <script>alert(2)</script>');
    expect(html).not.toMatch(/<img|<script/i);
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    expect(html).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
  });

  it('drops javascript: links but keeps their text', () => {
    const html = render('[click me](javascript:alert(1))');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('click me');
  });

  it('opens http(s) links in a new tab without an opener', () => {
    const html = render('[docs](https://example.com/a)');
    expect(html).toContain('href="https://example.com/a"');
    expect(html).toContain('target="_blank"');
    expect(html).toContain('rel="noopener noreferrer"');
  });

  it('never loads images from answers', () => {
    const html = render('![tracker](https://evil.example/pixel.png)');
    expect(html).not.toContain('<img');
    expect(html).toContain('tracker');
  });

  it('highlights fenced code', () => {
    const html = render('```python\ndef f(x):\n    return x\n```');
    expect(html).toContain('hljs-keyword');
  });
});

describe('safeHref', () => {
  it.each([
    ['https://a.example/', 'https://a.example/'],
    ['http://a.example/x', 'http://a.example/x'],
    ['javascript:alert(1)', ''],
    ['data:text/html,hi', ''],
    ['/relative', ''],
    ['JaVaScRiPt:alert(1)', ''],
  ])('%s → %s', (input, expected) => {
    expect(safeHref(input)).toBe(expected);
  });
});

describe('bounds on hostile Markdown', () => {
  const nestedList = (levels: number) =>
    Array.from({ length: levels }, (_, depth) => `${'  '.repeat(depth)}- level ${depth}`).join('\n');

  it('measures nesting by quote markers, list markers and list indentation', () => {
    expect(nestingOf('plain text')).toBe(0);
    expect(nestingOf('> > quoted twice')).toBe(2);
    expect(nestingOf('>>>> four')).toBe(4);
    expect(nestingOf('- - - three lists on one line')).toBe(3);
    expect(nestingOf('      - an item three levels in')).toBe(4);
    expect(nestingOf('1. 2) numbered')).toBe(2);
  });

  it('leaves an ordinary answer whole, code with deep indentation included', () => {
    const answer = `### Idea\n- a **hash map**\n  - from value to index\n\n\`\`\`python\n${'    '.repeat(12)}return i\n\`\`\``;
    expect(boundMarkdown(answer)).toEqual({ markdown: answer, plain: '' });
  });

  it('turns what nests past the bound into plain text, from that line on', () => {
    const { markdown, plain } = boundMarkdown(nestedList(400));
    expect(markdown.split('\n').every((line) => nestingOf(line) <= MAX_NESTING)).toBe(true);
    expect(plain.startsWith(`${'  '.repeat(MAX_NESTING)}- level ${MAX_NESTING}`)).toBe(true);
    expect(boundMarkdown(`${'>'.repeat(20_000)} deep`).markdown).toBe('');
  });

  it('turns a paragraph dense with inline marks into plain text from its start', () => {
    const bomb = `Intro paragraph.\n\n${'*_'.repeat(MAX_INLINE_MARKS)}x`;
    expect(boundMarkdown(bomb)).toEqual({ markdown: 'Intro paragraph.\n\n', plain: bomb.slice(18) });
  });

  it('bounds the length and the line count of what is parsed', () => {
    const long = 'word '.repeat(MAX_MARKDOWN_CHARS);
    expect(boundMarkdown(long).markdown.length).toBeLessThanOrEqual(MAX_MARKDOWN_CHARS);
    const lines = 'line\n'.repeat(MAX_MARKDOWN_LINES + 10);
    expect(boundMarkdown(lines).markdown.split('\n').length).toBeLessThanOrEqual(MAX_MARKDOWN_LINES + 1);
  });

  it('loses nothing: the Markdown part and the plain part are the answer (fuzzed)', () => {
    const piece = fc.constantFrom(
      '>',
      ' ',
      '  ',
      '- ',
      '1. ',
      '*',
      '_',
      '[',
      ']',
      '`',
      '```',
      '\n',
      'x',
      '<',
      '&amp;',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 300 }), (pieces) => {
        const text = pieces.join('');
        const { markdown, plain } = boundMarkdown(text);
        expect(markdown + plain).toBe(text);
      }),
    );
  });

  it.each([
    ['20,000 nested quotes', `${'>'.repeat(20_000)} deep`],
    ['a 400-level list', nestedList(400)],
    ['40,000 alternating emphasis marks', `${'*_'.repeat(10_000)}x${'_*'.repeat(10_000)}`],
    ['20,000 nested brackets', `${'['.repeat(20_000)}x${']'.repeat(20_000)}`],
    ['a megabyte of text', 'word '.repeat(200_000)],
  ])('renders %s without throwing, as text, in well under a second', (_, bomb) => {
    const started = performance.now();
    const html = render(bomb);
    expect(performance.now() - started).toBeLessThan(1_500);
    expect(html).toContain('markdown-overflow');
  });
});
