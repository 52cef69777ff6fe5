import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import {
  ProviderForm,
  type ProviderFormProps,
  type ProviderFormValue,
} from '@/components/options/ProviderForm';
import {
  chromeAIStatus,
  firstTokenTimeoutMs,
  hostPermissionPattern,
  isCleartextRemote,
  originOf,
  PROVIDERS,
} from '@/lib/llm/providers';
import { ProviderGet, ProviderSave, ProviderTest, sendMessage } from '@/lib/messaging';
import type { ProviderDraft, ProviderView } from '@/lib/messaging/protocol';
import { onTheOptionsPage } from './wording';

type Status = ProviderFormProps['status'];
type View = ProviderView;

function positive(text: string): number | null {
  const value = Number.parseInt(text, 10);
  return Number.isFinite(value) && value > 0 ? value : null;
}

function baseURLOf(value: ProviderFormValue): string {
  return PROVIDERS[value.kind].fixedBaseURL ?? value.baseURL.trim();
}

function draftOf(value: ProviderFormValue, clearKey: boolean): ProviderDraft {
  return {
    kind: value.kind,
    baseURL: baseURLOf(value),
    model: value.model.trim(),
    ...(value.apiKey || clearKey ? { apiKey: value.apiKey.trim() } : {}),
    dailyTokenCap: positive(value.dailyTokenCap),
    firstTokenTimeoutSec: positive(value.firstTokenTimeoutSec),
  };
}

const CLEARTEXT =
  'This server is reached over plain http: your API key and your code would cross the network unencrypted. Use https:// unless the server is on a network you trust.';

/**
 * Ask for a remote server's host permission, synchronously inside the click (the request needs the
 * gesture). Without it the background's requests to that server fail as if it were unreachable.
 */
function hostPermission(draft: ProviderDraft): Promise<void> {
  const pattern = PROVIDERS[draft.kind].needsServer ? hostPermissionPattern(draft.baseURL) : null;
  if (!pattern) return Promise.resolve();
  return browser.permissions.request({ origins: [pattern] }).then((granted) => {
    if (!granted) throw new Error(`Sparring needs permission to reach ${pattern} to use that server.`);
  });
}

/** What the key field says when the saved key belongs to another server than the one typed. */
function keyNote(view: View, value: ProviderFormValue): string | null {
  const origin = originOf(baseURLOf(value));
  if (!view.hasKey || !origin || view.keyOrigin === origin) return null;
  return `The saved key was entered for ${view.keyOrigin} and is never sent to ${origin}. Enter a key for this server${PROVIDERS[value.kind].key === 'optional' ? ', or leave it empty if it takes none' : ''}.`;
}

/**
 * The provider section of the options page. Saving or testing a remote OpenAI-compatible server
 * first asks for its host permission.
 */
export function ProviderSection() {
  const [value, setValue] = useState<ProviderFormValue | null>(null);
  const [view, setView] = useState<View | null>(null);
  const [models, setModels] = useState<string[]>([]);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const [chromeAiNote, setChromeAiNote] = useState<string | null>(null);

  useEffect(() => {
    void sendMessage(ProviderGet, {}).then((saved) => {
      setView(saved);
      setValue({
        kind: saved.kind,
        baseURL: saved.baseURL || PROVIDERS.compatible.defaultBaseURL || '',
        model: saved.model,
        apiKey: '',
        dailyTokenCap: saved.dailyTokenCap ? String(saved.dailyTokenCap) : '',
        firstTokenTimeoutSec: saved.firstTokenTimeoutSec ? String(saved.firstTokenTimeoutSec) : '',
      });
    });
    void chromeAIStatus(globalThis).then((s) => setChromeAiNote(s.reason));
  }, []);

  if (!value || !view) return null;
  const baseURL = baseURLOf(value);
  const hasKey = view.hasKey && view.keyOrigin === originOf(baseURL);
  const cleartext = PROVIDERS[value.kind].needsServer && isCleartextRemote(baseURL);

  const save = (clearKey = false) => {
    const draft = draftOf(value, clearKey);
    const permitted = hostPermission(draft);
    setBusy(true);
    setStatus({ tone: 'info', text: 'Saving…' });
    void permitted
      .then(() => sendMessage(ProviderSave, draft))
      .then((saved) => {
        setView(saved);
        setValue({ ...value, apiKey: '', model: saved.model || value.model });
        setStatus(cleartext ? { tone: 'warn', text: `Saved. ${CLEARTEXT}` } : { tone: 'ok', text: 'Saved.' });
      })
      .catch((error: unknown) =>
        setStatus({ tone: 'error', text: onTheOptionsPage((error as Error).message) }),
      )
      .finally(() => setBusy(false));
  };

  const test = () => {
    const draft = draftOf(value, false);
    // Testing a remote server reaches it too, so it needs the same permission as saving it.
    const permitted = hostPermission(draft);
    setBusy(true);
    setStatus({ tone: 'info', text: 'Testing the connection…' });
    void permitted
      .then(() => sendMessage(ProviderTest, draft))
      .then((result) => {
        setModels(result.models);
        setStatus({ tone: result.ok ? 'ok' : 'error', text: onTheOptionsPage(result.message) });
      })
      .catch((error: unknown) =>
        setStatus({ tone: 'error', text: onTheOptionsPage((error as Error).message) }),
      )
      .finally(() => setBusy(false));
  };

  const defaultTimeoutSec = firstTokenTimeoutMs({ kind: value.kind, baseURL, model: value.model }) / 1000;

  return (
    <ProviderForm
      value={value}
      hasKey={hasKey}
      keyNote={keyNote(view, value)}
      cleartextWarning={cleartext ? CLEARTEXT : null}
      defaultTimeoutSec={defaultTimeoutSec}
      models={models}
      status={status}
      busy={busy}
      chromeAiNote={chromeAiNote}
      onChange={(patch) => {
        const next = { ...value, ...patch };
        const defaultModel = patch.kind ? PROVIDERS[patch.kind].defaultModel : undefined;
        if (defaultModel && !next.model) next.model = defaultModel;
        setValue(next);
      }}
      onSave={() => save()}
      onTest={test}
      onClearKey={() => {
        setValue({ ...value, apiKey: '' });
        save(true);
      }}
    />
  );
}
