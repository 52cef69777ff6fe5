import { readFile } from 'node:fs/promises';
import type { Worker } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, fixture, tabIdOf, test } from './fixtures';

const LEETCODE = 'https://leetcode.com/problems/longest-happy-prefix/description/';
const CODEFORCES = 'https://codeforces.com/problemset/problem/1520/D';
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** What storage.local holds of the practice history, notes and coach state, by key. */
function practiceStorage(background: Worker): Promise<Record<string, unknown>> {
  return background.evaluate(async () => {
    const stored = await chrome.storage.local.get(null);
    return Object.fromEntries(
      Object.entries(stored).filter(([key]) => /^(practice|notes|coach):/.test(key) && !key.endsWith('$')),
    );
  });
}

test('practice on two judges: timed and hinted, marked solved, listed on the progress page, due in the popup, exported and restored', async ({
  context,
  background,
  extensionId,
  serve,
}) => {
  await serve({
    [LEETCODE]: await fixture('../e2e/pages/leetcode-longest-happy-prefix.html'),
    [CODEFORCES]: await fixture('codeforces/1520d-problemset.html'),
  });
  const leetcode = await context.newPage();
  await leetcode.goto(LEETCODE);
  const codeforces = await context.newPage();
  await codeforces.goto(CODEFORCES);

  // The panel on the LeetCode problem, with a clock the test moves: 12 minutes on the timer, one hint.
  const panel = await context.newPage();
  await panel.clock.install({ time: Date.now() });
  await panel.goto(
    `chrome-extension://${extensionId}/sidepanel.html?tabId=${await tabIdOf(background, LEETCODE)}`,
  );
  const practice = panel.getByTestId('practice');
  await expect(practice).toContainText('of about 50 min for a Hard in an interview');
  await practice.getByRole('button', { name: 'Start' }).click();
  await panel.clock.fastForward(12 * MINUTE);
  // The installed clock keeps running in real time too, so a loaded machine may add a second or two.
  await expect(panel.getByTestId('timer')).toHaveText(/^12:0\d$/);
  await panel.getByRole('button', { name: 'Show first hint' }).click();
  await panel.getByTestId('notes').getByText('Your notes').click();
  await panel.getByTestId('notes').getByRole('textbox').fill('Prefix function: **lps** of the whole string.');
  await panel.getByRole('button', { name: 'Save notes' }).click();
  await practice.getByRole('button', { name: 'Solved', exact: true }).click();
  await expect(panel.getByTestId('practice-outcome')).toContainText(/Solved in 12:0\d/);
  await expect(panel.getByTestId('practice-due')).not.toHaveText('never');

  // The progress page lists both problems, with the time spent and how each ended.
  const progress = await context.newPage();
  await progress.goto(`chrome-extension://${extensionId}/progress.html`);
  const rows = progress.getByTestId('history-row');
  await expect(rows).toHaveCount(2);
  const happy = rows.filter({ hasText: 'Longest Happy Prefix' });
  await expect(happy.getByTestId('history-time')).toHaveText('12 min');
  await expect(happy.getByTestId('history-outcome')).toHaveText('Solved');
  const same = rows.filter({ hasText: 'Same Differences' });
  await expect(same.getByTestId('history-outcome')).toHaveText('Not finished');
  await expect(progress.getByTestId('plot-solved').locator('svg')).toBeVisible();
  await progress.getByLabel('Site').selectOption('codeforces');
  await expect(rows).toHaveCount(1);
  await progress.getByLabel('Site').selectOption('');

  // A week later the solved problem is due, and the popup opens its page.
  const popup = await context.newPage();
  await popup.clock.setFixedTime(Date.now() + 8 * DAY);
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const due = popup.getByTestId('due-problem');
  await expect(due).toHaveText('Longest Happy Prefix');
  const [opened] = await Promise.all([context.waitForEvent('page'), due.click()]);
  await expect(opened).toHaveURL(LEETCODE);

  // Export, wipe, import: everything is back.
  const before = await practiceStorage(background);
  expect(Object.keys(before)).toEqual(
    expect.arrayContaining(['practice:leetcode:longest-happy-prefix', 'notes:leetcode:longest-happy-prefix']),
  );
  const [download] = await Promise.all([
    progress.waitForEvent('download'),
    progress.getByRole('button', { name: 'Export your data' }).click(),
  ]);
  const exported = await readFile((await download.path()) as string, 'utf8');
  expect(exported).not.toContain('apiKey');
  await background.evaluate(() => chrome.storage.local.clear());
  await progress.reload();
  await expect(progress.getByTestId('progress-summary')).toContainText('Nothing practised yet');
  await progress.getByLabel('Import an export file').setInputFiles({
    name: 'sparring.json',
    mimeType: 'application/json',
    buffer: Buffer.from(exported),
  });
  await expect(progress.getByTestId('data-status')).not.toHaveText('');
  await expect(rows).toHaveCount(2);
  expect(await practiceStorage(background)).toEqual(before);

  // A malformed file is refused with its reason, and changes nothing.
  await progress.getByLabel('Import an export file').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(exported.slice(0, exported.length / 2)),
  });
  await expect(progress.getByTestId('data-status')).toHaveClass(/status-error/);
  await expect(progress.getByTestId('data-status')).not.toHaveText('');
  expect(await practiceStorage(background)).toEqual(before);
  await expect(rows).toHaveCount(2);
});

