import * as z from 'zod/mini';
import { pageContextSchema } from '../../extract/context';
import { lazy } from '../../lazy';
import { defineMessage } from '../define';

/**
 * The page a tab shows, between content script, background and UI: its context as read, a snapshot
 * of it for "This page was read wrong", and the code in its editor.
 */

/**
 * Content script → background: the page's context changed (load, SPA move, DOM change).
 * `settling`: the URL just changed and the page has not rendered what it points to yet.
 */
export const ContextReport = defineMessage({
  type: 'context/report',
  request: () => z.object({ context: pageContextSchema(), settling: z.optional(z.boolean()) }),
  response: () => z.null(),
  from: ['content'],
});

/** UI → background: the last context known for a tab (null when the tab has none). */
export const ContextGet = defineMessage({
  type: 'context/get',
  request: () => z.object({ tabId: z.number().check(z.int()) }),
  response: () => z.nullable(pageContextSchema()),
  from: ['extension'],
});

/** Background → content script: extract the page now and answer with its context. */
export const ContextExtract = defineMessage({
  type: 'context/extract',
  request: () => z.object({}),
  response: () => pageContextSchema(),
  from: ['background'],
});

/** What "This page was read wrong" saves: the URL, what was read, the page's main content. */
const pageSnapshotSchema = lazy(() =>
  z.object({
    url: z.string(),
    savedAt: z.string(),
    context: pageContextSchema(),
    html: z.string(),
  }),
);

/** Background → content script: a snapshot of the page, its markup as it stands (the panel cleans it). */
export const SnapshotTake = defineMessage({
  type: 'page/snapshot',
  request: () => z.object({}),
  response: () => pageSnapshotSchema(),
  from: ['background'],
});

/** UI → background: a snapshot of a tab's page, through its content script (null where none runs). */
export const SnapshotRead = defineMessage({
  type: 'snapshot/read',
  request: () => z.object({ tabId: z.number().check(z.int()) }),
  response: () => z.nullable(pageSnapshotSchema()),
  from: ['extension'],
});

/** Background → extension pages: a tab's context changed. */
export const ContextChanged = defineMessage({
  type: 'context/changed',
  request: () =>
    z.object({
      tabId: z.number().check(z.int()),
      context: pageContextSchema(),
      settling: z.optional(z.boolean()),
    }),
  response: () => z.null(),
  from: ['background'],
});

/** UI → background: the user pasted a problem or posting; it becomes the tab's context. */
export const ContextPaste = defineMessage({
  type: 'context/paste',
  request: () => z.object({ tabId: z.number().check(z.int()), context: pageContextSchema() }),
  response: () => z.null(),
  from: ['extension'],
});

/** Background → content script: the code in the page's editor (null where none can be read). */
export const EditorCode = defineMessage({
  type: 'editor/code',
  request: () => z.object({}),
  response: () => z.object({ code: z.nullable(z.string()) }),
  from: ['background'],
});

/** UI → background: read the code in a tab's editor, through its content script. */
export const EditorRead = defineMessage({
  type: 'editor/read',
  request: () => z.object({ tabId: z.number().check(z.int()) }),
  response: () => z.object({ code: z.nullable(z.string()) }),
  from: ['extension'],
});
