import * as z from 'zod/mini';

/*
 * Repairs built from zod/mini schemas, for the items whose readers can afford a schema library
 * (everything but the popup's first load). Collections keep each entry that parses and drop the
 * others, so one broken entry costs that entry, never the item.
 */

/** The value as `schema` reads it, or `fallback` when it does not parse. */
export function parseOr<T>(schema: z.ZodMiniType<T>, raw: unknown, fallback: T): T {
  const parsed = z.safeParse(schema, raw);
  return parsed.success ? parsed.data : fallback;
}

/** The elements of a list that parse, in order; anything but a list is an empty one. */
export function keepValid<T>(schema: z.ZodMiniType<T>, raw: unknown): T[] {
  if (!Array.isArray(raw)) return [];
  const kept: T[] = [];
  for (const element of raw) {
    const parsed = z.safeParse(schema, element);
    if (parsed.success) kept.push(parsed.data);
  }
  return kept;
}

/** The entries of a record whose values parse; anything but a plain object is an empty record. */
export function keepValidEntries<T>(schema: z.ZodMiniType<T>, raw: unknown): Record<string, T> {
  const kept: Record<string, T> = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return kept;
  for (const [key, value] of Object.entries(raw)) {
    const parsed = z.safeParse(schema, value);
    // defineProperty: a key such as "__proto__" stays an ordinary entry.
    if (parsed.success)
      Object.defineProperty(kept, key, {
        value: parsed.data,
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return kept;
}
