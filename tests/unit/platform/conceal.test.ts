import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { createConcealer } from '@/lib/platform/conceal';

const page = () =>
  parseHTML('<html><head></head><body><div class="text-difficulty-hard">Hard</div></body></html>').document;
const styles = (doc: Document) => [...doc.querySelectorAll('style')].map((style) => style.textContent ?? '');

describe('hiding the page during a coding mock', () => {
  it("adds one rule hiding LeetCode's difficulty, tags, hints and solution tabs, and removes it", () => {
    const doc = page();
    const concealer = createConcealer(doc);
    concealer.conceal();
    concealer.conceal();
    expect(styles(doc)).toHaveLength(1);
    const rule = styles(doc)[0] ?? '';
    for (const selector of [
      '[class*=text-difficulty-]',
      'a[href*="/tag/"]',
      '#editorial_tab',
      '#solutions_tab',
    ])
      expect(rule).toContain(selector);
    expect(rule).toMatch(/\{display:none!important\}$/);
    concealer.reveal();
    expect(styles(doc)).toHaveLength(0);
    concealer.reveal();
    concealer.conceal();
    expect(styles(doc)).toHaveLength(1);
  });
});
