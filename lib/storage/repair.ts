import * as z from 'zod/mini';
import { lazy } from '../lazy';

/*
 * Repairs built from zod/mini schemas, for the items whose readers can afford a schema library
 * (everything but the popup's first load). Fields fall back one by one and lists keep each element
 * that parses, so one broken part costs that part, never the item.
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

/** A list field that keeps the elements that parse (an empty list when the field is not a list). */
export function listOf<T>(schema: z.ZodMiniType<T>) {
  return z.pipe(
    z.catch(z.array(z.unknown()), []),
    z.transform((list): T[] => keepValid(schema, list)),
  );
}

/** Epoch milliseconds, 0 (long ago) when missing or broken. */
export const instantSchema = lazy(() =>
  z.catch(z.number().check(z.nonnegative(), z.lte(Number.MAX_SAFE_INTEGER)), 0),
);
