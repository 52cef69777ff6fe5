import { expect, fixture, test } from './fixtures';

test('the panel refuses on a LeetCode contest problem, says why and links to its practice page', async ({
  context,
  serve,
  openPanel,
}) => {
  const url =
    'https://leetcode.com/contest/weekly-contest-400/problems/minimum-number-of-chairs-in-a-waiting-room/';
  await serve({ [url]: await fixture('blocked/leetcode-contest.html') });
  const page = await context.newPage();
  await page.goto(url);
  const panel = await openPanel(page);
  await expect(panel.locator('.context-title')).toHaveText('Sparring is off on this page');
  await expect(panel.getByTestId('blocked-reason')).toHaveText(
    'This is a contest problem. Sparring does not help in contests; practise it once the contest is over.',
  );
  await expect(panel.getByRole('link', { name: /practice page/i })).toHaveAttribute(
    'href',
    'https://leetcode.com/problems/minimum-number-of-chairs-in-a-waiting-room/',
  );
  // Nothing of the coach, and no paste box to route around the refusal.
  await expect(panel.getByTestId('context-title')).toHaveCount(0);
  await expect(panel.getByRole('button', { name: /hint|techniques|analyse/i })).toHaveCount(0);
  // Nothing of Sparring in the page, not even a hidden launcher.
  await expect(page.locator('sparring-launcher')).toHaveCount(0);
});

test('the panel refuses while a Codeforces, AtCoder or CodeChef round runs, as the page shows it', async ({
  context,
  serve,
  openPanel,
}) => {
  // AtCoder's window is compared with the clock: the page is given one around now.
  const stamp = (ms: number) => {
    const tokyo = new Date(ms + 9 * 3600_000).toISOString();
    return `${tokyo.slice(0, 10)} ${tokyo.slice(11, 19)}+0900`;
  };
  const atcoderPage = (await fixture('atcoder/contest-running.html'))
    .replace('2025-06-14 21:00:00+0900', stamp(Date.now() - 3600_000))
    .replace('2025-06-14 22:40:00+0900', stamp(Date.now() + 3600_000));
  const rounds = {
    'https://codeforces.com/contest/1520/problem/D': await fixture('codeforces/contest-running.html'),
    'https://atcoder.jp/contests/abc409/tasks/abc409_b': atcoderPage,
    'https://www.codechef.com/START150D/problems/LAMPROWS': await fixture('codechef/contest-running.html'),
  };
  await serve(rounds);
  for (const url of Object.keys(rounds)) {
    const page = await context.newPage();
    await page.goto(url);
    const panel = await openPanel(page);
    await expect(panel.locator('.context-title')).toHaveText('Sparring is off on this page');
    await expect(panel.getByTestId('blocked-reason')).toContainText('This contest is running');
    await panel.close();
  }

  // Once the round is over the same problem is practice.
  await serve({
    'https://codeforces.com/contest/1520/problem/E': await fixture('codeforces/contest-finished.html'),
  });
  const after = await context.newPage();
  await after.goto('https://codeforces.com/contest/1520/problem/E');
  const panel = await openPanel(after);
  await expect(panel.getByTestId('context-title')).toHaveText('Same Differences');
});
