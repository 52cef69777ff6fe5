import { normalizeText, QuestionSchema } from './schema';
import type { Question } from './topics';

export interface MergeResult {
  /** The bank followed by the accepted generated questions. */
  bank: Question[];
  added: Question[];
  /** Why each refused item was refused, by its index in the input. */
  rejected: { index: number; reason: string }[];
}

/**
 * Add model-generated questions to a bank. Model output is untrusted: each item must pass the
 * bank's own schema, may not repeat a prompt (after normalising) or an id already present, and is
 * marked `generated` whatever it claims.
 */
export function mergeGenerated(bank: readonly Question[], generated: readonly unknown[]): MergeResult {
  const prompts = new Set(bank.map((question) => normalizeText(question.prompt)));
  const ids = new Set(bank.map((question) => question.id));
  const added: Question[] = [];
  const rejected: MergeResult['rejected'] = [];
  generated.forEach((item, index) => {
    const parsed = QuestionSchema.safeParse(item);
    if (!parsed.success) {
      rejected.push({ index, reason: parsed.error.issues.map((issue) => issueText(issue)).join('; ') });
      return;
    }
    const question: Question = { ...parsed.data, generated: true };
    const prompt = normalizeText(question.prompt);
    if (prompts.has(prompt)) {
      rejected.push({ index, reason: 'duplicate prompt' });
    } else if (ids.has(question.id)) {
      rejected.push({ index, reason: `duplicate id ${question.id}` });
    } else {
      prompts.add(prompt);
      ids.add(question.id);
      added.push(question);
    }
  });
  return { bank: [...bank, ...added], added, rejected };
}

function issueText(issue: { path: PropertyKey[]; message: string }): string {
  return issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message;
}
