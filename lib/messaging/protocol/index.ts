/**
 * Every message between content script, background and UI. A new message is declared in one of
 * these files, by what it is about, and nowhere else; senders and receivers import the definition
 * from here. Schemas are given as builders and the ones shared between messages are `lazy`: the
 * worker builds a schema when a message first needs it.
 */

export * from './answers';
export * from './content';
export * from './page';
export * from './provider';
export * from './quiz';
