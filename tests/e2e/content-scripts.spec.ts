import type { Page } from '@playwright/test';
import { expect, fixture, storedContexts, tabIdOf, test } from './fixtures';

/** The extension scripts Chromium parses for a page, by file name. */
async function extensionScriptsOf(page: Page, url: string): Promise<string[]> {
  const session = await page.context().newCDPSession(page);
  const scripts: string[] = [];
  session.on('Debugger.scriptParsed', (event) => {
    if (event.url.startsWith('chrome-extension://')) scripts.push(new URL(event.url).pathname);
  });
  await session.send('Debugger.enable');
  await page.goto(url);
  return scripts;
}

test('assessment pages carry no trace of Sparring: no script, no element, nothing reported', async ({
  context,
  serve,
  background,
}) => {
  const pages = {
    'https://www.hackerrank.com/test/a1b2c3d4e5/questions/f6g7h8': await fixture(
      'blocked/hackerrank-test.html',
    ),
    'https://app.codesignal.com/assessment/Xy12AbCdEf': await fixture('blocked/codesignal-assessment.html'),
  };
  await serve(pages);
  for (const url of Object.keys(pages)) {
    const page = await context.newPage();
    const scripts = await extensionScriptsOf(page, url);
    await page.waitForTimeout(300);
    expect(scripts).toEqual([]);
    expect(await page.evaluate(() => document.querySelectorAll('sparring-launcher').length)).toBe(0);
  }
  expect(Object.values(await storedContexts(background))).toEqual([]);
});

test('each content script runs on its own group of sites only', async ({ context, serve, background }) => {
  const posting = await fixture('greenhouse/job-boards.html');
  const board = 'https://job-boards.greenhouse.io/northwindlabs/jobs/4012345008';
  // The same posting (schema.org JSON-LD and all) on a coding site: the coding script has no job readers.
  const onCodingSite = 'https://leetcode.com/discuss/career/4012345008/';
  const problem = 'https://codeforces.com/problemset/problem/1520/D';
  const elsewhere = 'https://example.org/jobs/4012345008';
  await serve({
    [board]: posting,
    [onCodingSite]: posting,
    [problem]: await fixture('codeforces/1520d-problemset.html'),
    [elsewhere]: posting,
  });

  const boardPage = await context.newPage();
  const boardScripts = await extensionScriptsOf(boardPage, board);
  const problemPage = await context.newPage();
  const problemScripts = await extensionScriptsOf(problemPage, problem);
  await context.newPage().then((page) => page.goto(onCodingSite));
  await context.newPage().then((page) => page.goto(elsewhere));

  const contextOf = async (url: string) => (await storedContexts(background))[await tabIdOf(background, url)];
  expect(await contextOf(board)).toMatchObject({ kind: 'job', site: 'greenhouse' });
  expect(await contextOf(problem)).toMatchObject({ kind: 'problem', site: 'codeforces' });
  expect(await contextOf(onCodingSite)).toMatchObject({ kind: 'none' });
  // One script per group of sites: a page loads its own group's readers and no other.
  expect(boardScripts).toEqual(['/content-scripts/ats.js']);
  expect(problemScripts).toEqual(['/content-scripts/judges.js']);

  // No content script on a site Sparring does not support: that tab never reports a context.
  const reportedUrls = async () => Object.values(await storedContexts(background)).map((c) => c.url);
  await expect.poll(reportedUrls).toHaveLength(3);
  await problemPage.waitForTimeout(300);
  expect(await reportedUrls()).not.toContain(elsewhere);
});

/** Fixture pages a content script reads (not "Read this page"), with the context the CLI gives. */
async function contentScriptFixtures(): Promise<
  { name: string; url: string; html: string; context: unknown }[]
> {
  const { readdir } = await import('node:fs/promises');
  const { matchesPattern } = await import('../../lib/extract/pipeline');
  const { CODING_EXCLUDES, CODING_MATCHES } = await import('../../lib/extract/coding');
  const { JOB_MATCHES } = await import('../../lib/extract/jobs');
  const covered = (url: URL) =>
    (CODING_MATCHES.some((p) => matchesPattern(p, url)) &&
      !CODING_EXCLUDES.some((p) => matchesPattern(p, url))) ||
    JOB_MATCHES.some((p) => matchesPattern(p, url));
  const out = [];
  for (const site of await readdir('tests/fixtures')) {
    if (site === 'coach') continue;
    const files = await readdir(`tests/fixtures/${site}`).catch(() => [] as string[]);
    for (const file of files.filter((f) => f.endsWith('.expected.json'))) {
      const expected = JSON.parse(await fixture(site, file)) as {
        url: string;
        now?: string;
        context: unknown;
      };
      // A contest page pinned to a moment reads differently at the real time.
      if (expected.now || !covered(new URL(expected.url))) continue;
      const name = `${site}/${file.replace('.expected.json', '')}`;
      out.push({
        name,
        url: expected.url,
        html: await fixture(site, file.replace('.expected.json', '.html')),
        context: expected.context,
      });
    }
  }
  return out;
}

test('the content scripts read every fixture page exactly as the CLI does, hidden text included', async ({
  context,
  background,
}) => {
  test.setTimeout(180_000);
  const pages = await contentScriptFixtures();
  expect(pages.map((page) => page.name)).toContain('leetcode/planted-hidden-instructions');
  expect(pages.map((page) => page.name)).toContain('greenhouse/planted-hidden-instructions');
  const tab = await context.newPage();
  for (const page of pages) {
    await context.route(
      (url) => url.href === page.url,
      (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page.html }),
    );
    await tab.goto(page.url);
    const stored = async () =>
      Object.values(await storedContexts(background)).find((c) => c.url === page.url) ?? null;
    await expect.poll(stored, { message: page.name }).toEqual(page.context);
  }
});
