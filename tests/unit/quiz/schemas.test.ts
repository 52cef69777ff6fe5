import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { repairQuizPrefs } from '@/lib/quiz/prefs';
import { isDayTally, isStoredCard, repairProgress } from '@/lib/quiz/progress';
import {
  DayTallySchema,
  ProgressSchema,
  QuizPrefsSchema,
  StoredCardSchema,
  TargetRoleSchema,
} from '@/lib/quiz/schemas';
import { isTargetRole } from '@/lib/quiz/target-role';
import { TOPICS } from '@/lib/quiz/topics';

/** Odd values a corrupted or hand-edited store might hold in any field. */
const junk = fc.oneof(
  fc.anything(),
  fc.constantFrom(
    -1,
    0.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    2 ** 60,
    '3',
    null,
    undefined,
    4,
    'algorithms',
  ),
);

/** A valid record, then with a few fields dropped, replaced by junk, or added. */
function nearly<T extends Record<string, unknown>>(valid: fc.Arbitrary<T>) {
  return fc
    .tuple(valid, fc.array(fc.tuple(fc.string({ maxLength: 14 }), junk, fc.boolean()), { maxLength: 3 }))
    .map(([record, edits]) => {
      const copy: Record<string, unknown> = { ...record };
      for (const [key, value, existing] of edits) {
        const keys = Object.keys(copy);
        const target = existing && keys.length > 0 ? (keys[key.length % keys.length] as string) : key;
        if (value === undefined) delete copy[target];
        // An own property, as JSON.parse and storage make one: assigning "__proto__" would set
        // the record's prototype instead, which no stored value can have.
        else
          Object.defineProperty(copy, target, {
            value,
            enumerable: true,
            writable: true,
            configurable: true,
          });
      }
      return copy;
    });
}

const count = fc.nat({ max: 1_000 });
const time = fc.double({ min: 0, max: 1e13, noNaN: true });
const card = fc.record(
  {
    topic: fc.constantFrom(...TOPICS),
    due: time,
    stability: time,
    difficulty: time,
    elapsed_days: time,
    scheduled_days: time,
    learning_steps: count,
    reps: count,
    lapses: count,
    state: fc.constantFrom(0, 1, 2, 3),
    last_review: time,
  },
  {
    requiredKeys: [
      'topic',
      'due',
      'stability',
      'difficulty',
      'elapsed_days',
      'scheduled_days',
      'learning_steps',
      'reps',
      'lapses',
      'state',
    ],
  },
);
const role = fc.record({
  rounds: fc.array(
    nearly(
      fc.record({
        kind: fc.constantFrom('coding', 'system-design', 'api-design', 'behavioral', 'domain'),
        weight: time,
      }),
    ),
    { maxLength: 3 },
  ),
  skills: fc.array(fc.oneof(fc.string(), junk), { maxLength: 3 }),
});

describe('the popup’s hand-written guards agree with the zod schemas', () => {
  it('on stored cards', () => {
    fc.assert(
      fc.property(nearly(card), (value) => {
        expect(isStoredCard(value)).toBe(z.safeParse(StoredCardSchema, value).success);
      }),
      { numRuns: 2_000 },
    );
  });

  it('on day tallies', () => {
    fc.assert(
      fc.property(nearly(fc.record({ answered: count, new: count })), (value) => {
        expect(isDayTally(value)).toBe(z.safeParse(DayTallySchema, value).success);
      }),
    );
  });

  it('on target roles', () => {
    fc.assert(
      fc.property(nearly(role), (value) => {
        expect(isTargetRole(value)).toBe(z.safeParse(TargetRoleSchema, value).success);
      }),
      { numRuns: 2_000 },
    );
  });

  it('on whole progress: repair keeps a valid progress as it is, and always yields a valid one', () => {
    const progress = fc.record({
      cards: fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(card, nearly(card))),
      days: fc.dictionary(
        fc.oneof(fc.constant('2025-01-02'), fc.string({ maxLength: 10 })),
        nearly(fc.record({ answered: count, new: count })),
      ),
    });
    fc.assert(
      fc.property(progress, (value) => {
        const repaired = repairProgress(value);
        expect(z.safeParse(ProgressSchema, repaired).success).toBe(true);
        if (z.safeParse(ProgressSchema, value).success) expect(repaired).toEqual(value);
      }),
    );
  });

  it('on preferences: repair always yields valid ones', () => {
    fc.assert(
      fc.property(
        nearly(fc.record({ topics: fc.array(fc.constantFrom(...TOPICS)), newPerDay: count })),
        (value) => {
          expect(z.safeParse(QuizPrefsSchema, repairQuizPrefs(value)).success).toBe(true);
        },
      ),
    );
  });
});
