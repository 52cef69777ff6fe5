import { useId, useState } from 'react';
import './ProviderForm.css';
import { PROVIDER_KINDS, PROVIDERS, type ProviderKind } from '@/lib/llm/providers';

export interface ProviderFormValue {
  kind: ProviderKind;
  baseURL: string;
  model: string;
  /** Typed by the user in this session only; the stored key is never shown. */
  apiKey: string;
  dailyTokenCap: string;
  /** Seconds to wait for the first word; empty for the server's default. */
  firstTokenTimeoutSec: string;
}

export interface ProviderFormProps {
  value: ProviderFormValue;
  /** A key is saved for the origin the form points at (a key saved for another is never sent here). */
  hasKey: boolean;
  /** Why no saved key applies here, e.g. it was entered for another server; null when nothing to say. */
  keyNote: string | null;
  /** Said while the base URL is a remote server over plain http. */
  cleartextWarning: string | null;
  /** The first-word wait used when the field is empty, in seconds. */
  defaultTimeoutSec: number;
  models: string[];
  status: { tone: 'info' | 'ok' | 'warn' | 'error'; text: string } | null;
  busy: boolean;
  chromeAiNote: string | null;
  onChange(patch: Partial<ProviderFormValue>): void;
  onSave(): void;
  onTest(): void;
  onClearKey(): void;
}

/** The provider settings form, its fields read from the provider table; saving, testing and permissions are the page's business. */
export function ProviderForm(props: ProviderFormProps) {
  const { value, hasKey, models, status, busy, chromeAiNote, onChange } = props;
  const spec = PROVIDERS[value.kind];
  const ids = {
    kind: useId(),
    url: useId(),
    key: useId(),
    keyNote: useId(),
    model: useId(),
    cap: useId(),
    list: useId(),
    timeout: useId(),
  };
  const [showKey, setShowKey] = useState(false);
  const usesModel = spec.transport !== 'none';
  const keyPlaceholder = hasKey
    ? 'A key is saved for this server (type to replace it)'
    : spec.key === 'optional'
      ? 'None, or this server’s key'
      : 'sk-…';
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
          {PROVIDER_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {PROVIDERS[kind].label}
            </option>
          ))}
        </select>
      </div>
      {spec.transport === 'chrome-ai' && chromeAiNote && <p className="note">{chromeAiNote}</p>}
      {spec.needsServer && (
        <div className="field">
          <label htmlFor={ids.url}>Base URL</label>
          <input
            id={ids.url}
            type="url"
            value={value.baseURL}
            placeholder={spec.defaultBaseURL}
            readOnly={spec.fixedBaseURL !== undefined}
            onChange={(event) => onChange({ baseURL: event.currentTarget.value })}
          />
        </div>
      )}
      {spec.needsServer && props.cleartextWarning && (
        <p className="note note-warn" data-testid="cleartext-warning">
          {props.cleartextWarning}
        </p>
      )}
      {spec.key !== 'none' && (
        <div className="field">
          <label htmlFor={ids.key}>API key</label>
          <input
            id={ids.key}
            type={showKey ? 'text' : 'password'}
            autoComplete="off"
            value={value.apiKey}
            placeholder={keyPlaceholder}
            aria-describedby={props.keyNote ? ids.keyNote : undefined}
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
          {props.keyNote && (
            <p className="note" id={ids.keyNote} data-testid="key-note">
              {props.keyNote}
            </p>
          )}
        </div>
      )}
      {spec.needsServer && (
        <div className="field">
          <label htmlFor={ids.model}>Model</label>
          <input
            id={ids.model}
            list={ids.list}
            value={value.model}
            placeholder={spec.defaultModel}
            onChange={(event) => onChange({ model: event.currentTarget.value })}
          />
          <datalist id={ids.list}>
            {models.map((model) => (
              <option key={model} value={model} />
            ))}
          </datalist>
        </div>
      )}
      {usesModel && (
        <div className="field">
          <label htmlFor={ids.timeout}>Wait for the first word (seconds)</label>
          <input
            id={ids.timeout}
            inputMode="numeric"
            placeholder={`${props.defaultTimeoutSec} (default for this server)`}
            value={value.firstTokenTimeoutSec}
            onChange={(event) => onChange({ firstTokenTimeoutSec: event.currentTarget.value })}
          />
        </div>
      )}
      {usesModel && (
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
      )}
      <div className="actions">
        <button type="submit" disabled={busy}>
          Save
        </button>
        {usesModel && (
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
