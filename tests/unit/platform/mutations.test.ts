import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { changesReadableContent } from '@/lib/platform/mutations';

const { document } = parseHTML(`<!doctype html><html><body>
  <div id="statement"><p>Given an array <code>nums</code>…</p></div>
  <div class="monaco-editor"><textarea class="inputarea"></textarea><div class="view-lines"><div class="view-line"><span>x = 1</span></div></div></div>
  <div class="cm-editor"><div class="cm-content" contenteditable="true"><div class="cm-line">y</div></div></div>
  <div id="notes" contenteditable="false"><span>read-only</span></div>
</body></html>`);

function record(target: Node): MutationRecord {
  return { target, type: 'childList' } as unknown as MutationRecord;
}

const $ = (selector: string) => document.querySelector(selector) as Element;

describe('which DOM changes are worth a new read', () => {
  it('ignores what typing in a code editor re-renders', () => {
    const line = $('.view-line span');
    expect(
      changesReadableContent([record($('.view-lines')), record(line), record(line.firstChild as Node)]),
    ).toBe(false);
    expect(changesReadableContent([record($('.cm-line'))])).toBe(false);
    expect(changesReadableContent([record($('textarea'))])).toBe(false);
  });

  it('reads again when the statement, or anything outside an editor, changes', () => {
    expect(changesReadableContent([record($('#statement p'))])).toBe(true);
    expect(changesReadableContent([record($('.view-line')), record($('#statement'))])).toBe(true);
    expect(changesReadableContent([record(document.body)])).toBe(true);
    expect(changesReadableContent([record($('#notes span'))])).toBe(true);
  });
});
