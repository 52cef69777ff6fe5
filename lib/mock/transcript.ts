import { MAX_TURN_CHARS, MAX_TURNS, SPEAKERS, type Speaker } from './names';

export { MAX_TURN_CHARS, MAX_TURNS, SPEAKERS, type Speaker };

/* What was said in a mock, turn by turn: typed, or dictated where the browser can. */

export interface MockTurn {
  speaker: Speaker;
  /** The stage (coding) or section (design) it was said in. */
  phase: string;
  text: string;
  /** The round's clock when it was said, in milliseconds. */
  at: number;
}

/** The turns with `turn` added: empty ones dropped, long ones cut, the newest MAX_TURNS kept. */
export function addTurn(turns: readonly MockTurn[], turn: MockTurn): MockTurn[] {
  const text = turn.text.trim().slice(0, MAX_TURN_CHARS);
  if (!text) return [...turns];
  return [...turns, { ...turn, text }].slice(-MAX_TURNS);
}
