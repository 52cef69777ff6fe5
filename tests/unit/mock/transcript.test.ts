import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateTokens } from '@/lib/llm/tokens';
import { addTurn, fitTranscript, MAX_TURN_CHARS, MAX_TURNS, type MockTurn } from '@/lib/mock/transcript';

const turn = (speaker: MockTurn['speaker'], text: string, at = 0): MockTurn => ({
  speaker,
  phase: 'approach',
  text,
  at,
});

describe('a transcript', () => {
  it('drops empty turns, trims long ones and keeps the newest turns', () => {
    expect(addTurn([], turn('candidate', '   '))).toEqual([]);
    expect(addTurn([], turn('candidate', 'x'.repeat(MAX_TURN_CHARS + 50)))[0]?.text).toHaveLength(
      MAX_TURN_CHARS,
    );
    let turns: MockTurn[] = [];
    for (let index = 0; index < MAX_TURNS + 5; index += 1)
      turns = addTurn(turns, turn('candidate', `turn ${index}`));
    expect(turns).toHaveLength(MAX_TURNS);
    expect(turns.at(-1)?.text).toBe(`turn ${MAX_TURNS + 4}`);
  });

  it('fits any transcript into its budget, the newest turn always there', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            speaker: fc.constantFrom<MockTurn['speaker']>('interviewer', 'candidate'),
            phase: fc.constantFrom('clarify', 'code'),
            text: fc.string({ minLength: 1, maxLength: 3_000 }),
            at: fc.nat(),
          }),
          { minLength: 1, maxLength: 80 },
        ),
        fc.integer({ min: 200, max: 1_500 }),
        (turns, budget) => {
          const fitted = fitTranscript(turns, budget);
          expect(estimateTokens(fitted.text)).toBeLessThanOrEqual(budget);
          expect(fitted.verbatim).toBeGreaterThanOrEqual(1);
          expect(fitted.verbatim + fitted.digested + fitted.omitted).toBe(turns.length);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('gives a short round word for word, and a long one as a digest of its opening words then the newest turns', () => {
    const short = [turn('interviewer', 'How would you solve it?'), turn('candidate', 'With a hash map.')];
    expect(fitTranscript(short, 500, () => 'Approach').text).toBe(
      'Interviewer (Approach): How would you solve it?\nCandidate (Approach): With a hash map.',
    );
    const long = Array.from({ length: 40 }, (_, index) =>
      turn(index % 2 ? 'candidate' : 'interviewer', `Turn ${index}: ${'detail '.repeat(40).trim()}`),
    );
    const fitted = fitTranscript(long, 600);
    expect(fitted.text).toContain('Earlier in the round, by their opening words:');
    expect(fitted.text).toContain('Most recent, word for word:');
    expect(fitted.text.endsWith(long.at(-1)?.text ?? '-')).toBe(true);
    expect(fitted.digested).toBeGreaterThan(0);
  });
});
