import { expect, fixture, test } from './fixtures';

const PROBLEM = 'https://leetcode.com/problems/department-top-three-salaries/description/';

test("a LeetCode database problem gets the SQL coach: read as SQL and why, its tables, hidden SQL ideas, traps, a ladder and the interviewer's questions, no big-O", async ({
  context,
  serve,
  openPanel,
}) => {
  await serve({ [PROBLEM]: await fixture('leetcode', 'sql-department-top-three-salaries.html') });
  const page = await context.newPage();
  await page.goto(PROBLEM);
  const panel = await openPanel(page);

  await expect(panel.getByTestId('query-kind')).toContainText('Read as a database problem');
  await expect(panel.getByTestId('complexity-summary')).toHaveCount(0);
  await panel.getByText('Why it reads as SQL').click();
  await expect(panel.getByTestId('query-why')).toContainText('grid of column names and types');

  const tables = panel.getByTestId('query-tables');
  await expect(tables).toContainText('Employee');
  await expect(tables).toContainText('departmentId int');
  await expect(tables).toContainText('departmentId points at Department');
  await expect(panel.getByTestId('query-result')).toContainText('high earners in each of the departments');

  await expect(panel.getByTestId('query-ideas')).toHaveCount(0);
  await panel.getByRole('button', { name: 'Show the SQL ideas' }).click();
  await expect(panel.getByTestId('query-ideas')).toContainText('DENSE_RANK');
  await expect(panel.getByTestId('query-ideas')).toContainText('top three unique salaries');

  await expect(panel.getByTestId('edge-cases')).toContainText('Ties');

  const hints = panel.getByTestId('hints').getByRole('listitem');
  await panel.getByRole('button', { name: 'Show first hint' }).click();
  await expect(hints.first()).toContainText('For one department on its own');

  await panel.getByText('What interviewers ask about the query').click();
  await expect(panel.getByTestId('follow-ups')).toContainText('index');
  await expect(panel.locator('body')).not.toContainText('O(n');
});

test('a mock interview on a database problem plans the query instead of asking for a brute force and its big-O', async ({
  context,
  serve,
  openPanel,
}) => {
  await serve({ [PROBLEM]: await fixture('leetcode', 'sql-department-top-three-salaries.html') });
  const page = await context.newPage();
  await page.goto(PROBLEM);
  const panel = await openPanel(page);

  await panel.getByRole('button', { name: 'Start a mock interview' }).click();
  await expect(panel.getByTestId('mock-stage')).toHaveText('Stage 1 of 5: Restate and clarify');
  await panel.getByRole('button', { name: 'Next stage' }).click();
  await expect(panel.getByTestId('mock-stage')).toHaveText('Stage 2 of 5: Plan the query');
  const transcript = panel.getByTestId('mock-transcript');
  await expect(transcript).toContainText('which tables do you need and how do they join');
  await expect(transcript).not.toContainText('brute force');
  await panel
    .getByLabel('Your answer (type what you would say aloud)')
    .fill(
      'Join Employee to Department, rank salaries per department with ties sharing a rank, keep the top three.',
    );
  await panel.getByRole('button', { name: 'Answer', exact: true }).click();
  await panel.getByRole('button', { name: 'Next stage' }).click();
  await expect(panel.getByTestId('mock-stage')).toHaveText('Stage 3 of 5: Write the query');
  await panel.getByRole('button', { name: "I'm done with the query" }).click();
  await panel.getByRole('button', { name: 'Next stage' }).click();
  // The follow-ups are the SQL coach's questions about the query.
  await expect(panel.getByTestId('mock-stage')).toHaveText('Stage 5 of 5: Follow-ups');
  await expect(transcript).toContainText('index');
  await panel.getByRole('button', { name: 'Finish the round' }).click();
  await expect(panel.getByTestId('self-review')).toContainText(
    "Named in the query's plan: join, rank, ties.",
  );
});
