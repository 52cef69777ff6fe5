import { isRecord } from './progress';
import { isTopic, type Question } from './topics';

/*
 * A stored generated question, checked without zod for the popup's first load (see
 * lib/storage/quiz.ts). It accepts every question the bank's `QuestionSchema` (tests/support/quiz-schema.ts) accepts and refuses whatever the
 * quiz views could not show or grade; a property test holds it to both.
 */

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim().length > 0;
const isOptional = (value: unknown, type: 'boolean' | 'string') =>
  value === undefined || typeof value === type;

export function isQuestion(value: unknown): value is Question {
  if (!isRecord(value)) return false;
  const base =
    typeof value.id === 'string' &&
    KEBAB.test(value.id) &&
    isTopic(value.topic) &&
    isText(value.prompt) &&
    isText(value.explanation) &&
    (value.difficulty === 1 || value.difficulty === 2 || value.difficulty === 3) &&
    Array.isArray(value.tags) &&
    value.tags.every((tag) => typeof tag === 'string' && KEBAB.test(tag)) &&
    isOptional(value.generated, 'boolean') &&
    isOptional(value.source, 'string');
  if (!base) return false;
  if (value.type === 'card') return isText(value.answer);
  if (value.type !== 'choice') return false;
  const { choices, answer } = value;
  return (
    Array.isArray(choices) &&
    choices.length >= 2 &&
    choices.length <= 4 &&
    choices.every(isText) &&
    Number.isInteger(answer) &&
    (answer as number) >= 0 &&
    (answer as number) < choices.length
  );
}
