import { browser } from '@wxt-dev/browser';
import type { Envelope, MessageDef, RequestOf, ResponseOf } from './define';

/**
 * The content script's side of the protocol. It runs on every supported page, so it carries no
 * schemas (zod alone would cost 5–7 KB gzipped): what it sends is validated where it enters, in
 * the background, and what it accepts is payload-free signals from its own background, checked
 * by sender. It also uses the native promise-based API rather than the polyfill (3 KB more).
 */

/** Send to the background. `type` is checked against the declared message at compile time. */
export function post<M extends MessageDef>(type: M['type'], data: RequestOf<M>): Promise<unknown> {
  const envelope: Envelope = { type, data };
  return browser.runtime.sendMessage(envelope);
}

/**
 * Answer a payload-free request from the background. Answers go through sendResponse (kept open
 * with `return true` for async answers), which every browser supports, rather than a returned
 * promise, which older Chromes ignore.
 */
export function onSignal<M extends MessageDef>(
  type: M['type'],
  answer: () => ResponseOf<M> | Promise<ResponseOf<M>>,
): void {
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    const envelope = message as Partial<Envelope> | null;
    if (envelope?.type !== type || sender.id !== browser.runtime.id || sender.tab) return undefined;
    void Promise.resolve(answer()).then(sendResponse);
    return true;
  });
}
