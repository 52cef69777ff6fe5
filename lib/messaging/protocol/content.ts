import * as z from 'zod/mini';
import { lazy } from '../../lazy';
import { defineMessage } from '../define';

/**
 * What a content script asks of the background besides reporting the page: whether to show the
 * launcher, to open the panel, to record a verdict or a pause, and the site answers kept between visits.
 */

/**
 * Content script → background: whether to show the launcher. Content scripts cannot read
 * storage.local themselves (the background restricts it to trusted contexts: the API key is there).
 */
export const LauncherGet = defineMessage({
  type: 'settings/launcher',
  request: () => z.object({}),
  response: () => z.object({ showLauncher: z.boolean() }),
  from: ['content'],
});

/**
 * Content script (launcher) → background: open the side panel on the sender's tab. The background
 * must call sidePanel.open() synchronously in its handler to keep the user gesture.
 */
export const PanelOpen = defineMessage({
  type: 'panel/open',
  request: () => z.object({}),
  response: () => z.null(),
  from: ['content'],
});

/**
 * Content script → background: the judge's verdict on one of the user's submissions appeared on
 * the page (or changed from "judging" to a verdict while the page was open). The background
 * applies it to that problem's practice record, if it has one.
 */
export const PracticeVerdict = defineMessage({
  type: 'practice/verdict',
  request: () =>
    z.object({
      /** The judge's site id and its problem id: the practice record `<site>:<problem>`. */
      site: z.string().check(z.minLength(1), z.maxLength(40)),
      problem: z.string().check(z.minLength(1), z.maxLength(300)),
      accepted: z.boolean(),
      submission: z.optional(z.string().check(z.maxLength(100))),
    }),
  response: () => z.null(),
  from: ['content'],
});

/** Content script → background: the problem's tab went out of sight or came back (the timer pauses). */
export const PracticeVisibility = defineMessage({
  type: 'practice/visibility',
  request: () => z.object({ hidden: z.boolean() }),
  response: () => z.null(),
  from: ['content'],
});

/** A request to a site's own API, as `withKeptAnswers` spells it: method, URL and body. */
const fetchKeySchema = lazy(() => z.string().check(z.minLength(1), z.maxLength(4_000)));

/** The largest answer kept: a problem's tags and hints take a few hundred bytes. */
export const KEPT_ANSWER_MAX_CHARS = 32_000;

function smallJson(value: unknown): boolean {
  try {
    const json = JSON.stringify(value);
    return json !== undefined && json.length <= KEPT_ANSWER_MAX_CHARS;
  } catch {
    return false;
  }
}

/**
 * Content script → background: the answer a site's API gave this request on an earlier visit,
 * if it is still fresh (null otherwise).
 */
export const KeptAnswerGet = defineMessage({
  type: 'kept-answer/get',
  request: () => z.object({ key: fetchKeySchema() }),
  response: () => z.object({ json: z.unknown() }),
  from: ['content'],
});

/** Content script → background: keep this answer, so the next visit need not ask the site again. */
export const KeptAnswerPut = defineMessage({
  type: 'kept-answer/put',
  request: () => z.object({ key: fetchKeySchema(), json: z.unknown().check(z.refine(smallJson)) }),
  response: () => z.null(),
  from: ['content'],
});
