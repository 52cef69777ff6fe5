import { zodResponseFormat } from 'openai/helpers/zod';
import type { z } from 'zod';
import { LlmFailure, toLlmError } from './errors';
import { assertNoKey, createClient, type LlmConfig, type RetryOptions, withRetries } from './sdk';
import type { PromptMessage } from './tokens';
import { fromApiUsage, type Usage } from './usage';

export interface StructuredOptions<Schema extends z.ZodType> extends LlmConfig, RetryOptions {
  messages: readonly PromptMessage[];
  schema: Schema;
  /** The schema's name in the request (letters, digits, _ and -). */
  schemaName: string;
  /** Whole-response timeout: structured answers arrive in one piece, so there is no first token to wait for. */
  timeoutMs?: number;
  /** How many times an answer that fails validation is asked for again. */
  invalidRetries?: number;
}

export interface StructuredResult<T> {
  data: T;
  /** Summed over every attempt: invalid answers cost tokens too. */
  usage: Usage | null;
}

function addUsages(a: Usage | null, b: Usage | null): Usage | null {
  if (!a || !b) return a ?? b;
  return {
    promptTokens: a.promptTokens + b.promptTokens,
    completionTokens: a.completionTokens + b.completionTokens,
    totalTokens: a.totalTokens + b.totalTokens,
  };
}

/**
 * A structured answer validated against `schema`. An invalid answer is retried once; a second one
 * throws an LlmFailure with code "invalid-output", so the caller shows the offline result with a notice.
 */
export async function structured<Schema extends z.ZodType>(
  options: StructuredOptions<Schema>,
): Promise<StructuredResult<z.infer<Schema>>> {
  assertNoKey(options.messages, options.apiKey);
  const client = createClient(options, options.timeoutMs ?? 90_000);
  const context = { baseURL: options.baseURL, model: options.model };
  const responseFormat = zodResponseFormat(options.schema, options.schemaName);
  let usage: Usage | null = null;
  let problem = '';
  for (let attempt = 0; attempt <= (options.invalidRetries ?? 1); attempt += 1) {
    const completion = await withRetries(
      () =>
        client.chat.completions.create(
          {
            model: options.model,
            messages: [...options.messages],
            response_format: { type: 'json_schema', json_schema: responseFormat.json_schema },
          },
          { signal: options.signal ?? null },
        ),
      options,
      (error) => toLlmError(error, context),
    );
    usage = addUsages(usage, completion.usage ? fromApiUsage(completion.usage) : null);
    const message = completion.choices[0]?.message;
    if (message?.refusal) {
      problem = `the model declined: ${message.refusal}`;
      continue;
    }
    const parsed = parseJson(message?.content ?? '');
    const result = parsed.ok ? options.schema.safeParse(parsed.value) : null;
    if (result?.success) return { data: result.data, usage };
    problem = result ? (result.error.issues[0]?.message ?? 'it did not match') : 'it was not JSON';
  }
  throw new LlmFailure({
    code: 'invalid-output',
    retryable: true,
    message: `The model's answer did not have the expected structure (${problem}), so the offline result is shown instead. Press Retry to ask again.`,
  });
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}
