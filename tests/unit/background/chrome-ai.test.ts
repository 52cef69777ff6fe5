import { afterEach, describe, expect, it } from 'vitest';
import { chromeAIAnswer } from '@/entrypoints/background/chrome-ai';
import { LlmFailure } from '@/lib/llm/errors';
import type { PromptMessage } from '@/lib/llm/tokens';

interface Created {
  initialPrompts?: { role: string; content: string }[];
  prompts: string[];
  destroyed: boolean;
}

/** Chrome's `LanguageModel` as the Prompt API shapes it, streaming `chunks` for every prompt. */
function installLanguageModel(availability: string, chunks: string[]): Created[] {
  const created: Created[] = [];
  (globalThis as { LanguageModel?: unknown }).LanguageModel = {
    availability: async () => availability,
    create: async (options: { initialPrompts?: { role: string; content: string }[] }) => {
      const session: Created = { initialPrompts: options.initialPrompts, prompts: [], destroyed: false };
      created.push(session);
      return {
        async *promptStreaming(input: string) {
          session.prompts.push(input);
          yield* chunks;
        },
        destroy: () => {
          session.destroyed = true;
        },
      };
    },
  };
  return created;
}

afterEach(() => {
  delete (globalThis as { LanguageModel?: unknown }).LanguageModel;
});

const MESSAGES: PromptMessage[] = [
  { role: 'system', content: 'You are an interview coach.' },
  { role: 'user', content: 'Give me a nudge.' },
];

async function answer(): Promise<{ text: string; tokens: string[] }> {
  const tokens: string[] = [];
  const text = await chromeAIAnswer(MESSAGES, new AbortController().signal, (delta) => tokens.push(delta));
  return { text, tokens };
}

describe("Chrome's built-in AI", () => {
  it('streams deltas, with the instructions as the session’s system prompt', async () => {
    const sessions = installLanguageModel('available', ['What ', 'repeats', '?']);
    const { text, tokens } = await answer();
    expect(tokens).toEqual(['What ', 'repeats', '?']);
    expect(text).toBe('What repeats?');
    expect(sessions[0]?.initialPrompts).toEqual([{ role: 'system', content: 'You are an interview coach.' }]);
    expect(sessions[0]?.prompts).toEqual(['Give me a nudge.']);
    expect(sessions[0]?.destroyed).toBe(true);
  });

  it('turns the whole-text-so-far chunks of older Chromes into deltas', async () => {
    installLanguageModel('available', ['What', 'What repeats', 'What repeats?']);
    const { text, tokens } = await answer();
    expect(tokens).toEqual(['What', ' repeats', '?']);
    expect(text).toBe('What repeats?');
  });

  it('says why when the browser has no model, without creating a session', async () => {
    await expect(answer()).rejects.toThrow(/no built-in AI/);
    const sessions = installLanguageModel('unavailable', ['never']);
    const failure = await answer().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(LlmFailure);
    expect(sessions).toHaveLength(0);
  });
});
