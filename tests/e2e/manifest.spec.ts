import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

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

test('the Firefox build uses sidebar_action and carries a gecko id', () => {
  const m = manifest('firefox-mv2');
  expect(m.sidebar_action.default_panel).toBe('sidepanel.html');
  expect(m.browser_specific_settings.gecko.id).toMatch(/@/);
  expect(m.permissions).not.toContain('sidePanel');
});
