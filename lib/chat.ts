import { storage } from 'wxt/utils/storage';
import type { ChatTurn } from './llm/prompts/chat';

/** The newest turns kept per problem or posting; older ones still shaped the answers given. */
export const MAX_TURNS = 60;

/**
 * One follow-up chat per problem or posting, keyed by its canonical id (contextKey), so it is
 * the same chat after a reload, an SPA move away and back, or on another mirror of the site.
 */
export function chatItem(contextKey: string) {
  return storage.defineItem<ChatTurn[]>(`local:chat:${contextKey}`, { fallback: [] });
}

export async function appendTurns(contextKey: string, turns: ChatTurn[]): Promise<void> {
  const item = chatItem(contextKey);
  const history = await item.getValue();
  await item.setValue([...history, ...turns].slice(-MAX_TURNS));
}

/** The user's "Clear the chat history": the turns go; answers already given stay where they were shown. */
export function clearChat(contextKey: string): Promise<void> {
  return chatItem(contextKey).removeValue();
}
