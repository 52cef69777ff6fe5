import { readFileSync } from 'node:fs';
import type { Page, Worker } from '@playwright/test';
import { expect, fixture, storedContexts, tabIdOf, test } from './fixtures';
import { configureMock, openWithPanel, PROBLEM } from './model-helpers';

/* Issue 16, storage: full, corrupt, one huge page, an oversized import. */

const HAPPY_PREFIX_PAGE = '../e2e/pages/leetcode-longest-happy-prefix.html';
const FULL = /storage in this browser is full[\s\S]*export a copy, then press “Free up space”/;

/** Fill storage.local until fewer than `room` bytes are left under its quota, as Chrome counts them. */
async function fillStorage(background: Worker, room: number): Promise<void> {
  await background.evaluate(async (room) => {
    const used = await chrome.storage.local.getBytesInUse(null);
    const length = chrome.storage.local.QUOTA_BYTES - used - room - 'filler'.length - 2;
    await chrome.storage.local.set({ filler: 'x'.repeat(length) });
  }, room);
}

function edgeCase(panel: Page, name: string) {
  return panel.getByTestId('edge-cases').getByRole('checkbox', { name });
}

test('a full storage says so plainly, with what to do, and loses nothing on screen', async ({
  context,
  background,
  serve,
  openPanel,
  mock,
  extensionId,
}) => {
  await configureMock(background, mock);
  mock.setReply('Look for the longest border: a prefix that is also a suffix.');
  const { page, panel } = await openWithPanel({ context, serve, openPanel });
  await expect(edgeCase(panel, 'A single character')).toBeVisible();
  await fillStorage(background, 40);

  // A tick that cannot be saved stays ticked, and the panel says why and what to do.
  await edgeCase(panel, 'A single character').check();
  const alert = panel.getByTestId('save-error');
  await expect(alert).toContainText(FULL);
  await expect(edgeCase(panel, 'A single character')).toBeChecked();

  // A streamed hint is shown whole, with the same message beside it instead of an error.
  await panel.getByRole('button', { name: 'Next hint' }).click();
  const answer = panel.getByTestId('answer').first();
  await expect(answer).toContainText('Look for the longest border');
  await expect(answer).toContainText(FULL);
  await expect(panel.locator('body')).not.toContainText('Something unexpected');
  await expect(panel.locator('body')).not.toContainText('kQuotaBytes');

  // The popup's quiz says the same when an answer cannot be saved.
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const question = popup.getByTestId('question');
  await expect(question).toBeVisible();
  if ((await popup.getByRole('button', { name: /^Check/ }).count()) > 0) {
    await popup.keyboard.press('1');
    await popup.keyboard.press('Enter');
  } else {
    await popup.keyboard.press('Space');
    await popup.keyboard.press('3');
  }
  await expect(popup.locator('body')).toContainText(FULL);
  await expect(popup.locator('body')).not.toContainText('kQuotaBytes');
  await popup.close();

  // Once there is room again the next change saves the earlier one with it.
  await background.evaluate(() => chrome.storage.local.remove('filler'));
  const secondName =
    (await panel
      .getByTestId('edge-cases')
      .locator('label', { has: panel.getByRole('checkbox', { checked: false }) })
      .first()
      .textContent()) ?? '';
  await edgeCase(panel, secondName).check();
  await expect(alert).toHaveCount(0);
  await panel.close();
  const reopened = await openPanel(page);
  await expect(edgeCase(reopened, 'A single character')).toBeChecked();
  await expect(edgeCase(reopened, secondName)).toBeChecked();
});

test('corrupt stored items keep the popup, the panel and the options page working', async ({
  context,
  background,
  serve,
  openPanel,
  extensionId,
}) => {
  const good = {
    id: 'gen-databases-1',
    topic: 'databases',
    type: 'card',
    prompt: 'When does a covering index save a table lookup?',
    answer: 'When every column the query reads is in the index.',
    explanation: 'The index alone answers the query.',
    difficulty: 2,
    tags: ['indexing'],
    generated: true,
  };
  await background.evaluate(async (good) => {
    await chrome.storage.local.set({
      // Entries a bug or a hand edit left behind: a question without tags used to break the
      // queue ("Cannot read properties of undefined (reading 'some')") once a role has skills.
      quizGenerated: [
        { id: 'gen-bad-1', topic: 'databases', type: 'choice', prompt: 'Which index?' },
        { ...good, id: 'gen-bad-2', type: 'choice', choices: 'not a list', answer: 3 },
        null,
        'a question?',
        good,
      ],
      quizProgress: { cards: { 'db-001': { due: 'tomorrow' } }, days: 'many' },
      quizPrefs: { topics: ['databases', 'astrology'], newPerDay: 'ten' },
      targetRole: { rounds: [{ kind: 'system-design', weight: 1 }], skills: ['PostgreSQL', 'indexing'] },
      settings: 'yes',
      provider: { kind: 'telepathy', apiKey: 7 },
      dailyTokenCap: 'lots',
      llmUsage: [1, 2, 3],
      'llm:llm-cache-index': 'index',
      'coach:leetcode:longest-happy-prefix': { hintsShown: 'many', ticked: 'all', techniquesShown: 1 },
      'coach:leetcode:longest-happy-prefix$': { v: 'two' },
      'chat:leetcode:longest-happy-prefix': { turns: 'hello' },
    });
    await chrome.storage.session.set({ 'context:999999': { kind: 'problem', title: 5 } });
  }, good);

  const popup = await context.newPage();
  const popupErrors: string[] = [];
  popup.on('pageerror', (error) => popupErrors.push(error.message));
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByTestId('question')).toBeVisible();
  await expect(popup.locator('body')).not.toContainText('could not');
  expect(popupErrors).toEqual([]);

  await serve({ [PROBLEM]: await fixture(HAPPY_PREFIX_PAGE) });
  const page = await context.newPage();
  await page.goto(PROBLEM);
  const panel = await openPanel(page);
  await expect(panel.getByTestId('context-title')).toHaveText('Longest Happy Prefix');
  await expect(panel.getByTestId('complexity-target')).toHaveText('O(n)');
  await expect(panel.getByTestId('hints').getByRole('listitem')).toHaveCount(0);
  await panel.getByRole('button', { name: 'Show first hint' }).click();
  await expect(panel.getByTestId('hints').getByRole('listitem')).toHaveCount(1);
  await expect(panel.getByTestId('view-error')).toHaveCount(0);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByLabel('Show the Sparring button on supported pages')).toBeChecked();
  await expect(options.getByTestId('storage-use')).toContainText('Sparring keeps');
  await expect(options.getByTestId('view-error')).toHaveCount(0);
});

