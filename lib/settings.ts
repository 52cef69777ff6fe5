import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';

/**
 * User settings, versioned: each change of shape bumps `version` and adds a migration, and each
 * migration has a test. Lives in storage.local (never sync: later versions hold the API key).
 */
export const Settings = z.object({
  /** Show the small "Sparring" launcher button on supported pages. */
  showLauncher: z.boolean(),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = { showLauncher: true };

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Read settings, repairing anything malformed (a hand-edited or corrupted store) to defaults. */
export async function loadSettings(): Promise<Settings> {
  const parsed = z.safeParse(Settings, await settingsItem.getValue());
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = z.parse(Settings, { ...(await loadSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}
