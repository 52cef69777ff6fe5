import { expect, fixture, test } from './fixtures';
import { answer, stored, TWO_SUM, twoSumPage } from './mock-helpers';
import { chatRequests, configureMock, promptOf } from './model-helpers';

const SCORECARD = {
  dimensions: [
    {
      dimension: 'problem-solving',
      score: 3,
      evidence: ['Moved from the O(n^2) pairs to a hash map unprompted.'],
    },
    { dimension: 'coding', score: 3, evidence: ['The loop checks the partner before storing the value.'] },
    { dimension: 'verification', score: 2, evidence: ['Named edge cases but did not trace the code.'] },
    { dimension: 'communication', score: 4, evidence: ['Asked about repeats before starting.'] },
  ],
  summary: 'Clear reasoning to the hash map. Next time, trace the code on an example before calling it done.',
};

test("with a model, the interviewer answers each turn, opens testing and the follow-ups with the library's questions, and scores the round on the rubric", async ({
  context,
  background,
  serve,
  openPanel,
  mock,
}) => {
  await configureMock(background, mock);
  let turn = 0;
  mock.setReply((request) => {
    if ((request.body as { response_format?: unknown }).response_format) return JSON.stringify(SCORECARD);
    turn += 1;
    return `Interviewer turn ${turn}: and what would that cost?`;
  });
  await serve({ [TWO_SUM]: await twoSumPage() });
  const page = await context.newPage();
  await page.goto(TWO_SUM);
  const panel = await openPanel(page);

  await panel.getByRole('button', { name: 'Start a mock interview' }).click();
  const transcript = panel.getByTestId('mock-transcript');
  await answer(panel, 'Two indices adding to target. Can a value repeat?');
  await expect(transcript).toContainText('Interviewer turn 1: and what would that cost?');
  // The round travels as the user's text, the problem as the page's, the library's notes for the interviewer only.
  const first = promptOf(chatRequests(mock).at(-1));
  expect(first).toContain('<user_text>');
  expect(first).toContain('Can a value repeat?');
  expect(first).toContain('<untrusted_page>');
  expect(first).toContain('Two Sum');

  await panel.getByRole('button', { name: 'Next stage' }).click();
  await answer(panel, 'A hash map from value to index: O(n) time and space.');
  await expect(transcript).toContainText('Interviewer turn 2');
  await panel.getByRole('button', { name: 'Next stage' }).click();
  await panel.getByRole('button', { name: "I'm done coding" }).click();
  await expect(panel.getByTestId('mock-stage')).toHaveText('Stage 4 of 5: Test');
  // The model opens testing, with the code read from the editor.
  await expect(transcript).toContainText('Interviewer turn 3');
  const opening = promptOf(chatRequests(mock).at(-1));
  expect(opening).toContain('<user_code>');
  expect(opening).toContain('seen[n] = i');

  await panel.getByRole('button', { name: 'Next stage' }).click();
  await expect(transcript).toContainText('Interviewer turn 4');
  expect(promptOf(chatRequests(mock).at(-1))).toContain(
    'The array is sorted: can you do it in O(1) extra space?',
  );
  await expect(panel.getByRole('button', { name: 'Next follow-up' })).toHaveCount(0);
  await answer(panel, 'Two pointers from both ends.');
  await expect(transcript).toContainText('Interviewer turn 5');
  await panel.getByRole('button', { name: 'Finish the round' }).click();

  await panel.getByRole('button', { name: 'Ask the interviewer for the scorecard' }).click();
  const scorecard = panel.getByTestId('scorecard');
  await expect(scorecard).toContainText("(the model's interviewer)");
  await expect(scorecard.getByTestId('verdict')).toHaveText('Hire');
  await expect(scorecard.locator('[data-dimension="verification"]')).toContainText('did not trace the code');
  const scoring = promptOf(chatRequests(mock).at(-1));
  expect(scoring).toContain('Coding: 7 lines of code read from the editor.');

  const results = (await stored(background, 'mockResults')) as {
    followUpsAsked: number;
    scorecard: { by: string; verdict: string; dimensions: { score: number }[] };
  }[];
  expect(results[0]?.scorecard).toMatchObject({ by: 'model', verdict: 'hire' });
  expect(results[0]?.scorecard.dimensions.map((entry) => entry.score)).toEqual([3, 3, 2, 4]);
  expect(results[0]?.followUpsAsked).toBe(2);
});

