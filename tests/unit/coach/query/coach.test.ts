import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/coach';
import { analyzeProblem } from '@/lib/coach/problem';
import { codeIn, namedTechnique } from '@/lib/coach/problem/library/spoilers';
import { matchIdeas } from '@/lib/coach/query/coach';
import { QUERY_LABELS, savedContext } from '../../../support/query-labels';
import { idOnlyTable } from '../../../support/query-table';

/** SQL constructs a first hint must not name: it asks a question about the tables, nothing more. */
const CONSTRUCT =
  /\b(?:join|group by|having|window|rank|lag|lead|subquery|cte|distinct|coalesce|ifnull|limit|offset|order by|union|partition|exists|aggregate|select)\b/i;

const databasePages = QUERY_LABELS.filter((label) => label.database);

describe('the SQL coach on labelled database pages', () => {
  it.each(databasePages)('$page: leads with $lead and tests its known trap', ({ page, lead, trap }) => {
    const analysis = analyzeProblem(savedContext(page));
    expect(analysis.query?.ideas[0]?.id).toBe(lead);
    expect(analysis.edgeCases.join('\n')).toContain(trap);
  });

  it.each(databasePages)('$page: no technique, big-O, or array edge case', ({ page }) => {
    const analysis = analyzeProblem(savedContext(page));
    expect(analysis.patterns).toEqual([]);
    expect(analysis.complexityTarget).toBe('');
    expect(analysis.complexityLimit).toBe('');
    const said = [...analysis.edgeCases, ...analysis.hints.map((h) => h.text), ...analysis.followUps].join(
      '\n',
    );
    expect(said).not.toMatch(/O\([^)]*\)|linear pass|smallest and the largest allowed|every candidate/);
  });

  it.each(databasePages)(
    '$page: three hints, level 1 a question naming no construct, none holding code',
    ({ page }) => {
      const { hints } = analyzeProblem(savedContext(page));
      expect(hints.map((h) => h.level)).toEqual([1, 2, 3]);
      expect(hints[0]?.text).toMatch(/\?$/);
      expect(namedTechnique(hints[0]?.text ?? '')).toBeNull();
      expect(hints[0]?.text).not.toMatch(CONSTRUCT);
      for (const hint of hints) expect(codeIn(hint.text), hint.text).toBeNull();
    },
  );

  it.each(databasePages)(
    '$page: each idea quotes the page, and the interviewer asks about indexes',
    ({ page }) => {
      const context = savedContext(page);
      const analysis = analyzeProblem(context);
      const prose = context.statement.replace(/[`*]/g, '').replace(/\s+/g, ' ');
      for (const idea of analysis.query?.ideas ?? []) {
        const quoted = /"(.+?)(?:…)?"/.exec(idea.reason)?.[1] ?? '';
        expect(prose, idea.reason).toContain(quoted);
      }
      expect(analysis.followUps.join(' ')).toMatch(/index/);
    },
  );

  it("Second Highest Salary: the null when no second salary exists, in the page's own nouns", () => {
    const analysis = analyzeProblem(savedContext('leetcode/sql-second-highest-salary'));
    expect(analysis.query?.result).toContain('If there is no second highest salary, return null');
    expect(analysis.query?.resultColumns).toEqual(['SecondHighestSalary']);
    expect(analysis.hints[0]?.text).toContain('salary in Employee');
    expect(analysis.hints[1]?.text).toMatch(/one row holding null/);
    expect(analysis.hints[2]?.text).toContain('Second Highest Salary');
  });

  it('Department Top Three Salaries: ranks within each department, ties sharing a rank, Department joined', () => {
    const analysis = analyzeProblem(savedContext('leetcode/sql-department-top-three-salaries'));
    expect(analysis.query?.ideas[0]?.reason).toContain('top three unique salaries');
    expect(analysis.query?.tables[0]?.foreignKeys).toEqual([{ column: 'departmentId', table: 'Department' }]);
    expect(analysis.hints[1]?.text).toMatch(/within each department by salary.*same rank.*join Department/);
  });

  it('Game Play Analysis IV: first login per player, the day after, a ratio over players', () => {
    const analysis = analyzeProblem(savedContext('leetcode/sql-game-play-analysis-iv'));
    expect(analysis.query?.ideas.map((idea) => idea.id)).toEqual(['first-last', 'previous-row', 'ratio']);
    expect(analysis.edgeCases.join(' ')).toMatch(/31 January is 1 February/);
    // One table and no self-join: a left join's traps have nothing to bite on.
    expect(analysis.edgeCases.join(' ')).not.toMatch(/left join/i);
  });

  it('Weather Observation Station 5: STATION read from HackerRank prose, city as the column asked about', () => {
    const analysis = analyzeProblem(savedContext('hackerrank/sql-weather-observation-station-5'));
    expect(analysis.query?.why.join(' ')).toContain('The STATION table is described as follows');
    expect(analysis.query?.ideas.map((idea) => idea.id)).toEqual(['order-limit', 'text']);
    expect(analysis.followUps.join(' ')).toContain('index on city');
  });

  it('an algorithm page that mentions a table and queries keeps the algorithm coach', () => {
    const analysis = analyzeProblem(savedContext('leetcode/table-and-queries-not-sql'));
    expect(analysis.query).toBeUndefined();
    expect(analysis.complexityTarget).toMatch(/^O\(/);
  });
});

describe('ideas read from what the result asks, not from single words', () => {
  const two = [idOnlyTable('Employee'), idOnlyTable('Bonus')];
  const ids = (ask: string, tables = two, output = '') =>
    matchIdeas(ask, tables, output).map((m) => m.idea.id);

  it('a bonus "less than 1000" is no condition on a group; the example\'s nulls ask to keep unmatched rows', () => {
    const ask =
      'Write a solution to report the name and bonus amount of each employee with a bonus less than 1000.';
    expect(ids(ask)).not.toContain('having');
    expect(ids(ask, two, '| name | bonus |\n| Brad | null |')[0]).toBe('outer-join');
  });

  it('"at least five direct reports" is a condition on a group; "If there is no second highest" is no anti-join', () => {
    expect(ids('Find managers with at least five direct reports.', [idOnlyTable('Employee')])).toContain(
      'having',
    );
    expect(
      ids('Find the second highest salary. If there is no second highest salary, return null.', [
        idOnlyTable('Employee'),
      ]),
    ).toEqual(['nth-value']);
  });

  it('a join is only offered with two tables, and a plain condition falls back to a filter', () => {
    expect(ids('Find the customers who never order anything.', [idOnlyTable('Customers')])).not.toContain(
      'anti-join',
    );
    expect(
      ids('Write a solution to find the ids of products priced below 100.', [idOnlyTable('Products')]),
    ).toEqual(['filter']);
    // Two conditions joined are the page's conditions, with the traps of combining them.
    expect(
      ids('Write a solution to find the ids of products that are both low fat and recyclable.', [
        idOnlyTable('Products'),
      ]),
    ).toEqual(['conditions']);
  });
});

describe('pasted text', () => {
  it('a pasted schema about employees and salaries is a SQL problem, not a job posting', () => {
    const text = [
      'Table: Employee',
      '+-------------+------+',
      '| Column Name | Type |',
      '+-------------+------+',
      '| id          | int  |',
      '| salary      | int  |',
      '+-------------+------+',
      'id is the primary key (column with unique values) for this table.',
      'Each row of this table contains information about the salary of an employee.',
      '',
      'Write a solution to find the second highest distinct salary from the Employee table. If there is no second highest salary, return null.',
    ].join('\n');
    const { result } = analyzeText(text);
    expect(result.kind).toBe('problem');
    if (result.kind === 'problem') expect(result.analysis.query?.ideas[0]?.id).toBe('nth-value');
  });
});

describe('hints hold no code whatever the page names its tables and columns', () => {
  const identifier = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,14}$/);
  it('any schema, any result header', () => {
    fc.assert(
      fc.property(
        identifier,
        fc.array(fc.tuple(identifier, fc.constantFrom('int', 'varchar', 'date', 'enum')), {
          minLength: 1,
          maxLength: 5,
        }),
        fc.array(
          fc.string({ maxLength: 12 }).filter((cell) => !/[|\n]/.test(cell)),
          { maxLength: 3 },
        ),
        fc.constantFrom(
          'Write a solution to find the second highest distinct value.',
          'Find all rows that appear at least three times consecutively.',
          'Report the fraction of users, rounded to 2 decimal places.',
          'For each group, find the top three values.',
        ),
        (table, columns, header, ask) => {
          const grid = columns.map(([name, type]) => `| ${name} | ${type} |`).join('\n');
          const statement = `Table: \`${table}\`\n\n\`\`\`\n+---+---+\n| Column Name | Type |\n+---+---+\n${grid}\n+---+---+\n\`\`\`\n\n${ask}`;
          const output = header.length ? `| ${header.join(' | ')} |` : '';
          const analysis = analyzeProblem({
            ...savedContext('leetcode/sql-second-highest-salary'),
            statement,
            examples: [{ input: '', output }],
          });
          expect(analysis.query).toBeDefined();
          for (const hint of analysis.hints) expect(codeIn(hint.text), hint.text).toBeNull();
          expect(namedTechnique(analysis.hints[0]?.text ?? '')).toBeNull();
        },
      ),
    );
  });
});
