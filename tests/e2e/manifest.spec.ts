import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { bundleSize } from '../support/bundle';

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/** Whether a manifest match pattern (`https://*.host/*`) covers a URL. */
function covers(pattern: string, href: string): boolean {
  if (pattern === '<all_urls>') return true;
  const [, scheme, host, path] = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern) ?? [];
  if (!scheme || !host || !path) return false;
  const url = new URL(href);
  const schemeOk = scheme === '*' ? /^https?:$/.test(url.protocol) : url.protocol === `${scheme}:`;
  const hostOk =
    host === '*' ||
    (host.startsWith('*.')
      ? url.hostname === host.slice(2) || url.hostname.endsWith(host.slice(1))
      : url.hostname === host);
  const pathOk = new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(
    url.pathname + url.search,
  );
  return schemeOk && hostOk && pathOk;
}

/** The refused pages the fixtures hold (`tests/fixtures/blocked/`), by their real URLs. */
function refusedUrls(): string[] {
  const dir = 'tests/fixtures/blocked';
  return readdirSync(dir)
    .filter((file) => file.endsWith('.expected.json'))
    .map((file) => (JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as { url: string }).url);
}

function manifest(target: string) {
  return JSON.parse(readFileSync(`.output/${target}/manifest.json`, 'utf8'));
}

test('the Chrome build is MV3 with a side panel, a worker, a popup, options and narrow content scripts', () => {
  const m = manifest('chrome-mv3');
  expect(m.manifest_version).toBe(3);
  expect(m.side_panel.default_path).toBe('sidepanel.html');
  expect(m.background.service_worker).toBe('background.js');
  expect(m.action.default_popup).toBe('popup.html');
  expect(m.options_ui.page).toBe('options.html');
  expect(m.permissions).toContain('sidePanel');
  const everything = ['<all_urls>', '*://*/*', 'https://*/*', 'http://*/*'];
  for (const pattern of m.host_permissions ?? []) expect(everything).not.toContain(pattern);
  for (const script of m.content_scripts) {
    for (const pattern of script.matches) {
      expect(everything).not.toContain(pattern);
      expect(pattern).toMatch(/^https:\/\/[a-z0-9.*-]+\.[a-z]+\//);
    }
  }
});

test('the coding content scripts, in both builds, never run on the assessment paths of their hosts', async () => {
  const { CODING_EXCLUDES, CODING_MATCHES } = await import('../../lib/extract/coding');
  for (const target of ['chrome-mv3', 'firefox-mv2']) {
    const scripts: { matches: string[]; exclude_matches?: string[] }[] = manifest(target).content_scripts;
    const coding = scripts.filter((script) =>
      script.matches.some((pattern) => CODING_MATCHES.includes(pattern)),
    );
    // LeetCode's, the other practice sites' and the judges'.
    expect(coding.length, target).toBe(3);
    for (const script of coding) expect(script.exclude_matches, target).toEqual(CODING_EXCLUDES);
  }
});

test('the Firefox build uses sidebar_action and carries a gecko id', () => {
  const m = manifest('firefox-mv2');
  expect(m.sidebar_action.default_panel).toBe('sidepanel.html');
  expect(m.browser_specific_settings.gecko.id).toMatch(/@/);
  expect(m.permissions).not.toContain('sidePanel');
});

for (const [target, actionKey] of [
  ['chrome-mv3', 'action'],
  ['firefox-mv2', 'browser_action'],
] as const) {
  test(`the ${target} build has Sparring's icon at 16, 32, 48 and 128 px, in the manifest and on the toolbar button`, () => {
    const m = manifest(target);
    const sizes = ['16', '32', '48', '128'];
    for (const icons of [m.icons, m[actionKey].default_icon]) {
      expect(Object.keys(icons).sort()).toEqual([...sizes].sort());
      for (const size of sizes) {
        expect(pngSize(`.output/${target}/${icons[size]}`)).toEqual([Number(size), Number(size)]);
      }
    }
  });
}

test('a page cannot fetch anything of Sparring, and Sparring holds no host access to refused sites', () => {
  const m = manifest('chrome-mv3');
  // Web-accessible only through the per-session dynamic URL: no page can probe for a fixed one.
  for (const entry of m.web_accessible_resources) expect(entry.use_dynamic_url).toBe(true);
  const urls = refusedUrls();
  expect(urls.length).toBeGreaterThanOrEqual(5);
  for (const url of urls) {
    for (const pattern of m.host_permissions)
      expect(covers(pattern, url), `${pattern} covers ${url}`).toBe(false);
  }
});

test('the service worker carries no OpenAI client class, one zod build, no offline coach and no import()', () => {
  const out = '.output/chrome-mv3';
  const worker = bundleSize(out, 'background.js')
    .files.map((file) => readFileSync(`${out}/${file}`, 'utf8'))
    .join('\n');
  // A service worker cannot import(): a lazy chunk there once broke quiz generation.
  expect(worker).not.toMatch(/\bimport\(/);
  // The SDK's stream decoder and error classes, never its client, whose resource classes all come along.
  expect(worker).not.toContain('dangerouslyAllowBrowser');
  // zod/mini's core once; neither classic zod nor zod 3 (both name a schema "ZodString").
  expect(worker.match(/\{major:4,minor:\d+,patch:\d+\}/g)).toHaveLength(1);
  expect(worker).not.toMatch(/["'`]ZodString["'`]/);
  // The panel sends the offline analysis with each request: the worker has none of the coach.
  expect(worker).not.toContain('simple steps a second');
});
