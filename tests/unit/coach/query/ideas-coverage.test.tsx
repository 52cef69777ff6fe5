import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ProblemCoach } from '@/components/coach/ProblemCoach';
import { analyzeProblem } from '@/lib/coach/problem';
import { matchIdeas } from '@/lib/coach/query/coach';
import { IDEA_RULES } from '@/lib/coach/query/ideas';
import { PANDAS_NAMES } from '@/lib/coach/query/pandas';
import { problemContext } from '../../../support/problem-context';
import { idOnlyTable } from '../../../support/query-table';

const grid = (rows: [string, string][]) =>
  [
    '```',
    '+-------------+--------+',
    '| Column Name | Type   |',
    '+-------------+--------+',
    ...rows.map(([name, type]) => `| ${name.padEnd(11)} | ${type.padEnd(6)} |`),
    '+-------------+--------+',
    '```',
  ].join('\n');

/** A pandas page as LeetCode lays one out: a DataFrame declared as a grid, and no SQL table. */
function page(heading: 'DataFrame' | 'Table', ask: string) {
  return problemContext({
    site: 'leetcode',
    url: 'https://leetcode.com/problems/practice/',
    id: 'practice',
    title: 'Practice',
    statement: `${heading} \`visits\`\n\n${grid([
      ['visit_id', 'int'],
      ['email', 'object'],
      ['paid', 'float'],
    ])}\n\n${ask}\n\nThe result format is in the following example.`,
    tags: [],
  });
}

const SQL_WORDS =
  /\b(?:WHERE|JOIN|GROUP BY|HAVING|SELECT|COALESCE|CAST|LIMIT|UNION|IS NULL|NOT IN|MySQL|subquery)\b/;

describe('a pandas page is coached in pandas', () => {
  const ask = 'Some visits have missing values in the email column. Write a solution to remove those rows.';

  it('names its ideas, traps and questions in pandas, with no SQL construct', () => {
    const analysis = analyzeProblem(page('DataFrame', ask));
    expect(analysis.query?.dialect).toBe('pandas');
    expect(analysis.query?.ideas.map((idea) => idea.id)).toEqual(['missing-values']);
    expect(analysis.query?.ideas[0]?.name).toMatch(/dropna/);
    const said = [
      ...(analysis.query?.ideas.map((idea) => idea.name) ?? []),
      ...analysis.edgeCases,
      ...analysis.followUps,
    ].join('\n');
    expect(said).not.toMatch(SQL_WORDS);
    expect(said).toMatch(/NaN/);
    expect(analysis.followUps.join(' ')).not.toMatch(/\bindex|database plan|query\b/);
    const html = renderToStaticMarkup(<ProblemCoach analysis={analysis} techniquesShown />);
    expect(html).toContain('A pandas problem');
    expect(html).toContain('pandas ideas');
    expect(html).not.toContain('SQL');
  });

  it('the same ask over a SQL table keeps its SQL names', () => {
    const analysis = analyzeProblem(page('Table', ask));
    expect(analysis.query?.dialect).toBe('sql');
    expect(analysis.query?.ideas[0]?.name).toMatch(/IS NULL/);
    expect(analysis.followUps.join(' ')).toMatch(/index/);
  });

  it('every idea has a pandas name', () => {
    for (const rule of IDEA_RULES) expect(PANDAS_NAMES[rule.id], rule.id).toBeTruthy();
    expect(PANDAS_NAMES.filter).toBeTruthy();
  });
});

describe('ideas cover what a database page asks, by its structure', () => {
  const lead = (ask: string) => matchIdeas(ask, [idOnlyTable('Shipments')]).map((m) => m.idea.id);

  it.each([
    ['A shipment is late if:', 'conditions'],
    ['Report the parcels that are either fragile or heavier than 20 kg.', 'conditions'],
    ['Find the shipments with an odd id that were not insured.', 'conditions'],
    [
      'List every courier together with the whole chain of managers above them in the hierarchy.',
      'hierarchy',
    ],
    ['Some shipments have missing values in the weight column. Fill them with 0.', 'missing-values'],
    ['Create a new column cost holding the weight multiplied by the rate.', 'derived-columns'],
    ['The weight column is stored as floats; convert it to integers.', 'derived-columns'],
    ['Stack the two frames vertically into one.', 'whole-table'],
    ['Show the first 5 rows of the shipments.', 'whole-table'],
    ['Report for every shipment whether it arrived on time.', 'categories'],
    ['Reshape the data so that each row represents one parcel in one week.', 'pivot'],
    ['Write a solution to find the rate of every route on 2024-03-01.', 'first-last'],
    ['Find the invalid tracking codes and the invalid IP addresses of the scanners.', 'text'],
  ])('%s → %s', (ask, idea) => {
    expect(lead(ask)).toContain(idea);
    expect(lead(ask)).not.toContain('filter');
  });

  it.each([
    'Both columns should be rounded to 2 decimal places. Return the shipments priced below 100.',
    'Delete every duplicate row, keeping only one unique email with the smallest id.',
    'Find the shipments priced below 100. Return the result table ordered by id.',
  ])('no listed conditions, hierarchy or group of one in: %s', (ask) => {
    expect(lead(ask)).not.toContain('conditions');
    expect(lead(ask)).not.toContain('hierarchy');
    expect(lead(ask)).not.toContain('having');
  });
});
