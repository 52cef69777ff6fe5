import { seriousViolations } from './axe';
import { expect, fixture, test } from './fixtures';
import { stored } from './mock-helpers';

const POSTING = 'https://job-boards.greenhouse.io/northwindlabs/jobs/4012345008';

test("an offline design mock on the posting's case: notes on the clock, a probe at the weakest part, resumed after the panel closes, the case's checklist as the debrief", async ({
  context,
  background,
  serve,
  openPanel,
}) => {
  await serve({ [POSTING]: await fixture('greenhouse/job-boards.html') });
  const page = await context.newPage();
  await page.goto(POSTING);
  let panel = await openPanel(page);

  // Closed until opened, as the coach's sections are.
  await panel.locator('[data-section="mock-design"] > summary').click();
  await expect(panel.getByRole('combobox', { name: 'Case' })).toContainText('(Sparring’s pick)');
  await panel.getByRole('button', { name: 'Start a mock design round' }).click();
  const transcript = panel.getByTestId('mock-transcript');
  await expect(transcript).toContainText('Design the ledger behind a payments platform');
  await expect(panel.getByTestId('mock-clock')).toContainText('of 45 minutes');
  // The case's own notes and checklist would be the answer: the coach steps aside.
  await expect(panel.locator('[data-section="cases"]')).toHaveCount(0);
  expect(await seriousViolations(panel)).toEqual([]);

  await panel
    .getByLabel('Requirements')
    .fill('Record charges, refunds, fees and payouts as double-entry postings; balances to the cent.');
  await panel.getByRole('button', { name: 'Ask me a question' }).click();
  await expect(transcript.locator('[data-speaker="interviewer"]')).toHaveCount(2);
  await panel.getByLabel('Your answer to the interviewer').fill('About 2,000 payments a second at peak.');
  await panel.getByRole('button', { name: 'Answer', exact: true }).click();
  await expect(transcript).toContainText('2,000 payments a second');

  await panel.close();
  panel = await openPanel(page);
  await expect(panel.getByLabel('Requirements')).toHaveValue(/double-entry postings/);
  await expect(panel.getByTestId('mock-transcript')).toContainText('2,000 payments a second');

  await panel.getByRole('button', { name: 'End the round' }).click();
  const review = panel.getByTestId('design-review');
  const items = review.locator('fieldset');
  await expect(items).toHaveCount(11);
  await expect(items.first()).toContainText('Amounts in integer minor units');
  expect(await seriousViolations(panel)).toEqual([]);
  const save = panel.getByRole('button', { name: 'Save the debrief' });
  await expect(save).toBeDisabled();
  for (let index = 0; index < 11; index += 1) {
    const verdict = index < 8 ? 'covered' : index < 10 ? 'partly' : 'missed';
    await items.nth(index).locator(`input[value="${verdict}"]`).check();
  }
  await panel.getByLabel('What to work on (one per line)').fill('Reconciliation with the bank');
  await save.click();

  // 8 covered and 2 partly of 11 is 82% of the checklist: a 3.
  const debrief = panel.getByTestId('debrief');
  await expect(debrief).toContainText('3 of 4');
  await expect(debrief).toContainText('To work on: Reconciliation with the bank');
  await expect(panel.locator('[data-section="cases"]')).toHaveCount(1);
  const results = (await stored(background, 'mockResults')) as {
    kind: string;
    caseId: string;
    notes: { requirements: string };
    debrief: { score: number; by: string };
  }[];
  expect(results).toHaveLength(1);
  expect(results[0]).toMatchObject({
    kind: 'design',
    caseId: 'payments-ledger',
    debrief: { score: 3, by: 'self' },
  });
  expect(results[0]?.notes.requirements).toContain('double-entry');
});

