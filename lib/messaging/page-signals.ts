import * as z from 'zod/mini';
import { defineMessage } from './define';

/*
 * The side panel's signals to a coding page's content script during a mock. Declared apart from
 * protocol.ts because the service worker, which loads all of that file, never sends nor handles
 * them, and has no bytes to spare (its 48 KB budget).
 */

/** Side panel → content script: a coding mock runs; hide the difficulty, tags, hints, solutions and discussion. */
export const PageConceal = defineMessage({
  type: 'page/conceal',
  request: z.object({}),
  response: z.null(),
  from: ['background'],
});

/** Side panel → content script: the mock ended; show them again. */
export const PageReveal = defineMessage({
  type: 'page/reveal',
  request: z.object({}),
  response: z.null(),
  from: ['background'],
});
