import * as z from 'zod/mini';
import { normalizeText } from '@/lib/quiz/normalize';
import type { TargetRole } from '@/lib/quiz/target-role';
import { type Question, TOPICS } from '@/lib/quiz/topics';
import { lazy } from '../../lazy';
import {
  BUDGET,
  type BuiltPrompt,
  block,
  type JobInput,
  jobSubject,
  type OfflineJobAnalysis,
  system,
  userMessage,
} from './shared';

export const version = 'quiz@2';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * One generated question, as strict as the quiz bank's own schema (tests/support/quiz-schema.ts), so the
 * quiz treats it as one of its own. Strict structured output cannot express optional fields, so `choices`
 * is null for cards; `toQuizQuestions` turns the batch into the quiz's Question shape.
 */
const generatedQuestion = () =>
  z
    .object({
      id: z.string().check(z.regex(KEBAB), z.maxLength(60)),
      topic: z.enum(TOPICS),
      type: z.enum(['choice', 'card']),
      prompt: z.string().check(z.trim(), z.minLength(1)),
      choices: z.nullable(
        z.array(z.string().check(z.trim(), z.minLength(1))).check(z.minLength(2), z.maxLength(4)),
      ),
      answer: z.union([z.number().check(z.int(), z.gte(0)), z.string().check(z.trim(), z.minLength(1))]),
      explanation: z.string().check(z.trim(), z.minLength(1)),
      difficulty: z.number().check(z.int(), z.gte(1), z.lte(3)),
      tags: z.array(z.string().check(z.regex(KEBAB))).check(z.maxLength(6)),
    })
    .check(
      z.refine(
        (question) =>
          question.type === 'choice'
            ? question.choices !== null &&
              typeof question.answer === 'number' &&
              question.answer < question.choices.length &&
              // Two choices that read the same would make two of them correct.
              new Set(question.choices.map(normalizeText)).size === question.choices.length
            : typeof question.answer === 'string' && question.choices === null,
        'A choice question answers with the index of one of its distinct choices; a card has no choices and a text answer.',
      ),
    );

/** At most five per request: a smaller answer arrives sooner and fails less on small local models. */
export const MAX_QUESTIONS = 5;

export const quizBatchSchema = lazy(() =>
  z.object({ questions: z.array(generatedQuestion()).check(z.minLength(1), z.maxLength(MAX_QUESTIONS)) }),
);
export type QuizBatch = z.infer<ReturnType<typeof quizBatchSchema>>;

const INSTRUCTIONS = `Task: write interview-practice quiz questions as structured data matching the schema.
- topic: one of ${TOPICS.join(', ')}.
- type "choice": 2 to 4 choices, exactly one correct, answer is the index (0-based) of the correct choice.
- type "card": a question answered from memory; choices is null and answer is a short model answer.
- Each question tests one idea; the explanation says in two or three sentences why the answer is right (and for choices, why the others are wrong).
- difficulty: 1 recall, 2 apply, 3 analyse. id: a short kebab-case slug of the idea. tags: lowercase kebab-case keywords.
- Do not repeat the sample questions; vary the topics the request names.`;

/** What a sample question shows the model: enough to write more like it, never its answer. */
export type QuizSample = Pick<Question, 'topic' | 'type' | 'prompt' | 'tags'>;

export type QuizRequest =
  | { kind: 'more-like'; samples: readonly QuizSample[]; count?: number }
  | {
      kind: 'target-role';
      job?: JobInput;
      analysis?: OfflineJobAnalysis;
      /** A role the user typed, e.g. "Backend engineer". */
      role?: string;
      /** The saved target role (rounds and skills) when there is one. */
      targetRole?: TargetRole;
      count?: number;
    };

export function buildQuizPrompt(request: QuizRequest): BuiltPrompt {
  const count = Math.min(Math.max(request.count ?? MAX_QUESTIONS, 1), MAX_QUESTIONS);
  const parts: string[] = [];
  if (request.kind === 'more-like') {
    const samples = request.samples.map(({ topic, type, prompt, tags }) => ({ topic, type, prompt, tags }));
    parts.push(block('quiz_sample', JSON.stringify(samples, null, 1), BUDGET.userText));
    parts.push(
      `Write ${count} new questions like these samples, on the same topics at a similar difficulty.`,
    );
  } else {
    if (request.job) parts.push(...jobSubject(request.job, request.analysis));
    // A typed role name is user input but still short, free text: delimit it like page text.
    if (request.role) parts.push(block('user_text', `Target role: ${request.role}`, 100));
    if (request.targetRole) {
      const rounds = request.targetRole.rounds.map((round) => `${round.kind} (${round.weight})`).join(', ');
      const skills = request.targetRole.skills.join(', ');
      parts.push(block('user_text', `Interview rounds by weight: ${rounds}\nSkills: ${skills}`, 200));
    }
    parts.push(`Write ${count} questions that prepare me for this target role's interviews.`);
  }
  return {
    flow: 'quiz',
    version,
    messages: [system(INSTRUCTIONS), userMessage(parts)],
  };
}

/**
 * Give generated questions the quiz's Question shape, marked generated, ids prefixed (and made unique)
 * so they never collide with the bank's. The quiz service drops repeats before storing them.
 */
export function toQuizQuestions(
  batch: QuizBatch,
  options: { idPrefix?: string; source?: string } = {},
): Question[] {
  const prefix = options.idPrefix ?? 'gen';
  const seen = new Set<string>();
  return batch.questions.map((question, index) => {
    let id = `${prefix}-${question.id}`;
    if (seen.has(id)) id = `${id}-${index}`;
    seen.add(id);
    const common = {
      id,
      topic: question.topic,
      prompt: question.prompt,
      explanation: question.explanation,
      difficulty: question.difficulty as 1 | 2 | 3,
      tags: question.tags,
      generated: true,
      ...(options.source ? { source: options.source } : {}),
    };
    // The schema's refinement guarantees these pairings; the checks narrow the types.
    if (question.type === 'choice' && question.choices && typeof question.answer === 'number') {
      return { ...common, type: 'choice', choices: question.choices, answer: question.answer };
    }
    return { ...common, type: 'card', answer: String(question.answer) };
  });
}
