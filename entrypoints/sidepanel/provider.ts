import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type * as z from 'zod/mini';
import { ProviderGet, type ProviderView, sendMessage } from '@/lib/messaging';

/** The configured provider (without its key), refreshed when the options page saves a new one. */
export function useProvider(): z.infer<typeof ProviderView> | null {
  const [view, setView] = useState<z.infer<typeof ProviderView> | null>(null);
  useEffect(() => {
    const load = () => void sendMessage(ProviderGet, {}).then(setView, () => setView(null));
    load();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && ('provider' in changes || 'dailyTokenCap' in changes)) load();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  return view;
}
