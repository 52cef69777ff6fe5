import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { debriefSchema } from '@/lib/llm/prompts/design-interviewer';
import { scorecardSchema } from '@/lib/llm/prompts/interviewer';
import { jobPrepSchema } from '@/lib/llm/prompts/job-prep';
import { quizBatchSchema } from '@/lib/llm/prompts/quiz';
import { extractJson, jsonSchemaFormat } from '@/lib/llm/structured';

/* How structured answers are read out of model text, and the strict JSON schema each flow sends. */

describe('extractJson', () => {
  it('finds the object in bare, fenced and surrounded answers', () => {
    expect(extractJson('{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
    expect(extractJson('```\n{"a":1}\n```')).toEqual({ ok: true, value: { a: 1 } });
    expect(extractJson('Sure! {"a":{"b":2}} Hope it helps.')).toEqual({ ok: true, value: { a: { b: 2 } } });
    expect(extractJson('no json here').ok).toBe(false);
    expect(extractJson('{"cut": "off').ok).toBe(false);
  });

  it('never throws on any model output', () => {
    fc.assert(fc.property(fc.string(), (text) => void extractJson(text)));
  });
});

describe('jsonSchemaFormat', () => {
  it('sends only what strict servers accept, with every field required and no extras', () => {
    const { schema } = jsonSchemaFormat(quizBatchSchema(), 'quiz_batch');
    const text = JSON.stringify(schema);
    expect(text).not.toMatch(/"\$schema"|minLength|maxLength|9007199254740991/);
    const question = (schema.properties as { questions: { items: Record<string, unknown> } }).questions.items;
    expect(question.additionalProperties).toBe(false);
    expect(question.required).toEqual(Object.keys(question.properties as object));
  });
});

/** zod's own JSON schema, less what strict servers refuse and the bounds zod writes on every integer. */
function zodReference(schema: z.ZodMiniType): unknown {
  const unsent = new Set(['$schema', 'minLength', 'maxLength']);
  const safe = new Set([Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER]);
  const tidy = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(tidy);
    if (typeof node !== 'object' || node === null) return node;
    return Object.fromEntries(
      Object.entries(node)
        .filter(
          ([key, value]) =>
            !unsent.has(key) && !(['minimum', 'maximum'].includes(key) && safe.has(value as number)),
        )
        .map(([key, value]) => [key, tidy(value)]),
    );
  };
  return tidy(z.toJSONSchema(schema, { target: 'draft-7' }));
}

describe('the strict JSON schema of each structured flow', () => {
  it.each([
    ['job prep', jobPrepSchema],
    ['quiz batch', quizBatchSchema],
    ['mock scorecard', scorecardSchema],
    ['design debrief', debriefSchema],
  ])('%s matches what zod itself derives', (_, schema) => {
    expect(jsonSchemaFormat(schema(), 'x').schema).toEqual(zodReference(schema()));
  });

  it('refuses a schema it cannot describe rather than send a wrong one', () => {
    expect(() => jsonSchemaFormat(z.object({ when: z.date() }), 'x')).toThrow(/cannot describe a zod "date"/);
  });
});
