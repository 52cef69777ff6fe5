import { describe, expect, it } from 'vitest';
import { isPlural, plural, singular } from '@/lib/coach/problem/hints/nouns';

describe('the nouns hints put in their sentences', () => {
  it('makes the plural the statement would write', () => {
    const cases: [string, string][] = [
      ['runner', 'runners'],
      ['entry', 'entries'],
      ['day', 'days'],
      ['box', 'boxes'],
      ['switch', 'switches'],
      ['shelf', 'shelves'],
      ['child', 'children'],
      ['person', 'people'],
      ['vertex', 'vertices'],
    ];
    for (const [one, many] of cases) expect(plural(one), one).toBe(many);
  });

  it('finds the one a plural counts, the way back', () => {
    for (const one of ['runner', 'entry', 'box', 'switch', 'child', 'person', 'vertex', 'glass'])
      expect(singular(plural(one)), one).toBe(one);
  });

  it('keeps the s of a singular that ends in one, and only there', () => {
    const cases: [string, string][] = [
      ['buses', 'bus'],
      ['gases', 'gas'],
      ['bonuses', 'bonus'],
      ['statuses', 'status'],
      ['houses', 'house'],
      ['bases', 'base'],
      ['cases', 'case'],
      ['courses', 'course'],
      ['glasses', 'glass'],
    ];
    for (const [many, one] of cases) expect(singular(many), many).toBe(one);
    for (const one of ['bus', 'gas', 'bonus']) expect(singular(plural(one)), one).toBe(one);
  });

  it('tells a plural from a single noun', () => {
    expect(isPlural('towns')).toBe(true);
    expect(isPlural('people')).toBe(true);
    expect(isPlural('town')).toBe(false);
  });
});
