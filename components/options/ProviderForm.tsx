import { useId, useState } from 'react';

export type ProviderKind = 'offline' | 'openai' | 'compatible' | 'chrome-ai';

export interface ProviderFormValue {
  kind: ProviderKind;
  baseURL: string;
  model: string;
  /** Typed by the user in this session only; the stored key is never shown. */
  apiKey: string;
  dailyTokenCap: string;
}

export interface ProviderFormProps {
  value: ProviderFormValue;
  hasKey: boolean;
  models: string[];
  status: { tone: 'info' | 'ok' | 'error'; text: string } | null;
  busy: boolean;
  chromeAiNote: string | null;
  onChange(patch: Partial<ProviderFormValue>): void;
  onSave(): void;
  onTest(): void;
  onClearKey(): void;
}

const KIND_LABELS: Record<ProviderKind, string> = {
  offline: 'Offline coach (no model)',
  openai: 'OpenAI',
  compatible: 'OpenAI-compatible',
  'chrome-ai': "Chrome's built-in AI",
};

/** The provider settings form; saving, testing and permissions are the page's business. */
export function ProviderForm(props: ProviderFormProps) {
  const { value, hasKey, models, status, busy, chromeAiNote, onChange } = props;
  const ids = { kind: useId(), url: useId(), key: useId(), model: useId(), cap: useId(), list: useId() };
  const [showKey, setShowKey] = useState(false);
  const needsServer = value.kind === 'openai' || value.kind === 'compatible';
  return (
    <form
      className="provider-form"
      onSubmit={(event) => {
        event.preventDefault();
        props.onSave();
      }}
    >
      <div className="field">
        <label htmlFor={ids.kind}>Provider</label>
        <select
          id={ids.kind}
          value={value.kind}
          onChange={(event) => onChange({ kind: event.currentTarget.value as ProviderKind })}
        >
          {(Object.keys(KIND_LABELS) as ProviderKind[]).map((kind) => (
            <option key={kind} value={kind}>
              {KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </div>
      {value.kind === 'chrome-ai' && chromeAiNote && <p className="note">{chromeAiNote}</p>}
      {needsServer && (
        <>
          <div className="field">
            <label htmlFor={ids.url}>Base URL</label>
            <input
              id={ids.url}
              type="url"
              value={value.baseURL}
              placeholder="http://localhost:11434/v1"
              readOnly={value.kind === 'openai'}
              onChange={(event) => onChange({ baseURL: event.currentTarget.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={ids.key}>API key</label>
            <input
              id={ids.key}
              type={showKey ? 'text' : 'password'}
              autoComplete="off"
              value={value.apiKey}
              placeholder={hasKey ? 'A key is saved (type to replace it)' : 'sk-…'}
              onChange={(event) => onChange({ apiKey: event.currentTarget.value })}
            />
            <button type="button" onClick={() => setShowKey(!showKey)}>
              {showKey ? 'Hide' : 'Show'}
            </button>
            {hasKey && (
              <button type="button" onClick={props.onClearKey}>
                Remove saved key
              </button>
            )}
          </div>
          <div className="field">
            <label htmlFor={ids.model}>Model</label>
            <input
              id={ids.model}
              list={ids.list}
              value={value.model}
              onChange={(event) => onChange({ model: event.currentTarget.value })}
            />
            <datalist id={ids.list}>
              {models.map((model) => (
                <option key={model} value={model} />
              ))}
            </datalist>
          </div>
          <div className="field">
            <label htmlFor={ids.cap}>Daily token cap</label>
            <input
              id={ids.cap}
              inputMode="numeric"
              placeholder="No cap"
              value={value.dailyTokenCap}
              onChange={(event) => onChange({ dailyTokenCap: event.currentTarget.value })}
            />
          </div>
        </>
      )}
      <div className="actions">
        <button type="submit" disabled={busy}>
          Save
        </button>
        {value.kind !== 'offline' && (
          <button type="button" disabled={busy} onClick={props.onTest}>
            Test connection
          </button>
        )}
      </div>
      <p role="status" aria-live="polite" className={status ? `status status-${status.tone}` : 'status'}>
        {status?.text ?? ''}
      </p>
    </form>
  );
}
