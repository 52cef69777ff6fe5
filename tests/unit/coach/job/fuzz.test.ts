import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeJob, ROUND_KINDS, type RoundKind, TRACKS } from '@/lib/coach/job';
import { readProcess } from '@/lib/coach/job/process';
import { MONDAY, posting } from './posting';

const DESIGN: readonly RoundKind[] = [
  'system-design',
  'frontend-design',
  'mobile-design',
  'ml-design',
  'data-design',
  'api-design',
];

/** Posting-like text: the words the readers key on, mixed with markup and noise. */
const fragment = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '\n',
    '\n- ',
    '**How we interview**\n',
    '## Our process\n',
    'Our interview process:',
    'A 60-minute ',
    'coding interview',
    'system design',
    'we do not run ',
    'no take-home',
    'pair programming',
    'debugging session',
    'a presentation',
    'people management',
    'with a mentor',
    'you will mentor',
    'Account Executive',
    'Engineering Manager',
    ';',
    ', and a ',
    '. ',
  ),
);
const text = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(''));

describe('the job coach on untrusted posting text', () => {
  it('reads any process text into known kinds, with positive minutes and quotes from the text', () => {
    fc.assert(
      fc.property(text, (description) => {
        const process = readProcess(description);
        for (const round of process.stated) {
          expect(ROUND_KINDS).toContain(round.kind);
          expect(round.minutes === undefined || round.minutes > 0).toBe(true);
          expect(description.replace(/\s+/g, ' ')).toContain(round.quote.replace(/\s+/g, ' ').slice(0, 20));
        }
        for (const kind of process.ruledOut) expect(ROUND_KINDS).toContain(kind);
      }),
      { numRuns: 300 },
    );
  });

  it('always builds a loop whose weights sum to 1, with no coding or design outside engineering', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), text, (title, description) => {
        const analysis = analyzeJob(posting({ title, description }), { today: MONDAY });
        expect(TRACKS).toContain(analysis.track);
        expect(analysis.rounds.length).toBeGreaterThan(0);
        expect(analysis.rounds.reduce((sum, round) => sum + round.weight, 0)).toBeCloseTo(1, 5);
        if (analysis.track === 'non-engineering') {
          expect(
            analysis.rounds.some((round) => round.kind === 'coding' || DESIGN.includes(round.kind)),
          ).toBe(false);
        }
        for (const kind of analysis.loop.ruledOut) {
          expect(analysis.rounds.some((round) => round.kind === kind)).toBe(false);
        }
        expect(analysis.plan.at(-1)?.phases).toEqual(['interview']);
      }),
      { numRuns: 200 },
    );
  });

  // No timing asserted (the bench measures speed): a backtracking regex would hang past the test's timeout.
  it('reads a long hostile posting to the end', () => {
    const hostile = `${'- a'.repeat(5000)}\n${'interview '.repeat(3000)}${'no '.repeat(3000)}${'(60 minutes) '.repeat(2000)}`;
    const analysis = analyzeJob(posting({ title: 'Engineer '.repeat(200), description: hostile }), {
      today: MONDAY,
    });
    expect(analysis.rounds.length).toBeGreaterThan(0);
  });
});