test("a story in the bank answers the posting's prompt for its competency, the gaps say what is missing, and it comes up for rehearsal", async ({
  context,
  background,
  serve,
  openPanel,
}) => {
  await serve({ [POSTING]: await fixture('greenhouse/job-boards.html') });
  const page = await context.newPage();
  await page.goto(POSTING);
  const panel = await openPanel(page);

  const bank = panel.getByTestId('story-bank');
  await bank.locator(':scope > summary').click();
  await expect(bank.getByTestId('story-gaps')).toContainText('Nothing yet for conflict and influence.');
  const conflictPrompt = bank
    .getByTestId('story-matches')
    .locator('li', { hasText: 'disagreed with a teammate on a technical decision' });
  await expect(conflictPrompt).toContainText('→ no story yet');

  await bank.getByRole('button', { name: 'Add a story' }).click();
  const form = panel.getByRole('form', { name: 'Story' });
  await form.getByLabel('Title').fill('The queue we disagreed about');
  await form
    .getByRole('textbox', { name: 'Situation' })
    .fill('Our team had to choose a queue for payment events.');
  await form
    .getByRole('textbox', { name: 'Task' })
    .fill('I owned the decision and a teammate disagreed with my choice.');
  await form
    .getByRole('textbox', { name: 'Action' })
    .fill(
      'I wrote down both options, I ran a load test on each with him, and I proposed we decide on the numbers we agreed to measure.',
    );
  await form.getByRole('textbox', { name: 'Result' }).fill('We picked his option after the test.');
  await expect(form.getByTestId('story-suggested')).toContainText('conflict and influence');
  await expect(form.getByTestId('story-notes')).toContainText('The result has no number');
  await form
    .getByRole('textbox', { name: 'Result' })
    .fill('We picked his option; p99 latency fell from 900 ms to 120 ms.');
  await expect(form.getByTestId('story-notes')).toContainText('The result is measured.');
  await form.getByRole('checkbox', { name: 'Conflict and influence' }).check();
  expect(await seriousViolations(panel)).toEqual([]);
  await panel.getByRole('button', { name: 'Save the story' }).click();

  await expect(conflictPrompt).toContainText('→ The queue we disagreed about');
  // Feedback on a story needs a model: with none, it is not offered.
  await expect(bank.getByRole('button', { name: /^Feedback on/ })).toHaveCount(0);
  await expect(bank.getByTestId('story-gaps')).not.toContainText('conflict');
  await expect(bank.getByTestId('story-gaps')).toContainText('Nothing yet for ownership.');

  // New, it is up for rehearsal at once; told well, it goes away for days.
  expect(await seriousViolations(panel)).toEqual([]);
  const rehearsal = bank.getByTestId('story-rehearsal');
  await expect(rehearsal).toContainText('Rehearse (1 due): The queue we disagreed about');
  await rehearsal.getByRole('button', { name: 'Show the story' }).click();
  await expect(rehearsal).toContainText('p99 latency fell');
  await rehearsal.getByRole('button', { name: 'Told it well' }).click();
  await expect(bank.getByTestId('story-rehearsal')).toHaveCount(0);

  const stories = (await stored(background, 'storyBank')) as {
    title: string;
    competencies: string[];
    review: { due: number; reps: number } | null;
  }[];
  expect(stories).toHaveLength(1);
  expect(stories[0]).toMatchObject({ title: 'The queue we disagreed about', competencies: ['conflict'] });
  expect(stories[0]?.review?.reps).toBe(1);
  expect(stories[0]?.review?.due ?? 0).toBeGreaterThan(Date.now() + 24 * 60 * 60 * 1000);

  // Edited, it keeps its place and its schedule.
  await bank.getByRole('button', { name: 'Edit The queue we disagreed about' }).click();
  await form.getByLabel('Title').fill('Choosing the payments queue');
  await panel.getByRole('button', { name: 'Save the story' }).click();
  await expect(conflictPrompt).toContainText('→ Choosing the payments queue');
  const edited = (await stored(background, 'storyBank')) as { title: string; review: { reps: number } }[];
  expect(edited).toMatchObject([{ title: 'Choosing the payments queue', review: { reps: 1 } }]);
});
