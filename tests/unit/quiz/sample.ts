import { type Question, TOPICS, type Topic } from '@/lib/quiz/topics';

/** A small bank in the real files' shape, so scheduling tests do not depend on the real bank. */
export function choice(topic: Topic, n: number, extra: Partial<Question> = {}): Question {
  return {
    id: `${topic}-${String(n).padStart(3, '0')}`,
    topic,
    type: 'choice',
    prompt: `${topic} question ${n}?`,
    choices: ['first', 'second', 'third', 'fourth'],
    answer: 1,
    explanation: 'Because the second one is right.',
    difficulty: 2,
    tags: [],
    ...extra,
  } as Question;
}

export function card(topic: Topic, n: number): Question {
  return {
    id: `${topic}-${String(n).padStart(3, '0')}`,
    topic,
    type: 'card',
    prompt: `${topic} recall ${n}?`,
    answer: 'The model answer.',
    explanation: 'Why it matters.',
    difficulty: 1,
    tags: [],
  };
}

/** Five choice questions per topic. */
export const SAMPLE_BANK: Question[] = TOPICS.flatMap((topic) =>
  [1, 2, 3, 4, 5].map((n) => choice(topic, n)),
);
