/**
 * Token estimates without shipping a tokenizer (tiktoken's tables alone are megabytes, too much for
 * the background bundle). English and code average about four characters per token; scripts outside
 * ASCII (Chinese on leetcode.cn, Cyrillic, emoji) are counted one token per character, which over-counts
 * a little and so keeps budgets safe.
 */
export function estimateTokens(text: string): number {
  let ascii = 0;
  let other = 0;
  for (const char of text) {
    if (char.charCodeAt(0) < 128) ascii += 1;
    else other += 1;
  }
  return Math.ceil(ascii / 4) + other;
}

/** Per-message framing the chat format adds (role markers and separators). */
const MESSAGE_OVERHEAD_TOKENS = 4;

export interface PromptMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export function estimatePromptTokens(messages: readonly PromptMessage[]): number {
  return messages.reduce(
    (sum, message) => sum + MESSAGE_OVERHEAD_TOKENS + estimateTokens(message.content),
    3, // the reply's priming tokens
  );
}

export const TRUNCATION_MARKER = '\n[… cut to fit the length budget …]\n';

/** Whether a cut just after `index` would split an astral character (emoji) in two. */
function isHighSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff;
}

/** The longest prefix of `text` whose estimate fits `budget` tokens. */
function headWithin(text: string, budget: number): string {
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (estimateTokens(text.slice(0, mid)) <= budget) low = mid;
    else high = mid - 1;
  }
  return text.slice(0, isHighSurrogate(text, low - 1) ? low - 1 : low);
}

/** The longest suffix of `text` whose estimate fits `budget` tokens. */
function tailWithin(text: string, budget: number): string {
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (estimateTokens(text.slice(text.length - mid)) <= budget) low = mid;
    else high = mid - 1;
  }
  const start = text.length - low;
  return text.slice(isHighSurrogate(text, start - 1) ? start + 1 : start);
}

/**
 * Cut `text` to at most `budget` estimated tokens, keeping the head and a shorter tail: statements put
 * constraints and follow-up notes at the end, which matter as much as the opening.
 */
export function truncateToTokens(text: string, budget: number): { text: string; truncated: boolean } {
  if (estimateTokens(text) <= budget) return { text, truncated: false };
  const room = budget - estimateTokens(TRUNCATION_MARKER);
  if (room <= 0) return { text: headWithin(text, Math.max(budget, 0)), truncated: true };
  const tailBudget = Math.floor(room / 5);
  const head = headWithin(text, room - tailBudget);
  const tail = tailWithin(text.slice(head.length), tailBudget);
  return { text: `${head}${TRUNCATION_MARKER}${tail}`, truncated: true };
}
