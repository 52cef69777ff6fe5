import type { ChatTurn } from './llm/prompts/chat';
import { chatItem, MAX_TURNS } from './storage/chat';
import { prunePerContext } from './storage/prune';

/** The follow-up chat of a problem or posting, oldest turn first. */
export async function loadChat(contextKey: string): Promise<ChatTurn[]> {
  return (await chatItem(contextKey).getValue()).turns;
}

/**
 * Add turns to a chat, keeping the newest MAX_TURNS. A full storage rejects with a
 * StorageFullError. A new chat may push older problems' state past its bound: prune then.
 */
export async function appendTurns(contextKey: string, turns: ChatTurn[]): Promise<void> {
  const item = chatItem(contextKey);
  const history = (await item.getValue()).turns;
  await item.setValue({ turns: [...history, ...turns].slice(-MAX_TURNS), usedAt: Date.now() });
  if (history.length === 0) await prunePerContext();
}

/** The user's "Clear the chat history": the turns go; answers already given stay where they were shown. */
export function clearChat(contextKey: string): Promise<void> {
  return chatItem(contextKey).removeValue();
}
