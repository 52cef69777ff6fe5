import * as z from 'zod/mini';
import { lazy } from '../lazy';
import { defineItem } from './item';
import { parseOr } from './repair';

/** The user's settings for pages, in storage.local (never synced). The model provider and its key are a separate item. */
const settingsSchema = lazy(() =>
  z.object({
    /** Show the small "Sparring" launcher button on supported pages. */
    showLauncher: z.boolean(),
  }),
);
export type Settings = z.infer<ReturnType<typeof settingsSchema>>;

export const DEFAULT_SETTINGS: Settings = { showLauncher: true };

/** Each field is repaired on its own: a broken one falls back to its default, the others stay. */
const storedSettingsSchema = lazy(() =>
  z.object({
    showLauncher: z.catch(z.boolean(), DEFAULT_SETTINGS.showLauncher),
  }),
);

export const settingsItem = defineItem<Settings>('local', 'settings', {
  version: 1,
  fallback: DEFAULT_SETTINGS,
  repair: (raw) => parseOr(storedSettingsSchema(), raw, DEFAULT_SETTINGS),
});

export function loadSettings(): Promise<Settings> {
  return settingsItem.getValue();
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = z.parse(settingsSchema(), { ...(await loadSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}
