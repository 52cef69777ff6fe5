import * as z from 'zod/mini';
import { lazy } from '../../lazy';
import { TOPICS } from '../../quiz/topics';
import { defineMessage } from '../define';

/**
 * Quiz (popup ↔ background): new questions written by the configured model.
 */

/** The question on screen, as a sample for "More questions like this" (never its answer). */
const quizSampleSchema = lazy(() =>
  z.object({
    topic: z.enum(TOPICS),
    type: z.enum(['choice', 'card']),
    prompt: z.string().check(z.maxLength(4_000)),
    tags: z.array(z.string().check(z.maxLength(60))).check(z.maxLength(12)),
  }),
);

/**
 * Written and stored by the background, so closing the popup mid-request loses nothing. A failure
 * is an answer too (`ok: false`), its message already free of the key, never a thrown error.
 */
export const QuizGenerate = defineMessage({
  type: 'quiz/generate',
  request: () =>
    z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('more-like'), sample: quizSampleSchema() }),
      z.object({ kind: z.literal('target-role') }),
    ]),
  response: () =>
    z.discriminatedUnion('ok', [
      z.object({ ok: z.literal(true), added: z.number(), message: z.string() }),
      z.object({ ok: z.literal(false), message: z.string() }),
    ]),
  from: ['extension'],
});
