import { expect, fixture, tabIdOf, test } from './fixtures';
import { launcherView } from './launcher';

const HAPPY_PREFIX = 'https://leetcode.com/problems/longest-happy-prefix/description/';

test('the LeetCode title reaches the side panel', async ({ context, serve, openPanel }) => {
  await serve({ [HAPPY_PREFIX]: await fixture('../e2e/pages/leetcode-longest-happy-prefix.html') });
  const page = await context.newPage();
  await page.goto(HAPPY_PREFIX);

  const panel = await openPanel(page);
  await expect(panel.getByTestId('context-title')).toHaveText('Longest Happy Prefix');
});

test('an in-app navigation to another problem updates the panel', async ({ context, serve, openPanel }) => {
  await serve({ [HAPPY_PREFIX]: await fixture('../e2e/pages/leetcode-longest-happy-prefix.html') });
  const page = await context.newPage();
  await page.goto(HAPPY_PREFIX);
  const panel = await openPanel(page);
  await expect(panel.getByTestId('context-title')).toHaveText('Longest Happy Prefix');

  // LeetCode's router changes the URL first and renders the new problem a moment later.
  await page.evaluate(async () => {
    history.pushState({}, '', '/problems/two-sum/description/');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const link = document.querySelector('a[href^="/problems/"]');
    if (link) {
      link.setAttribute('href', '/problems/two-sum/');
      link.textContent = '1. Two Sum';
    }
    document.title = 'Two Sum - LeetCode';
    const description = document.querySelector('[data-track-load="description_content"]');
    if (description) {
      description.innerHTML =
        '<p>Given an array of integers <code>nums</code> and an integer <code>target</code>, return indices of the two numbers such that they add up to <code>target</code>.</p>';
    }
  });

  await expect(panel.getByTestId('context-title')).toHaveText('Two Sum', { timeout: 1_500 });
});

test('the launcher on the page opens the side panel without an error', async ({
  context,
  serve,
  background,
}) => {
  await serve({ [HAPPY_PREFIX]: await fixture('../e2e/pages/leetcode-longest-happy-prefix.html') });
  const page = await context.newPage();
  await page.goto(HAPPY_PREFIX);
  // The button is in a closed shadow root: clicked where the user sees it.
  await expect.poll(async () => (await launcherView(page)).centre).not.toBeNull();
  const { centre, label } = await launcherView(page);
  expect(label).toBe('Open Sparring');
  await page.mouse.click(centre?.x ?? 0, centre?.y ?? 0);
  // The panel opens beside the tab, pinned to it.
  await expect
    .poll(() =>
      tabIdOf(background, HAPPY_PREFIX).then((tabId) =>
        background.evaluate(
          async (id) => (await chrome.sidePanel.getOptions({ tabId: id })).path ?? null,
          tabId,
        ),
      ),
    )
    .toMatch(/^sidepanel\.html\?tabId=\d+$/);
});

test('the options page stores the launcher setting and pages honour it', async ({
  context,
  serve,
  extensionId,
  background,
}) => {
  await serve({ [HAPPY_PREFIX]: await fixture('../e2e/pages/leetcode-longest-happy-prefix.html') });
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const toggle = options.getByLabel('Show the Sparring button on supported pages');
  await expect(toggle).toBeChecked();
  await toggle.uncheck();
  await expect(options.getByTestId('pages-status')).toHaveText('Saved.');

  await options.reload();
  await expect(options.getByLabel('Show the Sparring button on supported pages')).not.toBeChecked();

  const page = await context.newPage();
  await page.goto(HAPPY_PREFIX);
  // The content script has run once the page is reported; give the launcher time to (not) show.
  await tabIdOf(background, HAPPY_PREFIX);
  await page.waitForTimeout(300);
  await expect(page.locator('sparring-launcher')).toHaveCount(0);
});

test("LeetCode's tags and hints are asked for once per problem, not on every visit", async ({
  context,
  serve,
  openPanel,
}) => {
  await serve({ [HAPPY_PREFIX]: await fixture('../e2e/pages/leetcode-longest-happy-prefix.html') });
  const asked: string[] = [];
  await context.route('https://leetcode.com/graphql/', async (route) => {
    asked.push(route.request().postDataJSON().variables.titleSlug);
    await route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        data: {
          question: {
            titleSlug: 'longest-happy-prefix',
            difficulty: 'Hard',
            topicTags: [{ name: 'String' }, { name: 'Rolling Hash' }],
            hints: ['Use the prefix function.'],
          },
        },
      }),
    });
  });
  for (let visit = 0; visit < 3; visit++) {
    const page = await context.newPage();
    await page.goto(HAPPY_PREFIX);
    const panel = await openPanel(page);
    // The tags reached the panel's context on every visit…
    await expect
      .poll(() =>
        panel.evaluate(async () => {
          const tabId = Number(new URLSearchParams(location.search).get('tabId'));
          return JSON.stringify(await chrome.runtime.sendMessage({ type: 'context/get', data: { tabId } }));
        }),
      )
      .toContain('Rolling Hash');
    await page.close();
    await panel.close();
  }
  // …but LeetCode was asked once.
  expect(asked).toEqual(['longest-happy-prefix']);
});
