import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Question } from '@/lib/quiz/topics';
import { dueReview } from '../support/due-review';
import { expect, test } from './fixtures';
import { configureMock } from './model-helpers';

const BANK_DIR = path.resolve('lib/quiz/bank');

/** The bank by id, so the test knows each answer and can choose to get it right or wrong. */
function loadBank(): Map<string, Question> {
  const questions = readdirSync(BANK_DIR)
    .filter((file) => file.endsWith('.json'))
    .flatMap((file) => JSON.parse(readFileSync(path.join(BANK_DIR, file), 'utf8')) as Question[]);
  return new Map(questions.map((question) => [question.id, question]));
}

const MINUTE = 60_000;
const START = new Date(2025, 5, 10, 9, 0).getTime();

async function stats(page: Page) {
  return {
    streak: await page.getByTestId('streak').textContent(),
    today: await page.getByTestId('today-count').textContent(),
    due: await page.getByTestId('due-count').textContent(),
  };
}

/**
 * Answer the question on screen with the keyboard only, right or wrong on purpose; with `last`,
 * what follows is "all done" rather than another question.
 */
async function answer(
  page: Page,
  bank: Map<string, Question>,
  right: boolean,
  last = false,
): Promise<string> {
  const shown = page.getByTestId('question');
  const id = (await shown.getAttribute('data-question-id')) as string;
  const question = bank.get(id);
  if (!question) throw new Error(`question ${id} is not in the bank`);
  if (question.type === 'choice') {
    const wrong = question.choices.findIndex((_, index) => index !== question.answer);
    await page.keyboard.press(String((right ? question.answer : wrong) + 1));
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('verdict')).toHaveText(right ? 'Right.' : /Not quite/);
    await expect(page.getByTestId('explanation')).toHaveText(question.explanation);
    await page.keyboard.press('Enter');
  } else {
    await page.keyboard.press('Space');
    await expect(page.getByTestId('model-answer')).toHaveText(question.answer);
    await expect(page.getByTestId('explanation')).toHaveText(question.explanation);
    await page.keyboard.press(right ? '4' : '1');
  }
  if (last) await expect(page.getByTestId('all-done')).toBeVisible();
  else await expect(shown).not.toHaveAttribute('data-question-id', id);
  return id;
}

test('answers three questions by keyboard and keeps the schedule across reopening', async ({
  context,
  extensionId,
}) => {
  const bank = loadBank();
  const popupUrl = `chrome-extension://${extensionId}/popup.html`;
  await context.clock.setFixedTime(START);

  const popup = await context.newPage();
  await popup.goto(popupUrl);
  await expect(popup.getByTestId('question')).toBeVisible();
  expect(await stats(popup)).toEqual({ streak: '0', today: '0', due: '0' });

  const missed = await answer(popup, bank, false);
  const known = await answer(popup, bank, true);
  const missedToo = await answer(popup, bank, false);
  expect(new Set([missed, known, missedToo]).size).toBe(3);
  await expect.poll(() => stats(popup)).toEqual({ streak: '1', today: '3', due: '0' });
  await popup.close();

  // Five minutes later the two missed questions are due, the one answered right and fast is not,
  // and the most overdue comes first.
  await context.clock.setFixedTime(START + 5 * MINUTE);
  const reopened = await context.newPage();
  await reopened.goto(popupUrl);
  await expect(reopened.getByTestId('question')).toHaveAttribute('data-question-id', missed);
  await expect.poll(() => stats(reopened)).toEqual({ streak: '1', today: '3', due: '2' });
  await reopened.close();

  // The next morning: yesterday's streak still stands, today starts at zero.
  await context.clock.setFixedTime(START + 24 * 60 * MINUTE);
  const tomorrow = await context.newPage();
  await tomorrow.goto(popupUrl);
  await expect(tomorrow.getByTestId('question')).toHaveAttribute('data-question-id', missed);
  await expect.poll(() => stats(tomorrow)).toEqual({ streak: '1', today: '0', due: '2' });
  await answer(tomorrow, bank, true);
  await expect.poll(() => stats(tomorrow)).toEqual({ streak: '2', today: '1', due: '1' });
});

test('opens the side panel for the current tab from the popup', async ({
  context,
  background,
  extensionId,
}) => {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByTestId('question')).toBeVisible();
  const tabId = await popup.evaluate(async () => (await chrome.tabs.getCurrent())?.id);
  await popup.getByRole('button', { name: 'Open side panel' }).click();
  await expect
    .poll(() =>
      background.evaluate(async (id) => (await chrome.sidePanel.getOptions({ tabId: id })).path, tabId),
    )
    .toBe(`sidepanel.html?tabId=${tabId}`);
});

