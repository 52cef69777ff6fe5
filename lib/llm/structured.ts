import * as z from 'zod/mini';
import { LlmFailure } from './errors';
import { toStrictJsonSchema } from './json-schema';
import type { PromptMessage } from './tokens';
import type { JsonSchemaFormat, StreamRequest, Transport } from './transport';
import { addUsages, type Usage, usageOrEstimate } from './usage';

export interface StructuredOptions<T> {
  transport: Transport;
  request: StreamRequest;
  schema: z.ZodMiniType<T>;
  /** The schema's name in the request (letters, digits, _ and -). */
  schemaName: string;
  /** How many times an answer that fails validation is asked for again. */
  invalidRetries?: number;
}

export interface StructuredResult<T> {
  data: T;
  /** Summed over every attempt (estimated where the server said nothing): invalid answers cost tokens too. */
  usage: Usage;
}

const formats = new WeakMap<object, JsonSchemaFormat>();

/** The JSON schema a zod schema describes, in the form strict structured output takes; built once. */
export function jsonSchemaFormat(schema: z.ZodMiniType, name: string): JsonSchemaFormat {
  const known = formats.get(schema);
  if (known) return known;
  const format = { name, schema: toStrictJsonSchema(schema) };
  formats.set(schema, format);
  return format;
}

const FENCED = /```(?:json)?\s*\n?([\s\S]*?)```/i;

/**
 * The JSON value in a model's answer. Strict servers send bare JSON; local models often wrap it in a
 * code fence or put a sentence before and after it, which is still the answer asked for.
 */
export function extractJson(text: string): { ok: true; value: unknown } | { ok: false } {
  const candidates = [text.trim()];
  const fenced = FENCED.exec(text)?.[1];
  if (fenced) candidates.push(fenced.trim());
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start >= 0 && end > start) candidates.push(text.slice(start, end + 1));
  for (const candidate of candidates) {
    try {
      return { ok: true, value: JSON.parse(candidate) };
    } catch {
      // Try the next reading.
    }
  }
  return { ok: false };
}

const JSON_ONLY: PromptMessage = {
  role: 'system',
  content: 'Answer with one JSON object matching the schema described, and nothing else.',
};

/**
 * A structured answer validated against `schema`: constrained by the transport where it can be,
 * asked for in words where not. An invalid answer is asked for again (`invalidRetries`, default
 * once); then an LlmFailure "invalid-output" carries the last answer's text and what every attempt cost.
 */
export async function structured<T>(options: StructuredOptions<T>): Promise<StructuredResult<T>> {
  const { transport, request } = options;
  const format = jsonSchemaFormat(options.schema, options.schemaName);
  let usage: Usage | null = null;
  let problem = '';
  let lastText = '';
  for (let attempt = 0; attempt <= (options.invalidRetries ?? 1); attempt += 1) {
    let result: Awaited<ReturnType<Transport['stream']>>;
    try {
      result = transport.structured
        ? await transport.structured({ ...request, format })
        : await transport.stream({ ...request, messages: [...request.messages, JSON_ONLY] });
    } catch (error) {
      // What the earlier, invalid attempts cost travels with the failure.
      if (error instanceof LlmFailure && usage) {
        throw new LlmFailure(error.error, error.partialText, {
          sent: true,
          usage: addUsages(usage, usageOrEstimate(error.usage, request.messages, error.partialText)),
          cause: error.cause,
        });
      }
      throw error;
    }
    usage = addUsages(usage, usageOrEstimate(result.usage, request.messages, result.text));
    lastText = result.text;
    const parsed = extractJson(result.text);
    const checked = parsed.ok ? z.safeParse(options.schema, parsed.value) : null;
    if (checked?.success) return { data: checked.data, usage };
    problem =
      result.finishReason === 'length'
        ? 'it was cut off at the length limit'
        : checked
          ? (checked.error.issues[0]?.message ?? 'it did not match')
          : 'it was not JSON';
  }
  throw new LlmFailure(
    {
      code: 'invalid-output',
      retryable: true,
      message: `The model's answer did not have the expected structure (${problem}). Press Retry to ask again.`,
    },
    lastText,
    { sent: true, usage },
  );
}
