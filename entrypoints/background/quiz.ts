import type * as z from 'zod/mini';
import { structured } from '@/lib/llm/client';
import { LlmFailure } from '@/lib/llm/errors';
import { buildQuizPrompt, QuizBatch, toQuizQuestions } from '@/lib/llm/prompts/quiz';
import { endpointFor } from '@/lib/llm/providers';
import type { QuizGenerate } from '@/lib/messaging/protocol';
import { loadTopic } from '@/lib/quiz/bank';
import { mergeGenerated } from '@/lib/quiz/generated';
import { isTopic, TOPICS, type Topic } from '@/lib/quiz/topics';
import { generatedItem, loadTargetRole } from '@/lib/storage/quiz';
import { loadProvider } from './provider';

type Request = z.infer<(typeof QuizGenerate)['request']>;

/**
 * New quiz questions from the configured model, as structured output validated by the quiz's
 * own schema, de-duplicated against everything the user already has, and stored as generated.
 * Errors come back as sentences the popup shows as they are.
 */
export async function generateQuestions(request: Request): Promise<{ added: number; message: string }> {
  const endpoint = endpointFor(await loadProvider());
  if (!endpoint) throw new Error('Generating questions needs a model: choose one in Sparring’s options.');

  let prompt: ReturnType<typeof buildQuizPrompt>;
  let topics: readonly Topic[];
  if (request.kind === 'more-like') {
    if (!isTopic(request.topic)) throw new Error('That question’s topic is unknown.');
    const sample = (await loadTopic(request.topic)).find((question) => question.id === request.questionId);
    if (!sample) throw new Error('That question is no longer in the bank.');
    prompt = buildQuizPrompt({ kind: 'more-like', samples: [sample] });
    topics = [request.topic];
  } else {
    const targetRole = await loadTargetRole();
    if (!targetRole) {
      throw new Error(
        'Save a target role first: open a job posting in the side panel and choose “Practise for this role”.',
      );
    }
    prompt = buildQuizPrompt({ kind: 'target-role', targetRole });
    topics = TOPICS;
  }

  let batch: QuizBatch;
  try {
    batch = (
      await structured({
        ...endpoint,
        messages: prompt.messages,
        schema: QuizBatch,
        schemaName: 'quiz_batch',
      })
    ).data;
  } catch (error) {
    throw new Error(error instanceof LlmFailure ? error.error.message : String(error));
  }
  const existing = (await Promise.all(topics.map(loadTopic))).flat();
  const { added, rejected } = mergeGenerated(existing, toQuizQuestions(batch, { source: request.kind }));
  if (added.length > 0) await generatedItem.setValue([...(await generatedItem.getValue()), ...added]);
  const skipped = rejected.length > 0 ? ` (${rejected.length} skipped as repeats or malformed)` : '';
  return {
    added: added.length,
    message:
      added.length > 0
        ? `Added ${added.length} new questions${skipped}.`
        : `No new questions this time${skipped}.`,
  };
}
