import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, loadSettings, saveSettings } from '@/lib/storage/settings';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts from the defaults', async () => {
    await expect(loadSettings()).resolves.toEqual(DEFAULT_SETTINGS);
  });

  it('round-trips a change through storage.local', async () => {
    await saveSettings({ showLauncher: false });
    await expect(loadSettings()).resolves.toEqual({ showLauncher: false });
    expect(await fakeBrowser.storage.sync.get()).toEqual({});
  });

  it('repairs a corrupted store to the defaults instead of failing', async () => {
    await fakeBrowser.storage.local.set({ settings: { showLauncher: 'yes' } });
    await expect(loadSettings()).resolves.toEqual(DEFAULT_SETTINGS);
  });
});