test('one huge page is cut to a bound and does not stop another tab’s panel from following it', async ({
  context,
  background,
  serve,
  openPanel,
}) => {
  // Reading 10 MB of text takes the content script seconds on a loaded machine.
  test.setTimeout(120_000);
  const html = await fixture(HAPPY_PREFIX_PAGE);
  const huge = 'https://leetcode.com/problems/huge-page/description/';
  const block = `<p>${'filler words on a page that never ends '.repeat(270_000)}</p>`;
  await serve({
    [PROBLEM]: html,
    [huge]: html
      .replace('1392. Longest Happy Prefix', '9999. Huge Page')
      .replace('/problems/longest-happy-prefix/', '/problems/huge-page/')
      .replace('<p>Given a string', `${block}<p>Given a string`),
  });

  const normal = await context.newPage();
  await normal.goto(PROBLEM);
  const panel = await openPanel(normal);
  await expect(panel.getByTestId('context-title')).toHaveText('Longest Happy Prefix');

  const big = await context.newPage();
  await big.goto(huge, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  const bigPanel = await openPanel(big);
  await expect(bigPanel.getByTestId('context-title')).toHaveText('Huge Page', { timeout: 30_000 });
  const stored = (await storedContexts(background))[await tabIdOf(background, huge)] as unknown as {
    statement: string;
  };
  expect(stored.statement.length).toBeLessThan(41_000);
  expect(stored.statement).toContain('cut by Sparring');
  expect(await background.evaluate(() => chrome.storage.session.getBytesInUse(null))).toBeLessThan(200_000);

  // The other tab moves to another problem in the page's own router: its panel follows.
  await normal.evaluate(() => {
    history.pushState({}, '', '/problems/two-sum/description/');
    const link = document.querySelector('a[href^="/problems/"]');
    if (link) {
      link.setAttribute('href', '/problems/two-sum/');
      link.textContent = '1. Two Sum';
    }
    document.title = 'Two Sum - LeetCode';
    const description = document.querySelector('[data-track-load="description_content"]');
    if (description)
      description.innerHTML = '<p>Given an array of integers <code>nums</code>, return two.</p>';
  });
  await expect(panel.getByTestId('context-title')).toHaveText('Two Sum');
});

/** One question's memory state, as the quiz stores it. */
const CARD = {
  topic: 'algorithms',
  due: 1_749_600_000_000,
  stability: 2.3,
  difficulty: 5.1,
  elapsed_days: 0,
  scheduled_days: 2,
  learning_steps: 0,
  reps: 1,
  lapses: 0,
  state: 2,
  last_review: 1_749_427_200_000,
};

/** A valid export whose quiz progress alone is about `megabytes` MB. */
function hugeExport(megabytes: number): string {
  const size = JSON.stringify(CARD).length + 16;
  const cards: Record<string, unknown> = {};
  for (let index = 0; index < (megabytes * 1024 * 1024) / size; index += 1) cards[`q-${index}`] = CARD;
  return JSON.stringify({
    format: 'sparring-export',
    version: 2,
    exportedAt: new Date().toISOString(),
    data: { quizProgress: { cards, days: {} } },
  });
}

test('an import too big for the storage changes nothing and says why; an export never holds the key', async ({
  context,
  background,
  extensionId,
}) => {
  const before = { cards: { 'alg-001': CARD }, days: { '2025-06-10': { answered: 1, new: 1 } } };
  await background.evaluate(
    (progress) =>
      chrome.storage.local.set({
        quizProgress: progress,
        provider: { kind: 'openai', apiKey: 'sk-never-exported-42', model: 'gpt-4.1-mini' },
      }),
    before,
  );
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);

  await options.getByLabel('Import an export file').setInputFiles({
    name: 'sparring-13mb.json',
    mimeType: 'application/json',
    buffer: Buffer.from(hugeExport(13)),
  });
  const status = options.getByTestId('data-status');
  await expect(status).toContainText(/This file needs 1\d\.\d MB of storage/, { timeout: 20_000 });
  await expect(status).toContainText('holds 10.0 MB in all');
  await expect(status).toContainText('Nothing was changed.');
  expect(
    await background.evaluate(async () => (await chrome.storage.local.get('quizProgress')).quizProgress),
  ).toEqual(before);

  const download = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export your data' }).click();
  const file = await (await download).path();
  const exported = readFileSync(file, 'utf8');
  expect(JSON.parse(exported).data.quizProgress).toEqual(before);
  expect(exported).not.toContain('sk-never-exported-42');
});
