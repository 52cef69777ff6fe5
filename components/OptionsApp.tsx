import type { Settings } from '@/lib/settings';

export interface OptionsAppProps {
  settings: Settings;
  saved: boolean;
  onChange(patch: Partial<Settings>): void;
}

export function OptionsApp({ settings, saved, onChange }: OptionsAppProps) {
  return (
    <main className="panel options">
      <h1 className="context-title">Sparring settings</h1>
      <label>
        <input
          type="checkbox"
          checked={settings.showLauncher}
          onChange={(event) => onChange({ showLauncher: event.currentTarget.checked })}
        />{' '}
        Show the Sparring button on supported pages
      </label>
      <p role="status" aria-live="polite">
        {saved ? 'Saved.' : ''}
      </p>
    </main>
  );
}
