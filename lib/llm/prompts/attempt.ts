import * as z from 'zod/mini';
import { lazy } from '../../lazy';

/*
 * Where the user is on a problem, for a hint that builds on it: the code they asked Sparring to
 * read from the page's editor, and their last "Check my approach" exchange. It arrives over the
 * panel's port and quotes the page (code read from the editor) and a model (the feedback), so it is
 * validated here, then delimited like page text.
 */

const MAX_CHARS = 100_000;
export const hintAttemptSchema = lazy(() => {
  const text = z.string().check(z.maxLength(MAX_CHARS));
  return z.object({
    /** Only ever present after the user asked, with the hint section's visible control. */
    code: z.optional(text),
    /** The approach as the user last sent it to "Check my approach". */
    approach: z.optional(text),
  });
});
export type HintAttempt = z.infer<ReturnType<typeof hintAttemptSchema>>;
