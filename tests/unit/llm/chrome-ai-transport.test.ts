import { describe, expect, it } from 'vitest';
import { chromeAITransport } from '@/lib/llm/chrome-ai-transport';
import { LlmFailure } from '@/lib/llm/errors';
import type { PromptMessage } from '@/lib/llm/tokens';
import { type Created, promptApiStandIn } from '../../support/prompt-api';

const MESSAGES: PromptMessage[] = [
  { role: 'system', content: 'You are an interview coach.' },
  { role: 'user', content: 'Give me a nudge.' },
];

const TIMEOUTS = { firstTokenMs: 1_000, idleMs: 1_000 };
let scope: object = {};

function installLanguageModel(availability: string, chunks: string[], options = {}): Created[] {
  const standIn = promptApiStandIn(availability, chunks, options);
  scope = standIn.scope;
  return standIn.created;
}

async function answer(messages = MESSAGES): Promise<{ text: string; tokens: string[] }> {
  const tokens: string[] = [];
  const result = await chromeAITransport(TIMEOUTS, scope).stream({
    messages,
    maxTokens: 100,
    onToken: (delta) => tokens.push(delta),
  });
  return { text: result.text, tokens };
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

  it('opens the session with the earlier chat turns, and prompts with the last message', async () => {
    const sessions = installLanguageModel('available', ['ok']);
    await answer([
      { role: 'system', content: 'rules' },
      { role: 'user', content: 'the problem' },
      { role: 'assistant', content: 'understood' },
      { role: 'user', content: 'why a heap?' },
    ]);
    expect(sessions[0]?.initialPrompts?.map((prompt) => prompt.role)).toEqual([
      'system',
      'user',
      'assistant',
    ]);
    expect(sessions[0]?.prompts).toEqual(['why a heap?']);
  });

  it('constrains a structured answer with the schema, as responseConstraint', async () => {
    const sessions = installLanguageModel('available', ['{"n":', '3}']);
    const result = await chromeAITransport(TIMEOUTS, scope).structured?.({
      messages: MESSAGES,
      maxTokens: 100,
      format: { name: 'n', schema: { type: 'object' } },
    });
    expect(result?.text).toBe('{"n":3}');
    expect(sessions[0]?.constraints).toEqual([{ type: 'object' }]);
  });

  it('ends a model that goes quiet mid-answer, keeping what it wrote', async () => {
    installLanguageModel('available', ['What ', 'repeats', '?'], { hangAfter: 2 });
    const failure = await chromeAITransport({ firstTokenMs: 1_000, idleMs: 100 }, scope)
      .stream({ messages: MESSAGES, maxTokens: 100 })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(LlmFailure);
    expect(failure).toMatchObject({ error: { code: 'stalled' }, partialText: 'What repeats', sent: true });
  });

  it('treats Stop as an abort, keeping the partial text', async () => {
    installLanguageModel('available', ['What ', 'repeats', '?'], { delayMs: 30 });
    const controller = new AbortController();
    const failure = await chromeAITransport(TIMEOUTS, scope)
      .stream({
        messages: MESSAGES,
        maxTokens: 100,
        signal: controller.signal,
        onToken: () => controller.abort(),
      })
      .catch((error: unknown) => error);
    expect(failure).toMatchObject({ error: { code: 'aborted' }, partialText: 'What ' });
  });

  it('says why when the browser has no model, without creating a session', async () => {
    scope = {};
    await expect(answer()).rejects.toThrow(/no built-in AI/);
    const sessions = installLanguageModel('unavailable', ['never']);
    const failure = await answer().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(LlmFailure);
    expect(sessions).toHaveLength(0);
  });
});
