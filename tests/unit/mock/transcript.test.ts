import { describe, expect, it } from 'vitest';
import { addTurn, MAX_TURN_CHARS, MAX_TURNS, type MockTurn } from '@/lib/mock/transcript';

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
});
