import { useEffect, useState } from 'react';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { mountPage } from '@/components/mount-page';
import { OptionsApp } from '@/components/OptionsApp';
import '@/components/theme.css';
import { loadSettings, type Settings, saveSettings } from '@/lib/storage/settings';
import { DataSection } from './data';
import { ProviderSection } from './provider';

function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    void loadSettings().then(setSettings);
  }, []);
  if (!settings) return null;
  return (
    <OptionsApp
      settings={settings}
      saved={saved}
      onChange={(patch) => {
        setSaved(false);
        // Show the change at once: a controlled checkbox waiting for storage would snap back.
        setSettings({ ...settings, ...patch });
        void saveSettings(patch).then((next) => {
          setSettings(next);
          setSaved(true);
        });
      }}
      provider={
        <ErrorBoundary name="The model provider settings">
          <ProviderSection />
        </ErrorBoundary>
      }
      data={
        <ErrorBoundary name="Your data">
          <DataSection />
        </ErrorBoundary>
      }
    />
  );
}

mountPage("Sparring's settings", <App />);
