import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type * as z from 'zod/mini';
import { ProviderForm, type ProviderFormValue } from '@/components/options/ProviderForm';
import {
  chromeAIStatus,
  DEFAULT_COMPATIBLE_BASE_URL,
  DEFAULT_OPENAI_MODEL,
  hostPermissionPattern,
  OPENAI_BASE_URL,
} from '@/lib/llm/providers';
import { ProviderGet, ProviderSave, ProviderTest, sendMessage } from '@/lib/messaging';
import type { ProviderDraft } from '@/lib/messaging/protocol';
import { onTheOptionsPage } from './wording';

type Status = { tone: 'info' | 'ok' | 'error'; text: string } | null;

function draftOf(value: ProviderFormValue, clearKey: boolean): z.infer<typeof ProviderDraft> {
  const cap = Number.parseInt(value.dailyTokenCap, 10);
  return {
    kind: value.kind,
    baseURL: value.kind === 'openai' ? OPENAI_BASE_URL : value.baseURL.trim(),
    model: value.model.trim(),
    ...(value.apiKey || clearKey ? { apiKey: value.apiKey.trim() } : {}),
    dailyTokenCap: Number.isFinite(cap) && cap > 0 ? cap : null,
  };
}

/**
 * Ask for a remote server's host permission, synchronously inside the click (the request needs the
 * gesture). Without it the background's requests to that server fail as if it were unreachable.
 */
function hostPermission(draft: z.infer<typeof ProviderDraft>): Promise<void> {
  const pattern = draft.kind === 'compatible' ? hostPermissionPattern(draft.baseURL) : null;
  if (!pattern) return Promise.resolve();
  return browser.permissions.request({ origins: [pattern] }).then((granted) => {
    if (!granted) throw new Error(`Sparring needs permission to reach ${pattern} to use that server.`);
  });
}

/**
 * The provider section of the options page. Saving or testing a remote OpenAI-compatible server
 * first asks for its host permission.
 */
export function ProviderSection() {
  const [value, setValue] = useState<ProviderFormValue | null>(null);
  const [hasKey, setHasKey] = useState(false);
  const [models, setModels] = useState<string[]>([]);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const [chromeAiNote, setChromeAiNote] = useState<string | null>(null);

  useEffect(() => {
    void sendMessage(ProviderGet, {}).then((view) => {
      setHasKey(view.hasKey);
      setValue({
        kind: view.kind,
        baseURL: view.baseURL || DEFAULT_COMPATIBLE_BASE_URL,
        model: view.model,
        apiKey: '',
        dailyTokenCap: view.dailyTokenCap ? String(view.dailyTokenCap) : '',
      });
    });
    void chromeAIStatus(globalThis).then((s) => setChromeAiNote(s.reason));
  }, []);

  if (!value) return null;

  const save = (clearKey = false) => {
    const draft = draftOf(value, clearKey);
    const permitted = hostPermission(draft);
    setBusy(true);
    setStatus({ tone: 'info', text: 'Saving…' });
    void permitted
      .then(() => sendMessage(ProviderSave, draft))
      .then((view) => {
        setHasKey(view.hasKey);
        setValue({ ...value, apiKey: '', model: view.model || value.model });
        setStatus({ tone: 'ok', text: 'Saved.' });
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

  return (
    <ProviderForm
      value={value}
      hasKey={hasKey}
      models={models}
      status={status}
      busy={busy}
      chromeAiNote={chromeAiNote}
      onChange={(patch) => {
        const next = { ...value, ...patch };
        if (patch.kind === 'openai' && !next.model) next.model = DEFAULT_OPENAI_MODEL;
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
