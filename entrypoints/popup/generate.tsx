import { useEffect, useState } from 'react';
import { GenerateBar, type GenerateBarProps } from '@/components/quiz/GenerateBar';
import { PROVIDERS } from '@/lib/llm/providers';
import { ProviderGet, QuizGenerate, type RequestOf, sendMessage } from '@/lib/messaging';
import { useQuiz } from './store';

/** A failure of the message itself (not the model's, which arrives as `ok: false`): its sentence, without the runtime's "Uncaught Error:" prefix. */
function sentence(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/^(?:Uncaught\s+)?(?:\w*Error:\s*)+/, '') || 'Generating questions failed.';
}

/**
 * Loaded after the first question is on screen (it brings the protocol's schemas, which the
 * popup's first paint does without), and shown only when a model is configured. The background
 * writes and stores the questions, so the popup may close while the model works.
 */
export function Generate() {
  const view = useQuiz((state) => state.view);
  const [enabled, setEnabled] = useState(false);
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [status, setStatus] = useState<GenerateBarProps['status']>(null);
  useEffect(() => {
    void sendMessage(ProviderGet, {}).then(
      (provider) => setEnabled(PROVIDERS[provider.kind].transport !== 'none'),
      () => setEnabled(false),
    );
  }, []);
  if (!enabled) return null;

  const run = (request: RequestOf<typeof QuizGenerate>) => {
    setStartedAt(Date.now());
    setStatus(null);
    void sendMessage(QuizGenerate, request)
      .then(async (result) => {
        setStatus({ tone: result.ok ? 'ok' : 'error', text: result.message });
        if (result.ok && result.added > 0) await useQuiz.getState().reload();
      })
      .catch((error: unknown) => setStatus({ tone: 'error', text: sentence(error) }))
      .finally(() => setStartedAt(null));
  };
  const question = view.kind === 'question' ? view.pick.question : null;
  return (
    <GenerateBar
      canMoreLike={question !== null}
      startedAt={startedAt}
      status={status}
      onMoreLike={() =>
        question &&
        run({
          kind: 'more-like',
          sample: {
            topic: question.topic,
            type: question.type,
            prompt: question.prompt,
            tags: question.tags,
          },
        })
      }
      onForRole={() => run({ kind: 'target-role' })}
    />
  );
}
