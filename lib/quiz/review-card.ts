import * as z from 'zod/mini';

const NonNegative = z.number().check(z.nonnegative());
const Count = z.number().check(z.int(), z.nonnegative());

/**
 * An FSRS schedule as stored (dates as epoch ms): quiz cards, practised problems and stories share
 * it. Its own module so the service worker, which validates practised problems, loads nothing else
 * of the quiz's schemas.
 */
export const ReviewCardSchema = z.strictObject({
  due: NonNegative,
  stability: NonNegative,
  difficulty: NonNegative,
  elapsed_days: NonNegative,
  scheduled_days: NonNegative,
  learning_steps: Count,
  reps: Count,
  lapses: Count,
  state: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
  last_review: z.optional(NonNegative),
});
