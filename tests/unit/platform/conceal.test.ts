import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { CONCEAL_FOR_MS, isCodingRoundUnderWay } from '@/lib/mock/running';
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

  it('keeps a page hidden only for a coding round still under way', () => {
    const now = Date.UTC(2025, 0, 6, 12);
    const round = { kind: 'coding', phase: 'code', usedAt: now - 50 * 60_000 };
    expect(isCodingRoundUnderWay(round, now)).toBe(true);
    expect(isCodingRoundUnderWay({ ...round, phase: 'review' }, now)).toBe(false);
    expect(isCodingRoundUnderWay({ ...round, kind: 'design', phase: 'working' }, now)).toBe(false);
    expect(isCodingRoundUnderWay(null, now)).toBe(false);
    expect(isCodingRoundUnderWay('coding', now)).toBe(false);
  });

  it('shows the page again on a reload once the round has been left alone for hours', () => {
    const now = Date.UTC(2025, 0, 6, 12);
    const round = { kind: 'coding', phase: 'code', usedAt: now - CONCEAL_FOR_MS };
    expect(isCodingRoundUnderWay(round, now)).toBe(false);
    expect(isCodingRoundUnderWay({ ...round, usedAt: now - CONCEAL_FOR_MS + 1 }, now)).toBe(true);
    expect(isCodingRoundUnderWay({ kind: 'coding', phase: 'code' }, now)).toBe(false);
  });
});
