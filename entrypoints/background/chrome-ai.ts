import { LlmFailure } from '@/lib/llm/errors';
import { chromeAIStatus } from '@/lib/llm/providers';
import type { PromptMessage } from '@/lib/llm/tokens';

interface LanguageModelSession {
  promptStreaming(input: string, options?: { signal?: AbortSignal }): AsyncIterable<string>;
  destroy(): void;
}
interface LanguageModelApi {
  create(options: {
    initialPrompts?: { role: 'system'; content: string }[];
    signal?: AbortSignal;
  }): Promise<LanguageModelSession>;
}

/**
 * Chrome's built-in model (the Prompt API), where the browser has it. Older Chromes stream the
 * whole text so far rather than deltas; both are handled.
 */
export async function chromeAIAnswer(
  messages: readonly PromptMessage[],
  signal: AbortSignal,
  onToken: (delta: string) => void,
): Promise<string> {
  const status = await chromeAIStatus(globalThis);
  const api = (globalThis as { LanguageModel?: LanguageModelApi }).LanguageModel;
  if (!status.available || !api) {
    throw new LlmFailure({ code: 'forbidden', retryable: false, message: status.reason });
  }
  const system = messages.filter((m) => m.role === 'system').map((m) => m.content);
  const user = messages
    .filter((m) => m.role !== 'system')
    .map((m) => m.content)
    .join('\n\n');
  const session = await api.create({
    initialPrompts: system.map((content) => ({ role: 'system', content })),
    signal,
  });
  let text = '';
  try {
    for await (const chunk of session.promptStreaming(user, { signal })) {
      const delta = chunk.startsWith(text) && text.length > 0 ? chunk.slice(text.length) : chunk;
      text += delta;
      if (delta) onToken(delta);
    }
  } finally {
    session.destroy();
  }
  return text;
}
