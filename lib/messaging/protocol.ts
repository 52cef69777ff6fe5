import * as z from 'zod/mini';
import { PageContext } from '../extract/context';
import { defineMessage } from './define';

/**
 * Every message between content script, background and UI. A new message is declared here and
 * nowhere else; senders and receivers import the definition.
 */

/** Content script → background: the page's context changed (load, SPA move, DOM change). */
export const ContextReport = defineMessage({
  type: 'context/report',
  request: z.object({ context: PageContext }),
  response: z.null(),
  from: ['content'],
});

/** UI → background: the last context known for a tab (null when the tab has none). */
export const ContextGet = defineMessage({
  type: 'context/get',
  request: z.object({ tabId: z.number().check(z.int()) }),
  response: z.nullable(PageContext),
  from: ['extension'],
});

/** Background → content script: extract the page now and answer with its context. */
export const ContextExtract = defineMessage({
  type: 'context/extract',
  request: z.object({}),
  response: PageContext,
  from: ['background'],
});

/** Background → extension pages: a tab's context changed. */
export const ContextChanged = defineMessage({
  type: 'context/changed',
  request: z.object({ tabId: z.number().check(z.int()), context: PageContext }),
  response: z.null(),
  from: ['background'],
});

/**
 * Content script (launcher) → background: open the side panel on the sender's tab. The background
 * must call sidePanel.open() synchronously in its handler to keep the user gesture.
 */
export const PanelOpen = defineMessage({
  type: 'panel/open',
  request: z.object({}),
  response: z.null(),
  from: ['content'],
});
