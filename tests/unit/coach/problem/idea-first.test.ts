import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { noGrounds } from '@/lib/coach/problem/certainty';
import type { CompanionCounts } from '@/lib/coach/problem/companions';
import { ideaFirst } from '@/lib/coach/problem/technique-order';
import type { Grounds, TechniqueId } from '@/lib/coach/problem/types';
import { problemContext } from '../../../support/problem-context';

type Entry = { score: number; grounded: boolean; grounds: Grounds };

/** Where a guess's evidence came from: a phrase of the statement, the learned model alone, or only how common it is. */
type From = 'statement' | 'model' | 'base rate';

/** The techniques ideaFirst raises, and by how much, over guesses with the given evidence. */
function raised(
  guesses: Partial<Record<TechniqueId, { score: number; from: From }>>,
  counts?: CompanionCounts,
): Map<TechniqueId, number> {
  const scores = new Map<TechniqueId, Entry>(
    Object.entries(guesses).map(([id, { score, from }]) => [
      id as TechniqueId,
      {
        score,
        grounded: from !== 'base rate',
        grounds: { ...noGrounds(), statement: from === 'statement' ? 1 : 0 },
      },
    ]),
  );
  const added = new Map<TechniqueId, number>();
  ideaFirst(
    scores,
    (id, weight) => {
      added.set(id, (added.get(id) ?? 0) + weight);
      const entry = scores.get(id);
      if (entry) entry.score += weight;
    },
    counts,
  );
  return added;
}

describe('an idea goes ahead of the step that serves it only where the page points at the idea', () => {
  it('leaves a grid ahead of a hash table that is only common among problems like it', () => {
    expect(
      raised({ matrix: { score: 1.2, from: 'model' }, 'hash-table': { score: 0.6, from: 'base rate' } }).size,
    ).toBe(0);
  });

  it('leaves a string ahead of a hash table that is only common, though the notes name the table first', () => {
    expect(
      raised({
        string: { score: 1.2, from: 'statement' },
        'hash-table': { score: 0.7, from: 'base rate' },
      }).has('hash-table'),
    ).toBe(false);
  });

  it('still puts a hash table the model reads from the words ahead of the string it counts (near miss)', () => {
    expect(
      raised({ string: { score: 3, from: 'statement' }, 'hash-table': { score: 1.6, from: 'model' } }).has(
        'hash-table',
      ),
    ).toBe(true);
  });

  it('still puts a table of smaller answers the model reads ahead of the string it fills (near miss)', () => {
    expect(
      raised({
        string: { score: 3, from: 'statement' },
        'dynamic-programming': { score: 1.5, from: 'model' },
      }).has('dynamic-programming'),
    ).toBe(true);
  });

  it('still puts a prefix sum a phrase names ahead of the hash table that stores its totals (near miss)', () => {
    expect(
      raised({
        'hash-table': { score: 3, from: 'statement' },
        'prefix-sum': { score: 2.8, from: 'statement' },
      }).has('prefix-sum'),
    ).toBe(true);
  });
});

describe('which technique serves which is a reviewed table, not a threshold on counts', () => {
  it('keeps a prefix sum ahead of its hash table whatever the notes happen to count', () => {
    const reversed: CompanionCounts = {
      entries: 10,
      listed: { 'prefix-sum': 10, 'hash-table': 10 },
      primary: { 'hash-table': 10 },
      ahead: { 'hash-table': { 'prefix-sum': 10 } },
    };
    const guesses = {
      'hash-table': { score: 3, from: 'statement' },
      'prefix-sum': { score: 2.8, from: 'statement' },
    } as const;
    expect(raised(guesses, reversed).has('prefix-sum')).toBe(true);
  });

  it('leaves two steps in the order of their evidence (a sort ahead of a hash table)', () => {
    expect(
      raised({ sorting: { score: 3, from: 'statement' }, 'hash-table': { score: 2.8, from: 'statement' } })
        .size,
    ).toBe(0);
  });
});

describe('a hash table only common among problems like this one stays behind the input the page names', () => {
  it('does not lead a square of letters folded over its diagonal', () => {
    const { patterns } = analyzeProblem(
      problemContext({
        title: 'Folded Napkin',
        statement:
          'A napkin is embroidered with n rows of n characters each, every character a lowercase letter. Check whether the napkin looks the same after it is folded over its main diagonal, that is, whether the character in row i and column j equals the one in row j and column i.',
        constraints: ['1 <= n <= 2000'],
      }),
    );
    expect(patterns[0]?.id).not.toBe('hash-table');
    expect(patterns.find((p) => p.id === 'hash-table')?.baseRateOnly).toBe(true);
  });
});
