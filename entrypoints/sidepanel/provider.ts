import { useEffect, useState } from 'react';
import { ProviderGet, type ProviderView, sendMessage } from '@/lib/messaging';
import { dailyTokenCapItem, providerItem } from '@/lib/storage/llm';

/** The configured provider (without its key), refreshed when the options page saves a new one. */
export function useProvider(): ProviderView | null {
  const [view, setView] = useState<ProviderView | null>(null);
  useEffect(() => {
    const load = () => void sendMessage(ProviderGet, {}).then(setView, () => setView(null));
    load();
    // Told only that they changed: the panel never handles the provider's key.
    const unwatch = [providerItem.onChange(load), dailyTokenCapItem.onChange(load)];
    return () => {
      for (const stop of unwatch) stop();
    };
  }, []);
  return view;
}
