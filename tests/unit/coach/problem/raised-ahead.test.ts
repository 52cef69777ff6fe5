import { describe, expect, it } from 'vitest';
import { analyzeProblem } from '@/lib/coach/problem';
import { noGrounds } from '@/lib/coach/problem/certainty';
import { raisedAheadOfCommon } from '@/lib/coach/problem/technique-order';
import type { TechniqueId } from '@/lib/coach/problem/types';
import { problemContext } from '../../../support/problem-context';

/** A guess as the ranking sees it: grounded when anything on the page points at it. */
const entry = (
  id: TechniqueId,
  grounded: boolean,
): [TechniqueId, { score: number; grounded: boolean; grounds: ReturnType<typeof noGrounds> }] => [
  id,
  { score: 1, grounded, grounds: noGrounds() },
];

const order = (entries: ReturnType<typeof entry>[], raised: TechniqueId[]) =>
  raisedAheadOfCommon(entries, new Set(raised)).map(([id]) => id);

describe('a guess the wording raises goes ahead of guesses that are only common', () => {
  it('moves a raised runner-up past the base rates just above it, not past the lead', () => {
    expect(
      order(
        [entry('hash-table', false), entry('dynamic-programming', false), entry('queue', true)],
        ['queue'],
      ),
    ).toEqual(['hash-table', 'queue', 'dynamic-programming']);
    expect(
      order(
        [
          entry('stack', true),
          entry('hash-table', false),
          entry('greedy', false),
          entry('monotonic-stack', true),
        ],
        ['monotonic-stack'],
      ),
    ).toEqual(['stack', 'monotonic-stack', 'hash-table', 'greedy']);
  });

  it('leaves a grounded guess the wording does not raise where its evidence put it (near miss)', () => {
    expect(
      order([entry('sorting', true), entry('hash-table', false), entry('greedy', true)], ['two-pointers']),
    ).toEqual(['sorting', 'hash-table', 'greedy']);
  });

  it('never moves a raised guess past one the page points at (near miss)', () => {
    expect(
      order(
        [
          entry('binary-search', true),
          entry('sorting', true),
          entry('hash-table', false),
          entry('queue', true),
        ],
        ['queue'],
      ),
    ).toEqual(['binary-search', 'sorting', 'queue', 'hash-table']);
  });

  it('keeps every guess, whatever is raised', () => {
    const entries = [
      entry('math', true),
      entry('hash-table', false),
      entry('trie', true),
      entry('greedy', false),
    ];
    expect(order(entries, ['trie', 'greedy', 'math']).sort()).toEqual(entries.map(([id]) => id).sort());
  });
});

describe('the places below the lead on a statement', () => {
  it('puts the swaps the wording raises ahead of techniques only common among problems like it', () => {
    const { patterns } = analyzeProblem(
      problemContext({
        title: 'Turn the Tiles',
        statement:
          'You are given an n x n grid of tiles. Rotate the whole grid a quarter turn clockwise in place, swapping tiles, and return it.',
        constraints: ['1 <= n <= 20'],
      }),
    );
    const ids = patterns.map((p) => p.id);
    expect(ids.slice(0, 3)).toContain('two-pointers');
    const common = patterns.findIndex((p) => p.baseRateOnly);
    expect(common).toBeGreaterThan(ids.indexOf('two-pointers'));
  });
});

describe('a statement nothing points at names two candidates, not one', () => {
  it('says the leader and the next commonest method are only common, and to check each', () => {
    const analysis = analyzeProblem(
      problemContext({
        title: 'Tidy Shelf',
        statement:
          'You are given n numbers. Print one number: the answer described by the shopkeeper.\n\nConstraints: 1 <= n <= 10^5',
      }),
    );
    const [first, second] = analysis.patterns;
    expect(first?.baseRateOnly).toBe(true);
    expect(analysis.techniqueDoubt).toContain('nothing on this page points at a method');
    expect(analysis.techniqueDoubt).toContain(`${second?.id.replaceAll('-', ' ')} are only the commonest`);
    expect(analysis.techniqueDoubt).toContain('Check each');
  });
});
