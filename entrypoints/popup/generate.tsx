import { useEffect, useState } from 'react';
import { GenerateBar } from '@/components/quiz/GenerateBar';
import { ProviderGet, QuizGenerate, sendMessage } from '@/lib/messaging';
import { useQuiz } from './store';

/**
 * Loaded after the first question is on screen (it brings the protocol's schemas, which the
 * popup's first paint does without), and shown only when a model is configured.
 */
export function Generate() {
  const view = useQuiz((state) => state.view);
  const [enabled, setEnabled] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  useEffect(() => {
    void sendMessage(ProviderGet, {}).then(
      (provider) => setEnabled(provider.kind !== 'offline'),
      () => setEnabled(false),
    );
  }, []);
  if (!enabled) return null;

  const run = (request: Parameters<typeof sendMessage<typeof QuizGenerate>>[1]) => {
    setBusy(true);
    setStatus(null);
    void sendMessage(QuizGenerate, request)
      .then(async (result) => {
        setStatus({ tone: 'ok', text: result.message });
        if (result.added > 0) await useQuiz.getState().reload();
      })
      .catch((error: unknown) => setStatus({ tone: 'error', text: (error as Error).message }))
      .finally(() => setBusy(false));
  };
  const question = view.kind === 'question' ? view.pick.question : null;
  return (
    <GenerateBar
      canMoreLike={question !== null}
      busy={busy}
      status={status}
      onMoreLike={() =>
        question && run({ kind: 'more-like', questionId: question.id, topic: question.topic })
      }
      onForRole={() => run({ kind: 'target-role' })}
    />
  );
}
