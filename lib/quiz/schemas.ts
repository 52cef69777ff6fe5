import * as z from 'zod/mini';
import type { QuizPrefs } from './prefs';
import { MAX_NEW_PER_DAY } from './prefs';
import type { DayTally, Progress, StoredCard } from './progress';
import { reviewCardSchema } from './review-card';
import { ROUND_KINDS, type TargetRole } from './target-role';
import { TOPICS } from './topics';

/*
 * The quiz's stored shapes as zod schemas, for where data arrives from outside (an imported file,
 * another part of the extension) and a precise error matters. The popup's read path uses the
 * hand-written guards beside each type instead (see progress.ts); tests keep both in agreement.
 */

const Count = z.number().check(z.int(), z.nonnegative());
const NonNegative = z.number().check(z.nonnegative());

export const StoredCardSchema = z.strictObject({ topic: z.enum(TOPICS), ...reviewCardSchema().def.shape });

export const DayTallySchema = z.strictObject({ answered: Count, new: Count });

export const ProgressSchema = z.strictObject({
  cards: z.record(z.string(), StoredCardSchema),
  days: z.record(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)), DayTallySchema),
});

export const QuizPrefsSchema = z.strictObject({
  topics: z.array(z.enum(TOPICS)).check(z.minLength(1)),
  newPerDay: z.number().check(z.int(), z.minimum(0), z.maximum(MAX_NEW_PER_DAY)),
});

export const TargetRoleSchema = z.strictObject({
  rounds: z.array(z.strictObject({ kind: z.enum(ROUND_KINDS), weight: NonNegative })),
  skills: z.array(z.string()),
});

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type AssertTrue<T extends true> = T;
export type SchemasMatchTypes = [
  AssertTrue<Same<z.infer<typeof StoredCardSchema>, StoredCard>>,
  AssertTrue<Same<z.infer<typeof DayTallySchema>, DayTally>>,
  AssertTrue<Same<z.infer<typeof ProgressSchema>, Progress>>,
  AssertTrue<Same<z.infer<typeof QuizPrefsSchema>, QuizPrefs>>,
  AssertTrue<Same<z.infer<typeof TargetRoleSchema>, TargetRole>>,
];
