import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ProblemCoach } from '@/components/coach/ProblemCoach';
import { analyzeProblem } from '@/lib/coach/problem';
import { savedContext } from '../../../support/query-labels';

const analysis = analyzeProblem(savedContext('leetcode/sql-customers-who-never-order'));

describe('the panel on a database problem', () => {
  it('says it is read as SQL and why, shows the tables and the result, and no complexity figures', () => {
    const html = renderToStaticMarkup(<ProblemCoach analysis={analysis} />);
    expect(html).toContain('A SQL problem');
    expect(html).toContain('Why it reads as SQL');
    expect(html).toContain('It declares a table as a grid of column names and types.');
    expect(html).toMatch(/<strong>Customers<\/strong>.*<code>id<\/code> int.*<code>name<\/code> varchar/);
    expect(html).toContain('customerId points at Customers');
    expect(html).toContain('Write a solution to find all customers who never order anything.');
    expect(html).not.toContain('Interviewers expect');
    expect(html).not.toMatch(/O\(n/);
  });

  it("keeps the SQL ideas and hints hidden until asked, and shows traps and the interviewer's questions", () => {
    const hidden = renderToStaticMarkup(<ProblemCoach analysis={analysis} />);
    expect(hidden).toContain('Show the SQL ideas');
    expect(hidden).not.toContain('LEFT JOIN');
    expect(hidden).toContain('Traps to test');
    expect(hidden).toContain('NOT IN over a column holding one null');
    expect(hidden).toContain('What interviewers ask about the query');
    const shown = renderToStaticMarkup(<ProblemCoach analysis={analysis} techniquesShown hintsShown={1} />);
    expect(shown).toContain('Rows with no match: LEFT JOIN … IS NULL, or NOT EXISTS');
    expect(shown).toContain(
      'The page asks: &quot;Write a solution to find all customers who never order anything&quot;.',
    );
    expect(shown).toContain('what would you look for in Orders');
  });
});
