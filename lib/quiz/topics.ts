/** The quiz's topics, one bank file each (`lib/quiz/bank/<topic>.json`). */
export const TOPICS = [
  'algorithms',
  'system-design',
  'api-design',
  'databases',
  'concurrency',
  'behavioral',
] as const;
export type Topic = (typeof TOPICS)[number];

export const TOPIC_LABELS: Record<Topic, string> = {
  algorithms: 'Algorithms',
  'system-design': 'System design',
  'api-design': 'API design',
  databases: 'Databases',
  concurrency: 'Concurrency',
  behavioral: 'Behavioral',
};

export function isTopic(value: unknown): value is Topic {
  return typeof value === 'string' && (TOPICS as readonly string[]).includes(value);
}

/**
 * The question shapes without zod: the popup's first paint imports these types and must not pay
 * for classic zod (~15 KB gzipped). `schema.ts` validates exactly this shape and asserts so.
 */
interface QuestionBase {
  id: string;
  topic: Topic;
  prompt: string;
  explanation: string;
  difficulty: 1 | 2 | 3;
  tags: string[];
  /** Made by a model rather than written for the bank. */
  generated?: boolean;
  /** Where a generated question came from, e.g. the model and the prompt that asked for it. */
  source?: string;
}
export interface ChoiceQuestion extends QuestionBase {
  type: 'choice';
  choices: string[];
  /** Index into `choices` of the one correct choice. */
  answer: number;
}
export interface CardQuestion extends QuestionBase {
  type: 'card';
  /** The model answer the user compares their recall against. */
  answer: string;
}
export type Question = ChoiceQuestion | CardQuestion;
