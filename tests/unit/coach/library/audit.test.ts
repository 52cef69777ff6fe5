import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCanonicalComplexity } from '@/lib/coach/problem/library/complexity-notation';
import { sameBigO } from '@/lib/coach/problem/library/complexity-steps';
import type { LibraryEntry } from '@/lib/coach/problem/library/schema';
import { TECHNIQUE_IDS, type TechniqueId } from '@/lib/coach/problem/types';

/**
 * A second, independent label for every entry: four auditors labelled the library's problems
 * from their titles and judges alone, without seeing the entries, by the labels README's
 * conventions (stop 44), and two more labelled the 187 entries written after (stop 45). On the 272 problems page writers had also labelled they agreed with the writers on
 * the primary technique 91.5% of the time and on the expected time 93.8%. Where an entry disagrees
 * with its audit label the row says why the entry was kept (a README ruling, a page writer's label,
 * a looser bound on the auditor's side); an entry edited away from its audit label needs such a
 * reason, and one edited back into agreement drops it.
 */
const ENTRIES_DIR = join(__dirname, '../../../../lib/coach/problem/library/entries');
const AUDIT = join(__dirname, '../../../fixtures/library/audit.tsv');

const entries = new Map(
  readdirSync(ENTRIES_DIR)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(join(ENTRIES_DIR, name), 'utf8')) as LibraryEntry)
    .map((entry) => [entry.slug, entry] as const),
);

interface AuditRow {
  slug: string;
  primary: string;
  target: string;
  confidence: string;
  kept: string;
}

const rows: AuditRow[] = readFileSync(AUDIT, 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [slug = '', primary = '', target = '', confidence = '', kept = ''] = line.split('\t');
    return { slug, primary, target, confidence, kept };
  });

const disagrees = (row: AuditRow, entry: LibraryEntry) =>
  row.primary !== entry.techniques[0] || !sameBigO(row.target, entry.complexity.time, true);

describe('the independent audit of the library', () => {
  it('labels entries that exist, once each, in the vocabulary and notation the entries use', () => {
    expect(rows.length).toBeGreaterThan(2000);
    expect(new Set(rows.map((row) => row.slug)).size).toBe(rows.length);
    for (const row of rows) {
      expect(entries.has(row.slug), row.slug).toBe(true);
      expect(TECHNIQUE_IDS.includes(row.primary as TechniqueId), `${row.slug}: ${row.primary}`).toBe(true);
      expect(isCanonicalComplexity(row.target), `${row.slug}: ${row.target}`).toBe(true);
      expect(['sure', 'likely'], row.slug).toContain(row.confidence);
    }
  });

  it('has an independent label for every entry, so a new entry is audited before it lands', () => {
    const labelled = new Set(rows.map((row) => row.slug));
    expect([...entries.keys()].filter((slug) => !labelled.has(slug))).toEqual([]);
  });

  it('gives a reason wherever an entry differs from its independent label, and only there', () => {
    const unexplained: string[] = [];
    const stale: string[] = [];
    for (const row of rows) {
      const entry = entries.get(row.slug);
      if (!entry) continue;
      if (disagrees(row, entry) && row.kept.length < 20) unexplained.push(row.slug);
      if (!disagrees(row, entry) && row.kept) stale.push(row.slug);
    }
    expect(unexplained).toEqual([]);
    expect(stale).toEqual([]);
  });

  it('tells a changed primary or time apart from the audit label', () => {
    const row = rows.find((candidate) => candidate.kept === '' && entries.has(candidate.slug));
    const entry = row && entries.get(row.slug);
    expect(entry).toBeDefined();
    if (!row || !entry) return;
    expect(disagrees(row, entry)).toBe(false);
    const other = TECHNIQUE_IDS.find((id) => id !== entry.techniques[0]) ?? 'math';
    expect(disagrees(row, { ...entry, techniques: [other] })).toBe(true);
    const slower = entry.complexity.time === 'O(n^3)' ? 'O(n^4)' : 'O(n^3)';
    expect(disagrees(row, { ...entry, complexity: { ...entry.complexity, time: slower } })).toBe(true);
  });
});
