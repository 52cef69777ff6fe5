import type { Locator } from '@playwright/test';
import { openRecord, type PracticeRecord, recordKey } from '@/lib/practice/record';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';

const PROBLEMS = 600;
const DAY = 86_400_000;

/** Problems opened one a day, the newest first on the page: "Problem 599" down to "Problem 0". */
function history(): Record<string, PracticeRecord> {
  const start = Date.now() - PROBLEMS * DAY;
  const records: Record<string, PracticeRecord> = {};
  for (let i = 0; i < PROBLEMS; i += 1) {
    const record = openRecord(
      null,
      {
        site: 'codeforces',
        id: `${1000 + i}A`,
        url: `https://codeforces.com/problemset/problem/${1000 + i}/A`,
        title: `Problem ${i}`,
        difficulty: undefined,
      },
      start + i * DAY,
    );
    records[`practice:${recordKey(record)}`] = record;
  }
  return records;
}

/** Whether the element lies within the history's scroll box as it is scrolled now. */
function shownInBox(element: Locator): Promise<boolean> {
  return element.evaluate((node) => {
    const box = node.closest('.history-scroll')?.getBoundingClientRect();
    const rect = node.getBoundingClientRect();
    return box !== undefined && rect.height > 0 && rect.top >= box.top && rect.bottom <= box.bottom;
  });
}

test('a long history draws only the rows in view, and scrolling or the keyboard reaches the last problem', async ({
  context,
  background,
  extensionId,
}) => {
  await background.evaluate((stored) => chrome.storage.local.set(stored), history());
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/progress.html`);
  const table = page.getByTestId('history');
  const rows = page.getByTestId('history-row');
  await expect(page.getByTestId('history-count')).toHaveText(`${PROBLEMS} problems`);
  // Every row is announced, a few dozen are drawn.
  await expect(table).toHaveAttribute('aria-rowcount', String(PROBLEMS + 1));
  await expect(rows.first()).toContainText(`Problem ${PROBLEMS - 1}`);
  expect(await rows.count()).toBeLessThan(100);
  // The figures above the table come after it: wait for them, so the page stops moving.
  await expect(page.getByTestId('plot-solved').locator('svg')).toBeVisible();
  // The scroll box, the spacer rows and the row indices pass axe.
  expect(await seriousViolations(page)).toEqual([]);

  // Scrolled to the end, the oldest problem is drawn and in view.
  const box = page.getByRole('region', { name: 'History table' });
  // Rows drawn are measured, so the height to scroll settles as they come: scroll again, as a user would.
  const last = rows.filter({ has: page.getByRole('link', { name: 'Problem 0', exact: true }) });
  await expect
    .poll(async () => {
      await box.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
      return (await last.count()) === 1 && (await shownInBox(last));
    })
    .toBe(true);
  await expect(last).toHaveAttribute('aria-rowindex', String(PROBLEMS + 1));
  expect(await rows.count()).toBeLessThan(100);

  // Filters see every problem, drawn or not: 12, 112, 120 to 129, 212, 312, 412 and 512.
  await page.getByLabel('Title').fill('Problem 12');
  await expect(page.getByTestId('history-count')).toHaveText(`16 of ${PROBLEMS} problems`);
  await expect(rows).toHaveCount(16);
  await page.getByLabel('Title').fill('');

  // From the first row's link, the down arrow walks the rows, drawing those below as it goes.
  await box.evaluate((element) => element.scrollTo({ top: 0 }));
  await page.getByRole('link', { name: `Problem ${PROBLEMS - 1}`, exact: true }).focus();
  for (let step = 0; step < 40; step += 1) await page.keyboard.press('ArrowDown');
  const reached = page.getByRole('link', { name: `Problem ${PROBLEMS - 41}`, exact: true });
  await expect(reached).toBeFocused();
  await expect.poll(() => shownInBox(reached)).toBe(true);
});
