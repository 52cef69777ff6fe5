import { describe, expect, it } from 'vitest';
import { parsePage } from '@/lib/cli/parse';
import { cleanMarkup, pageMarkup } from '@/lib/extract/snapshot';

describe('the snapshot a user attaches to a bug report', () => {
  const doc = parsePage(`<html><head><script>var secret = 1</script></head><body>
    <nav>Menu</nav>
    <main><h1 onclick="steal()">Rotate Ledger</h1><p style="display:none">hidden text stays, it may be the bug</p>
      <script>track()</script><form><input name="q" value="my search"><textarea>draft</textarea></form>
      <div class="monaco-editor"><div class="view-line">class Solution: my code</div></div>
      <a href="javascript:alert(1)">link</a><iframe src="https://ads.example"></iframe><p>Shown text</p></main>
  </body></html>`);
  const saved = () => cleanMarkup(pageMarkup(doc), parsePage);

  it('holds the main content, hidden text included, and nothing around it', () => {
    const html = saved();
    expect(html).toMatch(/^<main>/);
    expect(html).toContain('Rotate Ledger');
    expect(html).toContain('Shown text');
    expect(html).toContain('hidden text stays');
    expect(html).not.toContain('Menu');
    expect(html).not.toContain('secret');
  });

  it('leaves out scripts, forms, inputs, the code editor, frames and handlers', () => {
    const html = saved();
    for (const gone of [
      '<script',
      'track()',
      '<form',
      '<input',
      'my search',
      'draft',
      'my code',
      '<iframe',
      'onclick',
      'javascript:',
    ])
      expect(html).not.toContain(gone);
  });

  it('reads the whole body where the page marks no main content', () => {
    const bare = parsePage(
      '<html><body><h1>Two Boxes</h1><script>x()</script><p>Chef has N boxes.</p></body></html>',
    );
    const html = cleanMarkup(pageMarkup(bare), parsePage);
    expect(html).toContain('<h1>Two Boxes</h1>');
    expect(html).toContain('Chef has N boxes.');
    expect(html).not.toContain('x()');
  });

  it('never changes the page', () => {
    saved();
    expect(doc.querySelector('main script')).not.toBeNull();
    expect(doc.querySelector('h1')?.getAttribute('onclick')).toBe('steal()');
  });
});
