import type { ReactNode } from 'react';
import type { Settings } from '@/lib/storage/settings';

export interface OptionsAppProps {
  settings: Settings;
  saved: boolean;
  onChange(patch: Partial<Settings>): void;
  /** The model provider section. */
  provider: ReactNode;
  /** The export/import section. */
  data: ReactNode;
}

export function OptionsApp({ settings, saved, onChange, provider, data }: OptionsAppProps) {
  return (
    <main className="panel options">
      <h1 className="context-title">Sparring settings</h1>
      <section aria-labelledby="options-model">
        <h2 id="options-model">Model provider</h2>
        <p className="note">
          Sparring coaches offline by default. A model makes it richer: your key stays in this browser and is
          sent only to the provider you choose.
        </p>
        {provider}
      </section>
      <section aria-labelledby="options-pages">
        <h2 id="options-pages">Pages</h2>
        <label>
          <input
            type="checkbox"
            checked={settings.showLauncher}
            onChange={(event) => onChange({ showLauncher: event.currentTarget.checked })}
          />{' '}
          Show the Sparring button on supported pages
        </label>
        <p role="status" aria-live="polite" data-testid="pages-status" className="status-ok">
          {saved ? 'Saved.' : ''}
        </p>
      </section>
      <section aria-labelledby="options-data">
        <h2 id="options-data">Your data</h2>
        {data}
      </section>
    </main>
  );
}
