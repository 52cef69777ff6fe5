import { describe, expect, it } from 'vitest';
import { parsePage } from '@/lib/cli/parse';
import type { PageContext } from '@/lib/extract/context';
import { pageSnapshot } from '@/lib/extract/snapshot';

const context: PageContext = { kind: 'none', url: 'https://leetcode.com/problems/x/', title: 'x' };

describe('the snapshot a user attaches to a bug report', () => {
  const doc = parsePage(`<html><head><script>var secret = 1</script></head><body>
    <nav>Menu</nav>
    <main><h1 onclick="steal()">Rotate Ledger</h1><p style="display:none">hidden text stays, it may be the bug</p>
      <script>track()</script><form><input name="q" value="my search"><textarea>draft</textarea></form>
      <div class="monaco-editor"><div class="view-line">class Solution: my code</div></div>
      <a href="javascript:alert(1)">link</a><iframe src="https://ads.example"></iframe><p>Shown text</p></main>
  </body></html>`);

  it('holds the URL, what was read, when, and the main content', () => {
    const snapshot = pageSnapshot(
      doc,
      'https://leetcode.com/problems/x/',
      context,
      new Date('2025-01-02T03:04:05Z'),
    );
    expect(snapshot).toMatchObject({
      url: 'https://leetcode.com/problems/x/',
      context,
      savedAt: '2025-01-02T03:04:05.000Z',
    });
    expect(snapshot.html).toMatch(/^<main>/);
    expect(snapshot.html).toContain('Rotate Ledger');
    expect(snapshot.html).toContain('Shown text');
    expect(snapshot.html).toContain('hidden text stays');
    expect(snapshot.html).not.toContain('Menu');
  });

  it('leaves out scripts, forms, inputs, the code editor, frames and handlers', () => {
    const { html } = pageSnapshot(doc, 'https://leetcode.com/problems/x/', context);
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

  it('never changes the page', () => {
    pageSnapshot(doc, 'https://leetcode.com/problems/x/', context);
    expect(doc.querySelector('main script')).not.toBeNull();
    expect(doc.querySelector('h1')?.getAttribute('onclick')).toBe('steal()');
  });
});
