import { injectScript } from 'wxt/utils/inject-script';
import { CODE_EVENT } from './editor-page';

/** The bridge script, injected on request (see editor-page.ts for why it exists). */
export const BRIDGE_SCRIPT = '/editor-bridge.js';

/** Runs in the content script: inject the bridge and wait for its answer, or null after a moment. */
export function requestEditorCode(win: Window, timeoutMs = 1_000): Promise<string | null> {
  const nonce = crypto.randomUUID();
  return new Promise((resolve) => {
    const done = (code: string | null) => {
      win.removeEventListener(CODE_EVENT, onCode);
      clearTimeout(timer);
      resolve(code);
    };
    const onCode = (event: Event) => {
      // Only strings cross between the page's world and ours intact.
      const detail = (event as CustomEvent<unknown>).detail;
      if (typeof detail !== 'string') return;
      try {
        const answer = JSON.parse(detail) as { nonce?: unknown; code?: unknown };
        if (answer.nonce !== nonce) return;
        done(typeof answer.code === 'string' ? answer.code : null);
      } catch {
        // Someone else's event: ignore it.
      }
    };
    const timer = setTimeout(() => done(null), timeoutMs);
    win.addEventListener(CODE_EVENT, onCode);
    injectScript(BRIDGE_SCRIPT, {
      modifyScript: (script) => {
        script.dataset.nonce = nonce;
      },
    }).catch(() => done(null));
  });
}