test('the progress page lists finished coding and design mocks with their date, problem or case, time and scorecard, linked to the problem', async ({
  context,
  background,
  extensionId,
}) => {
  const { buildScorecard } = await import('../../lib/mock/rubric');
  const { buildDebrief } = await import('../../lib/mock/design-debrief');
  const endedAt = Date.now() - DAY;
  const codingMock = {
    kind: 'coding',
    id: 'mock-1',
    contextKey: 'codeforces:1520D',
    site: 'codeforces',
    title: 'Same Differences',
    url: CODEFORCES,
    difficulty: null,
    startedAt: endedAt - 40 * MINUTE,
    endedAt,
    elapsedMs: 38 * MINUTE,
    roundMinutes: 45,
    stageTimes: {},
    followUpsAsked: 1,
    code: null,
    transcript: [],
    scorecard: buildScorecard(
      [
        { dimension: 'problem-solving', score: 3, evidence: ['Named a complexity: O(n).'] },
        { dimension: 'coding', score: 2, evidence: ['No code read from the editor.'] },
        { dimension: 'verification', score: 2, evidence: ['No test inputs named.'] },
        { dimension: 'communication', score: 3, evidence: ['Asked 1 question while clarifying.'] },
      ],
      'Name the test inputs before running them.',
      'self',
    ),
  };
  const designMock = {
    kind: 'design',
    id: 'mock-2',
    contextKey: 'greenhouse:acme/1',
    company: 'Acme',
    role: 'Senior Backend Engineer',
    caseId: 'url-shortener',
    caseTitle: 'A URL shortener',
    startedAt: endedAt,
    endedAt: endedAt + 50 * MINUTE,
    elapsedMs: 50 * MINUTE,
    roundMinutes: 45,
    notes: { requirements: '', estimates: '', api: '', 'data-model': '', architecture: '', 'deep-dives': '' },
    transcript: [],
    debrief: buildDebrief(
      ['Cache the redirects', 'Keys without collisions'],
      [{ index: 0, verdict: 'covered', evidence: 'Redis in front of the store.' }],
      { strengths: [], gaps: ['Collisions'], score: 2, by: 'self' },
    ),
  };
  await background.evaluate(
    (mocks) => chrome.storage.local.set({ mockResults: mocks }),
    [designMock, codingMock],
  );

  const progress = await context.newPage();
  await progress.goto(`chrome-extension://${extensionId}/progress.html`);
  const rows = progress.getByTestId('mock-row');
  await expect(rows).toHaveCount(2);
  // Newest first: the design round ended after the coding one.
  await expect(rows.nth(0)).toContainText('A URL shortener');
  await expect(rows.nth(0)).toContainText('Acme · Senior Backend Engineer');
  await expect(rows.nth(0).getByTestId('mock-time')).toContainText('50 min of 45 min');
  await expect(rows.nth(0).getByTestId('mock-outcome')).toHaveText(
    "2 of 4 against the case's checklist (your own review)",
  );
  const coding = rows.nth(1);
  await expect(coding.getByRole('link', { name: 'Same Differences' })).toHaveAttribute('href', CODEFORCES);
  await expect(coding.getByTestId('mock-time')).toHaveText('38 min of 45 min');
  await expect(coding.getByTestId('mock-outcome')).toHaveText('No hire (your own review)');
  await expect(coding).toContainText('Coding 2/4');
  await coding.getByText('The evidence').click();
  await expect(coding.getByTestId('scorecard')).toContainText('No test inputs named.');
  await expect(coding).toContainText(new Date(endedAt).getFullYear().toString());
  expect(await seriousViolations(progress)).toEqual([]);

  await progress.getByLabel('Round').selectOption('design');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute('data-kind', 'design');
});
