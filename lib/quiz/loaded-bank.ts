import type { Progress } from './progress';
import { type BankPart, partKey } from './queue';
import type { Question } from './topics';

/** One topic's bank questions loaded so far, and the parts they came from (by `partKey`). */
export interface LoadedTopic {
  parts: ReadonlySet<string>;
  questions: readonly Question[];
}

/**
 * A topic's loaded questions with one more part of its bank, in the order the queue expects
 * (see `nextBankToLoad`): the whole bank replaces everything; otherwise the first questions, in
 * bank order, come before the questions of shards. A shard adds only questions already seen
 * (reviews): the queue would take an unseen one for one of the topic's first questions, and new
 * questions are introduced from the first questions or the whole bank alone.
 */
export function withPart(
  loaded: LoadedTopic | undefined,
  part: BankPart,
  questions: readonly Question[],
  progress: Progress,
): LoadedTopic {
  if (loaded?.parts.has('all')) return loaded;
  const parts = new Set([...(loaded?.parts ?? []), partKey(part)]);
  if (part === 'all') return { parts, questions };
  const earlier = loaded?.questions ?? [];
  if (part === 'first') {
    const ids = new Set(questions.map((question) => question.id));
    return { parts, questions: [...questions, ...earlier.filter((question) => !ids.has(question.id))] };
  }
  const ids = new Set(earlier.map((question) => question.id));
  const reviews = questions.filter((question) => question.id in progress.cards && !ids.has(question.id));
  return { parts, questions: [...earlier, ...reviews] };
}
