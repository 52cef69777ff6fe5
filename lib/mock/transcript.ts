import { estimateTokens, truncateToTokens } from '../llm/tokens';
import { MAX_TURN_CHARS, MAX_TURNS, SPEAKERS, type Speaker } from './names';

export { MAX_TURN_CHARS, MAX_TURNS, SPEAKERS, type Speaker };

/*
 * What was said in a mock, turn by turn, and how it is fitted into one interviewer prompt: the
 * newest turns word for word, older ones cut to their opening words, the oldest counted but left
 * out, so a request stays within its budget however long the round runs.
 */

export interface MockTurn {
  speaker: Speaker;
  /** The stage (coding) or section (design) it was said in. */
  phase: string;
  text: string;
  /** The round's clock when it was said, in milliseconds. */
  at: number;
}

/** A turn as a prompt quotes it: who said what, and in which stage or section. */
export type QuotedTurn = Pick<MockTurn, 'speaker' | 'phase' | 'text'>;

/** Of the transcript's budget, the share the newest turns may take word for word. */
const VERBATIM_SHARE = 0.7;
/** Words an older turn keeps in the digest. */
const DIGEST_WORDS = { candidate: 28, interviewer: 14 } as const;

export function addTurn(turns: readonly MockTurn[], turn: MockTurn): MockTurn[] {
  const text = turn.text.trim().slice(0, MAX_TURN_CHARS);
  if (!text) return [...turns];
  return [...turns, { ...turn, text }].slice(-MAX_TURNS);
}

const SPEAKER_NAMES: Record<Speaker, string> = { interviewer: 'Interviewer', candidate: 'Candidate' };

function verbatim(turn: QuotedTurn, phaseName: (phase: string) => string): string {
  return `${SPEAKER_NAMES[turn.speaker]} (${phaseName(turn.phase)}): ${turn.text}`;
}

function digest(turn: QuotedTurn, phaseName: (phase: string) => string): string {
  const words = turn.text.split(/\s+/).filter(Boolean);
  const kept = words.slice(0, DIGEST_WORDS[turn.speaker]).join(' ');
  return `- ${phaseName(turn.phase)}, ${SPEAKER_NAMES[turn.speaker].toLowerCase()}: ${kept}${words.length > DIGEST_WORDS[turn.speaker] ? ' …' : ''}`;
}

export interface FittedTranscript {
  text: string;
  /** Turns given word for word (the newest). */
  verbatim: number;
  /** Older turns given by their opening words. */
  digested: number;
  /** The oldest turns, left out. */
  omitted: number;
}

/**
 * The transcript as prompt text within `budget` estimated tokens. The newest turn is always there,
 * cut to fit when it alone is too long.
 */
export function fitTranscript(
  turns: readonly QuotedTurn[],
  budget: number,
  phaseName: (phase: string) => string = (phase) => phase,
): FittedTranscript {
  if (turns.length === 0) return { text: 'Nothing has been said yet.', verbatim: 0, digested: 0, omitted: 0 };
  const verbatimBudget = Math.floor(budget * VERBATIM_SHARE);
  const recent: string[] = [];
  let used = 0;
  let index = turns.length - 1;
  for (; index >= 0; index -= 1) {
    const line = verbatim(turns[index] as QuotedTurn, phaseName);
    const cost = estimateTokens(line) + 1;
    if (recent.length === 0 && cost > verbatimBudget) {
      recent.unshift(truncateToTokens(line, verbatimBudget - 1).text);
      used = verbatimBudget;
      index -= 1;
      break;
    }
    if (used + cost > verbatimBudget) break;
    recent.unshift(line);
    used += cost;
  }
  const older: string[] = [];
  const header = 'Earlier in the round, by their opening words:';
  const footer = 'Most recent, word for word:';
  let digestUsed = estimateTokens(header) + estimateTokens(footer) + 12;
  let olderIndex = index;
  for (; olderIndex >= 0; olderIndex -= 1) {
    const line = digest(turns[olderIndex] as QuotedTurn, phaseName);
    const cost = estimateTokens(line) + 1;
    if (used + digestUsed + cost > budget) break;
    older.unshift(line);
    digestUsed += cost;
  }
  const omitted = olderIndex + 1;
  const parts: string[] = [];
  if (older.length > 0 || omitted > 0) {
    parts.push(header);
    if (omitted > 0) parts.push(`(${omitted} earlier turn${omitted === 1 ? '' : 's'} left out)`);
    parts.push(...older, '', footer);
  }
  parts.push(...recent);
  return { text: parts.join('\n'), verbatim: recent.length, digested: older.length, omitted };
}
