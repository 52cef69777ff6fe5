import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractPage } from '@/lib/extract';
import { CONTENT_MATCHES } from '@/lib/extract/registry';
import { onSignal, post } from '@/lib/messaging/content';
import type { ContextExtract, ContextReport, PanelOpen } from '@/lib/messaging/protocol';
import { mountLauncher } from './launcher';

export default defineContentScript({
  matches: CONTENT_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    let lastSent = '';
    const read = () => extractPage(document, location.href);

    const report = () => {
      const context = read();
      const serialized = JSON.stringify(context);
      if (serialized === lastSent) return;
      lastSent = serialized;
      post<typeof ContextReport>('context/report', { context }).catch(() => {
        // The background restarts or the extension was reloaded: the next change re-sends.
        lastSent = '';
      });
    };

    // SPA moves change the URL first and the DOM later; re-reading on both, debounced, means the
    // panel never keeps a previous problem and never flickers through half-rendered ones.
    let timer: number | undefined;
    const schedule = (delay = 120) => {
      clearTimeout(timer);
      timer = ctx.setTimeout(report, delay);
    };

    onSignal<typeof ContextExtract>('context/extract', read);
    ctx.addEventListener(window, 'wxt:locationchange', () => schedule(0));
    const observer = new MutationObserver(() => schedule());
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    ctx.onInvalidated(() => observer.disconnect());

    mountLauncher(ctx, () => void post<typeof PanelOpen>('panel/open', {}).catch(() => undefined));
    report();
  },
});
