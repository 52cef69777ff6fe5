import { describe, expect, it } from 'vitest';
import { checkRealPage, realPages } from './real-pages';

/*
 * Real pages saved from the sites (never written here), with field checks a person wrote by
 * reading each page. The aims: every page's kind right, at least 95% of the field checks, every
 * judge's samples with their inputs.
 */
const results = realPages().map(checkRealPage);

describe('real pages', () => {
  it('cover a reader of each family and come with their provenance', () => {
    expect(results.length).toBeGreaterThanOrEqual(8);
    for (const { page } of results) expect(page.source.length).toBeGreaterThan(20);
  });

  it.each(results.map((result) => [result.page.page, result] as const))(
    '%s reads as the kind it is',
    (_, result) => {
      expect(result.context.kind).toBe(result.page.checks.kind);
    },
  );

  it('hold at least 95% of their field checks', () => {
    const all = results.flatMap((result) =>
      result.checks.map((check) => ({ ...check, page: result.page.page })),
    );
    const failed = all.filter((check) => !check.held);
    expect((all.length - failed.length) / all.length, JSON.stringify(failed)).toBeGreaterThanOrEqual(0.95);
  });

  it("give every judge's samples with their inputs", () => {
    for (const { context } of results) {
      if (context.kind !== 'problem') continue;
      expect(context.examples.length, context.url).toBeGreaterThan(0);
      for (const example of context.examples) expect(example.input, context.url).not.toBe('');
    }
  });
});
