import { browser } from 'wxt/browser';
import { BRIDGE_EVENT } from './editor-page';

/**
 * The bridge script, injected on request (see editor-page.ts for why it exists). Web-accessible
 * only through the browser's per-session dynamic URL, so a page cannot fetch it to spot Sparring.
 */
const BRIDGE_SCRIPT = '/editor-bridge.js';

/**
 * Runs in the content script: inject the bridge and wait for the code it reads, or null after a
 * moment. Whatever arrives is the page's text, untrusted like the statement.
 */
export function requestEditorCode(doc: Document, timeoutMs = 1_000): Promise<string | null> {
  return new Promise((resolve) => {
    const script = doc.createElement('script');
    let port: MessagePort | null = null;
    const done = (code: string | null) => {
      clearTimeout(timer);
      port?.close();
      resolve(code);
    };
    const timer = setTimeout(() => done(null), timeoutMs);
    // A capturing listener registered before the element is in the page runs before any listener
    // the page adds to it (at the target, capturing listeners run first, in the order added).
    script.addEventListener(
      BRIDGE_EVENT,
      (event) => {
        // The bridge dispatches while it is the running script; the page's own events come at other times.
        if (port || doc.currentScript !== script || !(event instanceof MessageEvent)) return;
        event.stopImmediatePropagation();
        const [received] = event.ports;
        if (!received) return;
        port = received;
        port.onmessage = ({ data }) => done(typeof data === 'string' ? data : null);
      },
      { capture: true },
    );
    script.addEventListener('error', () => done(null));
    script.src = browser.runtime.getURL(BRIDGE_SCRIPT);
    // Removed at once: the script still runs, but nothing of it stays in the page, and events on
    // a detached element reach no ancestor.
    (doc.head ?? doc.documentElement).append(script);
    script.remove();
  });
}
