import { readdirSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { contextForCoach } from '@/lib/coach/page';
import { TECHNIQUE_IDS } from '@/lib/coach/problem/types';

const DIR = 'tests/fixtures/coach/problems';
const CANONICAL = [
  'O(1)',
  'O(log n)',
  'O(n)',
  'O(n log n)',
  'O(n^2)',
  'O(n^3)',
  'O(2^n)',
  'O(n!)',
  'O(n + m)',
  'O((n + m) log n)',
  'O(n * m)',
  'O(n * k)',
];
const cases = readdirSync(DIR)
  .filter((file) => file.endsWith('.labels.json'))
  .map((file) => file.replace(/\.labels\.json$/, ''));

describe('the labelled problem set', () => {
  it('has at least 40 problems from several sites', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((name) => name.split('-')[0])).size).toBeGreaterThanOrEqual(4);
  });

  it.each(cases)('%s is labelled in the vocabulary and read as a problem with constraints', (name) => {
    const labels = JSON.parse(readFileSync(`${DIR}/${name}.labels.json`, 'utf8'));
    expect(labels.techniques.length).toBeGreaterThan(0);
    for (const id of labels.techniques) expect(TECHNIQUE_IDS).toContain(id);
    expect(CANONICAL).toContain(labels.complexity);
    const { document } = parseHTML(readFileSync(`${DIR}/${name}.html`, 'utf8'));
    const context = contextForCoach(document as unknown as Document, labels.url);
    expect(context.kind).toBe('problem');
    if (context.kind === 'problem') expect(context.statement.length).toBeGreaterThan(40);
  });
});
