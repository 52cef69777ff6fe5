import type { ZodMiniType } from 'zod/mini';

/**
 * The JSON schema of a structured flow's zod schema, in the form strict structured output takes:
 * every property required, no others allowed, only the keywords strict servers accept. zod's own
 * toJSONSchema does this too but weighs 21 KB in the service worker, which wakes on every page
 * load; this reads the few kinds of schema the flows use, and a unit test holds it equal to
 * zod's output for each flow's schema.
 */

type Json = Record<string, unknown>;

interface Def {
  type: string;
  shape?: Record<string, ZodMiniType>;
  element?: ZodMiniType;
  innerType?: ZodMiniType;
  options?: ZodMiniType[];
  entries?: Record<string, string>;
  checks?: { _zod: { def: CheckDef } }[];
}

interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
}

function defOf(schema: ZodMiniType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** The keywords a check contributes: a pattern, integer-ness, bounds on numbers and item counts. */
function checkKeywords(def: Def): Json {
  const out: Json = {};
  for (const { _zod } of def.checks ?? []) {
    const check = _zod.def;
    if (check.check === 'string_format' && check.format === 'regex' && check.pattern) {
      out.pattern = check.pattern.source;
    } else if (check.check === 'number_format' && check.format === 'safeint') {
      out.integer = true;
    } else if (check.check === 'greater_than' && check.inclusive) {
      out.minimum = check.value;
    } else if (check.check === 'less_than' && check.inclusive) {
      out.maximum = check.value;
    } else if (check.check === 'min_length' && def.type === 'array') {
      out.minItems = check.minimum;
    } else if (check.check === 'max_length' && def.type === 'array') {
      out.maxItems = check.maximum;
    }
  }
  return out;
}

export function toStrictJsonSchema(schema: ZodMiniType): Json {
  const def = defOf(schema);
  const { integer, ...checks } = checkKeywords(def);
  switch (def.type) {
    case 'object': {
      const shape = def.shape ?? {};
      return {
        type: 'object',
        properties: Object.fromEntries(
          Object.entries(shape).map(([key, value]) => [key, toStrictJsonSchema(value)]),
        ),
        required: Object.keys(shape),
        additionalProperties: false,
      };
    }
    case 'array':
      return { ...checks, type: 'array', items: def.element ? toStrictJsonSchema(def.element) : {} };
    case 'string':
      return { type: 'string', ...checks };
    case 'number':
      return { type: integer ? 'integer' : 'number', ...checks };
    case 'boolean':
      return { type: 'boolean' };
    case 'enum':
      return { type: 'string', enum: Object.values(def.entries ?? {}) };
    case 'nullable':
      return { anyOf: [def.innerType ? toStrictJsonSchema(def.innerType) : {}, { type: 'null' }] };
    case 'union':
      return { anyOf: (def.options ?? []).map(toStrictJsonSchema) };
    default:
      throw new TypeError(`Structured output cannot describe a zod "${def.type}" schema.`);
  }
}
