import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { OptionsApp } from '@/components/OptionsApp';
import { DataTransfer } from '@/components/options/DataTransfer';
import '@/components/theme.css';
import { exportProgress, importProgress } from '@/lib/quiz/transfer';
import { loadSettings, type Settings, saveSettings } from '@/lib/settings';
import { ProviderSection } from './provider';

function download(name: string, json: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState(false);
  const [dataStatus, setDataStatus] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
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
      provider={<ProviderSection />}
      data={
        <DataTransfer
          status={dataStatus}
          onExport={() =>
            void exportProgress().then((json) => {
              download(`sparring-quiz-${new Date().toISOString().slice(0, 10)}.json`, json);
              setDataStatus({ tone: 'ok', text: 'Exported.' });
            })
          }
          onImport={(file) =>
            void file.text().then(async (json) => {
              const result = await importProgress(json);
              setDataStatus(
                result.ok
                  ? { tone: 'ok', text: `Imported progress on ${result.questions} questions.` }
                  : { tone: 'error', text: result.error },
              );
            })
          }
        />
      }
    />
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
