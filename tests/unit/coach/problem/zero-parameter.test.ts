import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { zeroParameterLine } from '@/lib/coach/problem/edge-bounds';

describe('a parameter of 0, read from the role the statement gives it', () => {
  it('reads a slack, a repetition and an amount each operation carries', () => {
    expect(zeroParameterLine('k', 'a stretch is calm when the temperatures differ by at most k.')).toBe(
      'k = 0, where "at most k" leaves no slack at all',
    );
    expect(
      zeroParameterLine('K', 'find the longest run of shelves whose books number at most k in total.'),
    ).toBe('K = 0, where "at most K" leaves no slack at all');
    expect(zeroParameterLine('k', 'rotate the list to the left by k places.')).toMatch(
      /^k = 0, where nothing moves/,
    );
    expect(
      zeroParameterLine('K', 'the mosaic is turned a quarter turn clockwise, k times in a row.'),
    ).toMatch(/^K = 0, where nothing moves, and K past one full cycle/);
    expect(
      zeroParameterLine(
        'k',
        'each of the next m lines contains three integers a, b and k: add k to every element.',
      ),
    ).toBe('k = 0 in an operation, which then changes nothing');
  });

  it('says nothing where the statement gives the parameter no such role', () => {
    // Near misses: a power, a cutoff asked about, another letter's slack.
    expect(zeroParameterLine('K', 'print the number of digits of 10^k.')).toBeUndefined();
    expect(
      zeroParameterLine('k', 'for each cutoff k, count the applicants who scored at least k.'),
    ).toBeUndefined();
    expect(zeroParameterLine('k', 'choose at most m items; k is the number of colours.')).toBeUndefined();
  });

  it('never says the answer is usually empty, whatever the statement says of the parameter', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('k', 'K', 'd', 'x'),
        fc.stringMatching(/^[a-z ,.]{0,80}$/),
        (name, prose) => {
          const line = zeroParameterLine(name, `${prose} ${name.toLowerCase()} ${prose}`);
          return line === undefined || (line.startsWith(`${name} = 0`) && !/usually empty/.test(line));
        },
      ),
    );
  });
});
