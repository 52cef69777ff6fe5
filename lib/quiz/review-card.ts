import * as z from 'zod/mini';
import { lazy } from '../lazy';

const nonNegativeSchema = lazy(() => z.number().check(z.nonnegative()));
const countSchema = lazy(() => z.number().check(z.int(), z.nonnegative()));

/**
 * An FSRS schedule as stored (dates as epoch ms): quiz cards, practised problems and stories share
 * it. Its own module so the service worker, which validates practised problems, loads nothing else
 * of the quiz's schemas.
 */
export const reviewCardSchema = lazy(() =>
  z.strictObject({
    due: nonNegativeSchema(),
    stability: nonNegativeSchema(),
    difficulty: nonNegativeSchema(),
    elapsed_days: nonNegativeSchema(),
    scheduled_days: nonNegativeSchema(),
    learning_steps: countSchema(),
    reps: countSchema(),
    lapses: countSchema(),
    state: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
    last_review: z.optional(nonNegativeSchema()),
  }),
);
