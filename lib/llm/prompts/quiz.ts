import { z } from 'zod';
import type { TargetRole } from '@/lib/quiz/target-role';
import { type Question, TOPICS } from '@/lib/quiz/topics';
import {
  BUDGET,
  type BuiltPrompt,
  block,
  type JobInput,
  jobAnalysisBlock,
  jobPageBlock,
  type OfflineJobAnalysis,
  system,
} from './shared';

export const version = 'quiz@1';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * One generated question, as strict as the quiz bank's own schema (lib/quiz/schema.ts) so that
 * mergeGenerated accepts it. Strict structured output cannot express optional fields, so `choices`
 * is null for cards; `toQuizQuestions` turns the batch into the quiz's Question shape.
 */
const GeneratedQuestion = z
  .object({
    id: z.string().regex(KEBAB).max(60),
    topic: z.enum(TOPICS),
    type: z.enum(['choice', 'card']),
    prompt: z.string().trim().min(1),
    choices: z.array(z.string().trim().min(1)).min(2).max(4).nullable(),
    answer: z.union([z.number().int().min(0), z.string().trim().min(1)]),
    explanation: z.string().trim().min(1),
    difficulty: z.number().int().min(1).max(3),
    tags: z.array(z.string().regex(KEBAB)).max(6),
  })
  .superRefine((question, ctx) => {
    if (question.type === 'choice') {
      if (!question.choices) ctx.addIssue({ code: 'custom', message: 'A choice question needs choices.' });
      else if (typeof question.answer !== 'number' || question.answer >= question.choices.length)
        ctx.addIssue({ code: 'custom', message: 'A choice answer is the index of one of its choices.' });
    } else if (typeof question.answer !== 'string' || question.choices !== null) {
      ctx.addIssue({ code: 'custom', message: 'A card has no choices and a text answer.' });
    }
  });

export const QuizBatch = z.object({ questions: z.array(GeneratedQuestion).min(1).max(10) });
export type QuizBatch = z.infer<typeof QuizBatch>;

const INSTRUCTIONS = `Task: write interview-practice quiz questions as structured data matching the schema.
- topic: one of ${TOPICS.join(', ')}.
- type "choice": 2 to 4 choices, exactly one correct, answer is the index (0-based) of the correct choice.
- type "card": a question answered from memory; choices is null and answer is a short model answer.
- Each question tests one idea; the explanation says why the answer is right (and for choices, why the others are wrong).
- difficulty: 1 recall, 2 apply, 3 analyse. id: a short kebab-case slug of the idea. tags: lowercase kebab-case keywords.
- Do not repeat the sample questions; vary the topics the request names.`;

export type QuizRequest =
  | { kind: 'more-like'; samples: readonly Question[]; count?: number }
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

const DEFAULT_COUNT = 5;

export function buildQuizPrompt(request: QuizRequest): BuiltPrompt {
  const count = Math.min(Math.max(request.count ?? DEFAULT_COUNT, 1), 10);
  const parts: string[] = [];
  if (request.kind === 'more-like') {
    const samples = request.samples.map(({ topic, type, prompt, tags }) => ({ topic, type, prompt, tags }));
    parts.push(block('quiz_sample', JSON.stringify(samples, null, 1), BUDGET.userText));
    parts.push(
      `Write ${count} new questions like these samples, on the same topics at a similar difficulty.`,
    );
  } else {
    if (request.job) parts.push(jobAnalysisBlock(request.analysis), jobPageBlock(request.job));
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
    messages: [system(INSTRUCTIONS), { role: 'user', content: parts.join('\n\n') }],
  };
}

/**
 * Give generated questions the quiz's Question shape, marked generated, ids prefixed (and made unique)
 * so they never collide with the bank's. The quiz's mergeGenerated still checks them against the bank.
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