test('when the model fails, the round says why and offers Retry, and the self-review takes over the scorecard', async ({
  context,
  background,
  serve,
  openPanel,
  mock,
}) => {
  await configureMock(background, mock);
  mock.setReply('Interviewer: what would you want pinned down?');
  await serve({ [TWO_SUM]: await twoSumPage() });
  const page = await context.newPage();
  await page.goto(TWO_SUM);
  const panel = await openPanel(page);

  await panel.getByRole('button', { name: 'Start a mock interview' }).click();
  mock.setFault({ kind: 'invalid-api-key', once: true });
  await answer(panel, 'Two indices adding to target. Can a value repeat?');
  const failed = panel.getByRole('alert').filter({ hasText: 'The interviewer could not answer' });
  await expect(failed).toContainText('The API key was rejected (401)');
  await failed.getByRole('button', { name: 'Retry' }).click();
  const transcript = panel.getByTestId('mock-transcript');
  await expect(transcript).toContainText('what would you want pinned down?');
  await expect(failed).toHaveCount(0);

  await panel.getByRole('button', { name: 'End the round now' }).click();
  mock.setFault({ kind: 'invalid-api-key' });
  await panel.getByRole('button', { name: 'Ask the interviewer for the scorecard' }).click();
  const review = panel.getByTestId('self-review');
  await expect(review.getByRole('alert')).toContainText(
    'The interviewer could not score it: The API key was rejected (401)',
  );
  await expect(review.getByRole('alert')).toContainText('Score it yourself below, or ask again.');
  for (const dimension of ['problem-solving', 'coding', 'verification', 'communication'])
    await review.locator(`fieldset[data-dimension="${dimension}"] input[value="2"]`).check();
  await panel.getByRole('button', { name: 'Save the scorecard' }).click();
  await expect(panel.getByTestId('scorecard')).toBeVisible();

  const results = (await stored(background, 'mockResults')) as { scorecard: { by: string } }[];
  expect(results[0]?.scorecard.by).toBe('self');
});

test('a mock started without a model stays offline when one is configured mid-round', async ({
  context,
  background,
  serve,
  openPanel,
  mock,
}) => {
  await serve({ [TWO_SUM]: await twoSumPage() });
  const page = await context.newPage();
  await page.goto(TWO_SUM);
  const panel = await openPanel(page);
  await panel.getByRole('button', { name: 'Start a mock interview' }).click();

  await configureMock(background, mock);
  await answer(panel, 'Two indices adding to target. Can a value repeat?');
  await panel.getByRole('button', { name: 'Next stage' }).click();
  // The offline interviewer's own line opens the stage, and nothing is sent to the model.
  await expect(panel.getByTestId('mock-transcript')).toContainText('How would you solve it?');
  await answer(panel, 'A hash map from value to index: O(n) time and space.');
  await panel.getByRole('button', { name: 'End the round now' }).click();
  await expect(panel.getByTestId('self-review')).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Ask the interviewer for the scorecard' })).toHaveCount(0);
  await panel.getByRole('button', { name: 'Discard this round' }).click();
  // The panel did know the model all along: its coach is back with the model's help.
  await expect(panel.getByRole('button', { name: 'Check my approach' })).toBeVisible();
  expect(chatRequests(mock)).toHaveLength(0);
});

const POSTING = 'https://job-boards.greenhouse.io/northwindlabs/jobs/4012345008';

test("with a model, the design interviewer probes the round and debriefs it against the case's checklist", async ({
  context,
  background,
  serve,
  openPanel,
  mock,
}) => {
  await configureMock(background, mock);
  const items = Array.from({ length: 11 }, (_, index) => ({
    index,
    verdict: index < 6 ? 'covered' : index < 9 ? 'partly' : 'missed',
    evidence: `Point ${index} in the notes.`,
  }));
  mock.setReply((request) =>
    (request.body as { response_format?: unknown }).response_format
      ? JSON.stringify({
          items,
          strengths: ['Double-entry from the first minute.'],
          gaps: ['No reconciliation with the processors.'],
          score: 2,
        })
      : 'How many postings a second at peak, and how big is each?',
  );
  await serve({ [POSTING]: await fixture('greenhouse/job-boards.html') });
  const page = await context.newPage();
  await page.goto(POSTING);
  const panel = await openPanel(page);

  await panel.locator('[data-section="mock-design"] > summary').click();
  await panel.getByRole('button', { name: 'Start a mock design round' }).click();
  await panel.getByLabel('Requirements').fill('Charges, refunds and payouts as balanced postings.');
  await panel.getByRole('button', { name: 'Ask me a question' }).click();
  const transcript = panel.getByTestId('mock-transcript');
  await expect(transcript).toContainText('How many postings a second at peak');
  const probe = promptOf(chatRequests(mock).at(-1));
  expect(probe).toContain('<user_text>');
  expect(probe).toContain('balanced postings');

  await panel.getByRole('button', { name: 'End the round' }).click();
  await panel.getByRole('button', { name: 'Ask the interviewer for the debrief' }).click();
  const debrief = panel.getByTestId('debrief');
  await expect(debrief).toContainText("2 of 4 against the case's checklist (the model's interviewer)");
  await expect(debrief).toContainText('To work on: No reconciliation with the processors.');
  await expect(debrief.locator('[data-verdict="covered"]')).toHaveCount(6);
  expect(promptOf(chatRequests(mock).at(-1))).toContain('Amounts in integer minor units');

  const results = (await stored(background, 'mockResults')) as {
    kind: string;
    debrief: { by: string; score: number };
  }[];
  expect(results[0]).toMatchObject({ kind: 'design', debrief: { by: 'model', score: 2 } });
});
