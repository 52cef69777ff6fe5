import { z } from 'zod';
import { normalizeText } from '@/lib/quiz/normalize';
import { type Question, TOPICS } from '@/lib/quiz/topics';

/*
 * The quiz bank's format in classic zod, for the tests that validate the bank and what generation
 * stores: the extension itself checks stored questions with the zod-free guard in
 * lib/quiz/question-guard.ts and generated ones with the structured-output schema.
 */

/** Lowercase kebab-case keyword, e.g. `two-pointers`, `postgresql`. */
const Tag = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'tags are lowercase kebab-case');
const Text = z.string().trim().min(1);

const Base = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lowercase kebab-case, e.g. alg-001'),
  topic: z.enum(TOPICS),
  prompt: Text,
  explanation: Text,
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  tags: z.array(Tag),
  generated: z.boolean().optional(),
  source: z.string().optional(),
});

export const ChoiceQuestionSchema = Base.extend({
  type: z.literal('choice'),
  choices: z.array(Text).min(2).max(4),
  answer: z.number().int().nonnegative(),
}).superRefine((question, ctx) => {
  if (question.answer >= question.choices.length) {
    ctx.addIssue({
      code: 'custom',
      path: ['answer'],
      message: `answer ${question.answer} is not one of the ${question.choices.length} choices`,
    });
  }
  // Two choices that read the same would make two of them correct.
  const seen = new Set<string>();
  for (const choice of question.choices) {
    const key = normalizeText(choice);
    if (seen.has(key))
      ctx.addIssue({ code: 'custom', path: ['choices'], message: `duplicate choice "${choice}"` });
    seen.add(key);
  }
});

export const CardQuestionSchema = Base.extend({
  type: z.literal('card'),
  answer: Text,
});

export const QuestionSchema = z.discriminatedUnion('type', [ChoiceQuestionSchema, CardQuestionSchema]);

/** The schema and the zod-free `Question` in topics.ts must describe the same shape. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type AssertTrue<T extends true> = T;
export type QuestionShapesAgree = AssertTrue<Same<z.infer<typeof QuestionSchema>, Question>>;
