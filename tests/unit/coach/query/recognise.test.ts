import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { databaseEvidence } from '@/lib/coach/query';
import { readTables } from '@/lib/coach/query/tables';
import type { PageContext } from '@/lib/extract/context';
import {
  GENERALISE_CASES,
  PROBLEM_CASES,
  problemCases,
  READING_CASES,
} from '../../../support/problem-labels';
import { FIXTURES, QUERY_LABELS, savedContext } from '../../../support/query-labels';

/** Every saved page of every site with the context the extension reads from it. */
const savedPages = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((dir) =>
    readdirSync(join(FIXTURES, dir.name))
      .filter((file) => file.endsWith('.expected.json'))
      .map((file) => ({
        page: `${dir.name}/${file.slice(0, -'.expected.json'.length)}`,
        context: (
          JSON.parse(readFileSync(join(FIXTURES, dir.name, file), 'utf8')) as { context: PageContext }
        ).context,
      })),
  );

describe('a database problem is recognised from its structure', () => {
  it.each(QUERY_LABELS)('$page: database $database', ({ page, database }) => {
    const why = databaseEvidence(savedContext(page));
    expect(why.length > 0).toBe(database);
    // Each reason quotes what showed it, so the panel can say why.
    if (database) expect(why.join(' ')).toMatch(/table|key|Database/i);
  });

  it('reads the tables each labelled page declares: names, columns and keys', () => {
    for (const { page, tables } of QUERY_LABELS.filter((label) => label.tables)) {
      const read = readTables(savedContext(page).statement);
      expect(
        read.map((t) => ({ name: t.name, columns: t.columns.map((c) => c.name), primaryKey: t.primaryKey })),
        page,
      ).toEqual(tables);
    }
  });

  it('never on any other saved page of any site: precision on every fixture', () => {
    const sql = new Set(QUERY_LABELS.filter((label) => label.database).map((label) => label.page));
    const problems = savedPages.filter((saved) => saved.context.kind === 'problem');
    expect(problems.length).toBeGreaterThan(40);
    const flagged = problems
      .filter((saved) => saved.context.kind === 'problem' && databaseEvidence(saved.context).length > 0)
      .map((saved) => saved.page);
    expect(flagged.sort()).toEqual([...sql].sort());
  });

  // Every labelled page is read (over a thousand): on a loaded 2-core machine that passed 20 s.
  it('never on the labelled algorithm problems, which mention tables, queries and columns', () => {
    const cases = [PROBLEM_CASES, GENERALISE_CASES, READING_CASES].flatMap((dir) => problemCases(dir));
    expect(cases.length).toBeGreaterThan(300);
    const flagged = cases
      .filter((c) => c.context && databaseEvidence(c.context).length > 0)
      .map((c) => c.name);
    expect(flagged).toEqual([]);
  }, 60_000);

  it('trusts the site tag alone, and a "queries" array or a DP table alone never', () => {
    const base = { site: 'leetcode' as const, statement: 'Return the answer.', tags: [] as string[] };
    expect(databaseEvidence({ ...base, tags: ['Database'] })).toEqual([
      'The site files it under "Database".',
    ]);
    expect(
      databaseEvidence({
        ...base,
        statement:
          'You are given an array queries where queries[i] = [l, r]. Fill a table dp where dp[i][j] is the answer. Query the sum of each range.',
      }),
    ).toEqual([]);
  });

  it('reads any text without throwing (statements are untrusted input)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 400 }),
        fc.array(fc.string({ maxLength: 20 }), { maxLength: 3 }),
        (text, tags) => {
          const statement = `Table: T\n\n\`\`\`\n+---+---+\n| Column Name | Type |\n${text}\n\`\`\``;
          expect(Array.isArray(databaseEvidence({ site: 'generic', statement, tags }))).toBe(true);
          expect(Array.isArray(readTables(statement))).toBe(true);
          expect(Array.isArray(readTables(text))).toBe(true);
        },
      ),
    );
  });
});
