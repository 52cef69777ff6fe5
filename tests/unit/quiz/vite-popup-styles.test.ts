import path from 'node:path';
import type { IndexHtmlTransformContext } from 'vite';
import { describe, expect, it } from 'vitest';
import { popupStylesFirst } from '@/lib/quiz/vite-popup-styles';

const ROOT = '/repo';

/** The plugin's HTML transform, run on one page as Vite's build calls it. */
function transform(html: string, page: string): string {
  const hook = popupStylesFirst(ROOT).transformIndexHtml;
  if (!hook || typeof hook !== 'object') throw new Error('expected an ordered transformIndexHtml hook');
  const context = { path: `/${page}`, filename: path.join(ROOT, page) } as IndexHtmlTransformContext;
  return (hook.handler as (html: string, context: IndexHtmlTransformContext) => string)(html, context);
}

const BUILT = `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="UTF-8">
    <title>Sparring</title>
    <script src="/quiz-read.js" async></script>
    <script type="module" crossorigin src="/chunks/popup-a.js"></script>
    <link rel="modulepreload" crossorigin href="/chunks/popup-core-b.js">
    <link rel="stylesheet" crossorigin href="/assets/popup-c.css">
  </head>
  <body><div id="root"></div></body>
</html>
`;

describe('popupStylesFirst', () => {
  it("asks for the popup's stylesheet before any of its scripts", () => {
    const html = transform(BUILT, 'entrypoints/popup/index.html');
    const stylesheet = html.indexOf('<link rel="stylesheet" crossorigin href="/assets/popup-c.css">');
    expect(stylesheet).toBeGreaterThan(html.indexOf('</title>'));
    expect(stylesheet).toBeLessThan(html.indexOf('<script'));
    expect(html.match(/rel="stylesheet"/g)).toHaveLength(1);
    // Nothing else moves.
    expect(html.replace(/\s*<link rel="stylesheet"[^>]*>/, '')).toBe(
      BUILT.replace(/\s*<link rel="stylesheet"[^>]*>/, ''),
    );
  });

  it('leaves the other pages as Vite built them', () => {
    expect(transform(BUILT, 'entrypoints/options/index.html')).toBe(BUILT);
  });
});
