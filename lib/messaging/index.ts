import { type Browser, browser } from 'wxt/browser';
import * as z from 'zod/mini';
import {
  type Envelope,
  isEnvelope,
  type MessageDef,
  type Origin,
  type RequestOf,
  type ResponseOf,
} from './define';

export * from './define';
export * from './protocol';

class ProtocolError extends Error {
  override name = 'ProtocolError';
}

function parse<T>(schema: z.ZodMiniType<T>, value: unknown, what: string): T {
  const result = z.safeParse(schema, value);
  if (!result.success) throw new ProtocolError(`${what}: ${z.prettifyError(result.error)}`);
  return result.data;
}

/** Send to the background (or, from the background, to every extension page). */
export async function sendMessage<M extends MessageDef>(def: M, data: RequestOf<M>): Promise<ResponseOf<M>> {
  const envelope: Envelope = { type: def.type, data };
  const response: unknown = await browser.runtime.sendMessage(envelope);
  return parse(def.response as z.ZodMiniType<ResponseOf<M>>, response ?? null, `bad response to ${def.type}`);
}

/** Send to the content script of one tab. */
export async function sendToTab<M extends MessageDef>(
  tabId: number,
  def: M,
  data: RequestOf<M>,
): Promise<ResponseOf<M>> {
  const envelope: Envelope = { type: def.type, data };
  const response: unknown = await browser.tabs.sendMessage(tabId, envelope);
  return parse(def.response as z.ZodMiniType<ResponseOf<M>>, response ?? null, `bad response to ${def.type}`);
}

/** Classify a sender the way the receiving side sees it. */
export function originOf(
  sender: Browser.runtime.MessageSender,
  selfId: string,
  selfOrigin: string,
): Origin | null {
  if (sender.id !== selfId) return null;
  if (sender.url?.startsWith(selfOrigin)) return 'extension';
  if (sender.tab?.id !== undefined) return 'content';
  return null;
}

export type Handler<M extends MessageDef> = (
  data: RequestOf<M>,
  sender: Browser.runtime.MessageSender,
) => ResponseOf<M> | Promise<ResponseOf<M>>;

export interface Route {
  def: MessageDef;
  handle: Handler<MessageDef>;
}

export function route<M extends MessageDef>(def: M, handle: Handler<M>): Route {
  return { def, handle: handle as unknown as Handler<MessageDef> };
}

/**
 * Listen for the given messages. Each request is validated, and its sender checked against the
 * message's `from` list, before the handler runs; the handler is called synchronously so that
 * gesture-bound APIs (sidePanel.open) still work. `receiver` names this side: extension pages
 * only accept messages from the background, which arrive without a tab. (The content script's
 * side is `./content`.)
 */
export function onMessages(receiver: 'background' | 'extension', routes: Route[]): () => void {
  const byType = new Map(routes.map((r) => [r.def.type, r]));
  const selfId = browser.runtime.id;
  const selfOrigin = browser.runtime.getURL('/');
  const listener = (
    message: unknown,
    sender: Browser.runtime.MessageSender,
  ): Promise<unknown> | undefined => {
    if (!isEnvelope(message)) return undefined;
    const r = byType.get(message.type);
    if (!r) return undefined;
    // Only the background sends to extension pages, and it has no tab.
    const origin: Origin | null =
      receiver === 'background'
        ? originOf(sender, selfId, selfOrigin)
        : sender.id === selfId && sender.tab === undefined
          ? 'background'
          : null;
    if (origin === null || !r.def.from.includes(origin)) {
      return Promise.reject(new ProtocolError(`${message.type} is not accepted from this sender`));
    }
    try {
      const data = parse(r.def.request, message.data, `bad ${message.type}`);
      // The reply is validated by the sender, where it enters.
      return Promise.resolve(r.handle(data, sender)).then((res) => res ?? null);
    } catch (error) {
      return Promise.reject(error);
    }
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
