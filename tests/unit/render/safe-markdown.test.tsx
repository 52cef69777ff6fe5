import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SafeMarkdown } from '@/components/SafeMarkdown';
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
