import { estimatePromptTokens, estimateTokens, type PromptMessage } from './tokens';

export interface Usage {
  promptTokens: number;
  completionTokens: number;
  totalTokens: number;
  /** Prompt tokens the provider served from its prefix cache, when it says. */
  cachedPromptTokens?: number;
  /** True when the server reported nothing and the figures are our estimate. */
  estimated?: boolean;
}

/** The usage object of an OpenAI-style response (the fields Sparring reads). */
export interface ApiUsage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
  prompt_tokens_details?: { cached_tokens?: number } | null;
}

export function fromApiUsage(usage: ApiUsage): Usage {
  const cached = usage.prompt_tokens_details?.cached_tokens;
  return {
    promptTokens: usage.prompt_tokens,
    completionTokens: usage.completion_tokens,
    totalTokens: usage.total_tokens,
    ...(cached ? { cachedPromptTokens: cached } : {}),
  };
}

/** The server's usage, or an estimate when it sent none (some compatible servers never do). */
export function usageOrEstimate(
  usage: Usage | null,
  messages: readonly PromptMessage[],
  answer: string,
): Usage {
  if (usage) return usage;
  const promptTokens = estimatePromptTokens(messages);
  const completionTokens = estimateTokens(answer);
  return { promptTokens, completionTokens, totalTokens: promptTokens + completionTokens, estimated: true };
}

/** Two spends as one; an estimate in either makes the sum an estimate. */
export function addUsages(a: Usage | null, b: Usage): Usage {
  if (!a) return b;
  const estimated = a.estimated || b.estimated;
  return {
    promptTokens: a.promptTokens + b.promptTokens,
    completionTokens: a.completionTokens + b.completionTokens,
    totalTokens: a.totalTokens + b.totalTokens,
    ...(estimated ? { estimated } : {}),
  };
}

export interface DailyUsage {
  /** Local calendar day, YYYY-MM-DD: the cap resets at the user's midnight, not UTC's. */
  day: string;
  promptTokens: number;
  completionTokens: number;
  totalTokens: number;
  answers: number;
}

export function dayKey(now: number): string {
  const date = new Date(now);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Today's totals: `daily` if it is today's, else a fresh day. */
export function todayUsage(daily: DailyUsage | undefined, now: number): DailyUsage {
  const day = dayKey(now);
  if (daily?.day === day) return daily;
  return { day, promptTokens: 0, completionTokens: 0, totalTokens: 0, answers: 0 };
}

/** Add one answer's usage to today's totals. Cached answers cost nothing and are not added. */
export function addUsage(daily: DailyUsage | undefined, usage: Usage, now: number): DailyUsage {
  const today = todayUsage(daily, now);
  return {
    day: today.day,
    promptTokens: today.promptTokens + usage.promptTokens,
    completionTokens: today.completionTokens + usage.completionTokens,
    totalTokens: today.totalTokens + usage.totalTokens,
    answers: today.answers + 1,
  };
}
