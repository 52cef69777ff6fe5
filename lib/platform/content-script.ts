import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageContext } from '@/lib/extract/context';
import type { PageReader } from '@/lib/extract/core';
import { pageMarkup } from '@/lib/extract/snapshot';
import { onSignal, post } from '@/lib/messaging/content';
import type {
  ContextExtract,
  ContextReport,
  EditorCode,
  PanelOpen,
  SnapshotTake,
} from '@/lib/messaging/protocol';
import { debounce } from './debounce';
import { mountLauncher } from './launcher';
import { changesReadableContent } from './mutations';

/** How long after an in-app move the page may take to render the new problem or posting. */
const SETTLE_MS = 2_000;
/** Quiet time before a DOM change is read: SPA renders come in bursts. */
const QUIET_MS = 120;
/** A page that never goes quiet (a clock, a timer) is still read this often. */
const MAX_WAIT_MS = 1_000;

export interface ContentScriptOptions {
  read: PageReader;
  /**
   * Adds what only an async source knows (LeetCode's GraphQL) to a context. Calls `refresh` when
   * it learns something, and must answer from what it has so far, synchronously.
   */
  enrich?: (context: PageContext, refresh: () => void) => PageContext;
  /** Reads the whole text of the page's code editor, on the user's request. */
  readEditor?: () => Promise<string | null>;
  /** Told each fresh read of the page, changed or not (the judge's verdicts are read beside it). */
  onRead?: (context: PageContext) => void;
}

/**
 * The content script's whole life on a supported page: read the page at load, again on in-app
 * navigation and when what the page shows changes (debounced, never what the user types in its
 * editor), report each new context to the background, answer its "read now" requests, and offer
 * the launcher.
 */
export function runContentScript(
  ctx: ContentScriptContext,
  { read, enrich, readEditor, onRead }: ContentScriptOptions,
): void {
  let lastSent = '';
  const launcher = mountLauncher(
    ctx,
    () => void post<typeof PanelOpen>('panel/open', {}).catch(() => undefined),
  );
  const current = (): PageContext => {
    const context = read(document, location.href);
    return enrich ? enrich(context, () => schedule(0)) : context;
  };

  // After an in-app move, an empty read means "not rendered yet" for a while, not "nothing here".
  // The URL is compared here, not only on the locationchange event, because the page may mutate
  // the DOM (and so trigger a read) before that event fires.
  let movedAt = Number.NEGATIVE_INFINITY;
  let href = location.href;
  const report = () => {
    if (location.href !== href) {
      href = location.href;
      movedAt = performance.now();
    }
    const context = current();
    onRead?.(context);
    const sinceMove = performance.now() - movedAt;
    const settling = context.kind === 'none' && sinceMove < SETTLE_MS;
    // Re-read when the grace ends, so a page that really has nothing says so.
    if (settling) schedule(SETTLE_MS - sinceMove);
    const serialized = JSON.stringify([context, settling]);
    if (serialized === lastSent) return;
    lastSent = serialized;
    launcher.setVisible(context.kind === 'problem' || context.kind === 'job');
    post<typeof ContextReport>('context/report', { context, settling }).catch(() => {
      // The background restarts or the extension was reloaded: the next change re-sends.
      lastSent = '';
    });
  };

  // SPA moves change the URL first and the DOM later; re-reading on both, debounced, means the
  // panel never keeps a previous problem and never flickers through half-rendered ones. Readers
  // themselves refuse a description that still belongs to the previous URL.
  const schedule = debounce(
    report,
    { wait: QUIET_MS, maxWait: MAX_WAIT_MS },
    {
      setTimeout: (run, ms) => ctx.setTimeout(run, ms),
      clearTimeout: (id) => clearTimeout(id as number),
      now: () => performance.now(),
    },
  );

  onSignal<typeof ContextExtract>('context/extract', current);
  onSignal<typeof SnapshotTake>('page/snapshot', () => ({
    url: location.href,
    savedAt: new Date().toISOString(),
    context: current(),
    html: pageMarkup(document),
  }));
  onSignal<typeof EditorCode>('editor/code', async () =>
    readEditor && current().kind === 'problem' ? { code: await readEditor() } : { code: null },
  );
  ctx.addEventListener(window, 'wxt:locationchange', () => schedule(0));
  const observer = new MutationObserver((records) => {
    if (changesReadableContent(records)) schedule();
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => observer.disconnect());

  report();
}