/** A topic's whole bank, its first questions (`<topic>-first-<hash>.js`) or a shard (`<topic>-shard-N-<hash>.js`). */
const TOPIC_BANK =
  /\/chunks\/(algorithms|system-design|api-design|databases|concurrency|behavioral)-(first-|shard-\d+-)?[\w-]+\.js$/;

/** Each bank chunk the page fetches, named as `TOPIC_BANK` reads it. */
function bankRequests(page: Page): string[] {
  const banks: string[] = [];
  page.on('request', (request) => {
    const [, topic, part] = TOPIC_BANK.exec(request.url()) ?? [];
    if (topic)
      banks.push(part === 'first-' ? `${topic}, first questions` : part ? `${topic}, a shard` : topic);
  });
  return banks;
}

test('opening the popup fetches what the next questions need: a few questions, no whole bank', async ({
  context,
  extensionId,
}) => {
  const popup = await context.newPage();
  const banks = bankRequests(popup);
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByTestId('question')).toBeVisible();
  await popup.waitForTimeout(500);
  // The topic of the question on screen, and the one the next question comes from.
  expect(banks).toEqual(['algorithms, first questions', 'system-design, first questions']);
});

test('a review due opens after fetching its shard of the bank, not the whole bank', async ({
  context,
  background,
  extensionId,
}) => {
  const bank = loadBank();
  const due = [...bank.values()].filter((question) => question.topic === 'databases').slice(0, 3);
  const yesterday = Date.now() - 86_400_000;
  const progress = {
    cards: Object.fromEntries(due.map((question, i) => [question.id, dueReview('databases', yesterday + i)])),
    days: {},
  };
  await background.evaluate((quizProgress) => chrome.storage.local.set({ quizProgress }), progress);
  const popup = await context.newPage();
  const banks = bankRequests(popup);
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByTestId('question')).toContainText(due[0]?.prompt ?? 'a due question');
  expect(banks[0]).toBe('databases, a shard');
  expect(banks).not.toContain('databases');
});

test('the settings lay out cleanly and leave the quiz its keys after a change', async ({
  context,
  extensionId,
}) => {
  const bank = loadBank();
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 360, height: 640 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByTestId('question')).toBeVisible();
  await popup.getByText('Settings').click();
  const topics = popup.getByRole('group', { name: 'Ask questions on' });
  await expect(topics.getByRole('checkbox')).toHaveCount(6);

  // Two columns, each topic on one line beside its box, nothing wider than the popup.
  const boxes = await topics
    .locator('label')
    .evaluateAll((labels) => labels.map((label) => label.getBoundingClientRect().toJSON() as DOMRect));
  expect(new Set(boxes.map((box) => Math.round(box.left))).size).toBe(2);
  for (const box of boxes) expect(box.height).toBeLessThan(28);
  expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  // A click on a topic keeps the focus there, but the next keys are the quiz's again.
  await topics.getByLabel('Behavioral').click();
  await expect(popup.getByText('5 of 6 topics')).toBeVisible();
  await answer(popup, bank, true);
  await popup.getByText('Settings').click();
  await answer(popup, bank, false);
});

test('the daily limit of new questions is a setting, and "Study more" goes past it for today', async ({
  context,
  extensionId,
}) => {
  const bank = loadBank();
  await context.clock.setFixedTime(START);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByTestId('question')).toBeVisible();
  await popup.getByText('Settings').click();
  const limit = popup.getByLabel('New questions a day');
  await expect(limit).toHaveValue('10');
  await limit.fill('');
  await limit.pressSequentially('1');
  await expect(popup.getByText('6 of 6 topics · 1 new a day')).toBeVisible();
  // Digits typed into the field stay there: they do not pick an answer. Enter leaves the field.
  await expect(popup.locator('.quiz-choice.selected')).toHaveCount(0);
  await limit.press('Enter');

  await answer(popup, bank, true, true);
  await expect(popup.getByTestId('all-done')).toContainText('You have met today’s new questions');
  await popup.keyboard.press('Enter');
  await expect(popup.getByTestId('question')).toBeVisible();
  await answer(popup, bank, true);
  await expect(popup.getByTestId('question')).toBeVisible();

  // The limit is kept; the extra questions were for today only.
  const reopened = await context.newPage();
  await reopened.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(reopened.getByTestId('all-done')).toBeVisible();
  await expect(reopened.getByRole('button', { name: /Study 10 more/ })).toBeVisible();
});

test('asking for target-role questions with no role saved says plainly which button saves one', async ({
  context,
  extensionId,
  background,
  mock,
}) => {
  await configureMock(background, mock);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.getByRole('button', { name: 'Questions for my target role' }).click();
  const status = popup.getByTestId('generate-status');
  await expect(status).toHaveText(
    'Save a target role first: open a job posting in the side panel and press “Practise for this role in the quiz”.',
  );
  await expect(status).toHaveClass(/status-error/);
  expect(mock.requests).toHaveLength(0);
});
