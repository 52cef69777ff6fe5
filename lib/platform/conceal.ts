import { browser } from '@wxt-dev/browser';
import { PAGE_CONCEAL_PORT } from '@/lib/messaging/page-signals';

/*
 * During a coding mock, the page's giveaways are hidden as an interviewer would not show them:
 * one style element over the selectors the site's registration declares (its `conceal`), present
 * exactly while the side panel holds a port open to the page. The panel closes the port when the
 * round ends; the browser closes it when the panel closes or the page goes away, so the page
 * never keeps the style.
 */

type Runtime = Pick<typeof browser.runtime, 'id' | 'onConnect'>;

/**
 * Hide `selectors` while at least one of the extension's own pages (never a tab) holds the port
 * open, and only where `allowed` says the page is one Sparring helps on. Answers the way to show
 * them again at once (the script's context ends).
 */
export function concealWhileHeld(
  doc: Document,
  selectors: string,
  allowed: () => boolean,
  runtime: Runtime = browser.runtime,
): () => void {
  const style = doc.createElement('style');
  style.textContent = `${selectors}{display:none!important}`;
  let held = 0;
  runtime.onConnect.addListener((port) => {
    if (port.name !== PAGE_CONCEAL_PORT || port.sender?.id !== runtime.id || port.sender.tab || !allowed())
      return;
    held++;
    doc.head.append(style);
    port.onDisconnect.addListener(() => {
      if (--held === 0) style.remove();
    });
  });
  return () => style.remove();
}
