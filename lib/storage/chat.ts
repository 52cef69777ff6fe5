import * as z from 'zod/mini';
import { lazy } from '../lazy';
import type { ChatTurn } from '../llm/prompts/chat';
import { defineFamily } from './item';
import { instantSchema, listOf, parseOr } from './repair';

/** The newest turns kept per problem or posting; older ones still shaped the answers given. */
export const MAX_TURNS = 60;

/**
 * One follow-up chat per problem or posting, keyed by its canonical id (contextKey), so it is the
 * same chat after a reload, an SPA move away and back, or on another mirror of the site.
 */
export interface StoredChat {
  turns: ChatTurn[];
  /** When a turn was last added, epoch milliseconds; 0 for chats stored before version 2. */
  usedAt: number;
}

const EMPTY_CHAT: StoredChat = { turns: [], usedAt: 0 };

const turnSchema = lazy(() => z.object({ role: z.enum(['user', 'assistant']), content: z.string() }));

/** A broken turn is dropped and the rest of the chat kept, newest MAX_TURNS at most. */
const storedChatSchema = lazy(() =>
  z.object({
    turns: z.pipe(
      listOf(turnSchema()),
      z.transform((turns) => turns.slice(-MAX_TURNS)),
    ),
    usedAt: instantSchema(),
  }),
);

export const chatFamily = defineFamily<StoredChat>('local', 'chat:', {
  version: 2,
  migrations: {
    // Version 1 stored the turns alone, as a list; version 2 keeps when the chat was last used.
    2: (value) => (Array.isArray(value) ? { turns: value, usedAt: 0 } : value),
  },
  fallback: EMPTY_CHAT,
  repair: (raw) => parseOr(storedChatSchema(), raw, EMPTY_CHAT),
});

export function chatItem(contextKey: string) {
  return chatFamily.item(contextKey);
}
