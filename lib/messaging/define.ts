import type * as z from 'zod/mini';
import { lazy } from '../lazy';

/** Who may send a message: a content script in a tab, or one of our own extension pages. */
export type Origin = 'content' | 'extension' | 'background';

export interface MessageDef<
  Type extends string = string,
  Req extends z.ZodMiniType = z.ZodMiniType,
  Res extends z.ZodMiniType = z.ZodMiniType,
> {
  readonly type: Type;
  readonly request: Req;
  readonly response: Res;
  /** Senders the receiver accepts; anything else is rejected before the handler runs. */
  readonly from: readonly Origin[];
}

/** A message as protocol/ declares it: its schemas as builders, so none is built at start-up. */
export interface MessageDeclaration<
  Type extends string,
  Req extends z.ZodMiniType,
  Res extends z.ZodMiniType,
> {
  type: Type;
  request: () => Req;
  response: () => Res;
  from: readonly Origin[];
}

/**
 * Each message is its own export so a receiver bundles only the schemas it handles: the content
 * script must stay tiny, and a single map object would drag every schema into it. The schemas are
 * built the first time a message of the type is checked: the service worker wakes on every
 * supported page load, and building all of them each time cost more than answering the page.
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineMessage<
  const Type extends string,
  Req extends z.ZodMiniType,
  Res extends z.ZodMiniType,
>(declaration: MessageDeclaration<Type, Req, Res>): MessageDef<Type, Req, Res> {
  const request = lazy(declaration.request);
  const response = lazy(declaration.response);
  return {
    type: declaration.type,
    from: declaration.from,
    get request() {
      return request();
    },
    get response() {
      return response();
    },
  };
}

export type RequestOf<M extends MessageDef> = z.output<M['request']>;
export type ResponseOf<M extends MessageDef> = z.output<M['response']>;

/** The envelope on the wire. */
export interface Envelope {
  type: string;
  data: unknown;
}

export function isEnvelope(value: unknown): value is Envelope {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string' &&
    'data' in value
  );
}
