import type * as z from 'zod/mini';

/** Who may send a message: a content script in a tab, or one of our own extension pages. */
export type Origin = 'content' | 'extension' | 'background';

export interface MessageDef<
  Type extends string = string,
  Req extends z.ZodMiniType = z.ZodMiniType,
  Res extends z.ZodMiniType = z.ZodMiniType,
> {
  type: Type;
  request: Req;
  response: Res;
  /** Senders the receiver accepts; anything else is rejected before the handler runs. */
  from: readonly Origin[];
}

/**
 * Each message is its own export so a receiver bundles only the schemas it handles: the content
 * script must stay tiny, and a single map object would drag every schema into it.
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineMessage<
  const Type extends string,
  Req extends z.ZodMiniType,
  Res extends z.ZodMiniType,
>(def: MessageDef<Type, Req, Res>): MessageDef<Type, Req, Res> {
  return def;
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
