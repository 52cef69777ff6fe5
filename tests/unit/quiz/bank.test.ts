import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '@/lib/quiz/normalize';
import { type Question, TOPICS } from '@/lib/quiz/topics';
import { QuestionSchema } from '../../support/quiz-schema';

const BANK_DIR = join(import.meta.dirname, '../../../lib/quiz/bank');
const MIN_PER_TOPIC = 40;
const MIN_TOTAL = 300;

function readBank(): { file: string; items: unknown[] }[] {
  if (!existsSync(BANK_DIR)) return [];
  return readdirSync(BANK_DIR)
    .filter((file) => file.endsWith('.json'))
    .map((file) => ({ file, items: JSON.parse(readFileSync(join(BANK_DIR, file), 'utf8')) as unknown[] }));
}

describe('the question bank', () => {
  const files = readBank();
  const questions: Question[] = files.flatMap(({ items }) =>
    (Array.isArray(items) ? items : []).flatMap((item) => {
      const parsed = QuestionSchema.safeParse(item);
      return parsed.success ? [parsed.data] : [];
    }),
  );

  it('has one file per topic and nothing else', () => {
    expect(files.map(({ file }) => file).sort()).toEqual(TOPICS.map((topic) => `${topic}.json`).sort());
  });

  it('validates every question against the schema, in the file of its topic', () => {
    const problems = files.flatMap(({ file, items }) => {
      if (!Array.isArray(items)) return [`${file}: not a JSON array`];
      return items.flatMap((item, index) => {
        const parsed = QuestionSchema.safeParse(item);
        if (!parsed.success)
          return [
            `${file}[${index}]: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
          ];
        return parsed.data.topic === file.replace(/\.json$/, '')
          ? []
          : [`${file}[${index}]: topic ${parsed.data.topic}`];
      });
    });
    expect(problems).toEqual([]);
  });

  it('has unique ids', () => {
    const ids = questions.map((question) => question.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('has exactly one correct choice per multiple-choice question', () => {
    const broken = questions.filter(
      (question) =>
        question.type === 'choice' &&
        (question.choices.length < 2 ||
          question.choices.length > 4 ||
          question.answer < 0 ||
          question.answer >= question.choices.length ||
          new Set(question.choices.map(normalizeText)).size !== question.choices.length),
    );
    expect(broken.map((question) => question.id)).toEqual([]);
  });

  it('never asks the same prompt twice', () => {
    const prompts = questions.map((question) => normalizeText(question.prompt));
    const repeated = questions.filter((_, index) => prompts.indexOf(prompts[index] ?? '') !== index);
    expect(repeated.map((question) => question.id)).toEqual([]);
  });

  it(`covers every topic with at least ${MIN_PER_TOPIC} questions and ${MIN_TOTAL} in all`, () => {
    for (const topic of TOPICS) {
      expect(questions.filter((question) => question.topic === topic).length, topic).toBeGreaterThanOrEqual(
        MIN_PER_TOPIC,
      );
    }
    expect(questions.length).toBeGreaterThanOrEqual(MIN_TOTAL);
  });
});
