import type { Page, Worker } from '@playwright/test';
import { expect, fixture } from './fixtures';

/* Shared by the mock-*.spec.ts files. */

export const TWO_SUM = 'https://leetcode.com/problems/two-sum/';
export const CODE =
  'class Solution:\n    def twoSum(self, nums, target):\n        seen = {}\n        for i, n in enumerate(nums):\n            if target - n in seen:\n                return [seen[target - n], i]\n            seen[n] = i\n';

/**
 * The saved Two Sum page with what a mock must hide (LeetCode's difficulty, a topic tag, the
 * Editorial tab, the hints below the statement) and a stand-in for its Monaco editor.
 */
export async function twoSumPage(): Promise<string> {
  const page = await fixture('leetcode/two-sum-next-data.html');
  const giveaways = `
<div class="flexlayout__tab_button"><div id="editorial_tab">Editorial</div></div>
<div class="text-difficulty-easy">Easy</div>
<a href="/tag/hash-table/">Hash Table</a>
<div data-track-load="description_content"><p>Given an array of integers nums and an integer target…</p></div>
<div data-testid="page-hints">Hint 1: use a hash map.</div>
<script>window.monaco = { editor: { getEditors: () => [{ hasTextFocus: () => true, getValue: () => ${JSON.stringify(CODE)} }] } };</script>
</body>`;
  return page.replace('</body>', giveaways);
}

export const stored = (background: Worker, key: string) =>
  background.evaluate((name) => chrome.storage.local.get(name).then((items) => items[name]), key);

export async function answer(panel: Page, text: string) {
  await panel.getByLabel('Your answer (type what you would say aloud)').fill(text);
  await panel.getByRole('button', { name: 'Answer', exact: true }).click();
  await expect(panel.getByTestId('mock-transcript')).toContainText(text);
}
