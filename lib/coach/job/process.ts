import { BULLET, headingText, isMarkedHeading } from './headings';
import {
  ABOUT_HIRING,
  ABOUT_INTERVIEWS,
  BEHAVIORAL,
  CLAUSE_BREAK,
  CONVERSATION,
  KIND_PATTERNS,
  MAYBE_PROCESS_HEADING,
  NEGATION,
  PROCESS_HEADING,
  PROCESS_PARAGRAPH,
  SCREEN,
  TECHNICAL,
} from './knowledge/process-words';
import { DESIGN_KINDS, type RoundKind } from './tracks';
import { countOf } from './wording';

/** One interview the posting describes, as the posting words it. */
export interface StatedRound {
  readonly kind: RoundKind;
  /** The posting's own words for it: one bullet, sentence or clause. */
  readonly quote: string;
  /** Interview time, when the posting gives it (a take-home's homework is not interview time). */
  readonly minutes?: number;
}

/** What a posting says about its own interview loop. */
export interface PostingProcess {
  /** In the order the posting lists them; a kind can appear more than once. */
  readonly stated: readonly StatedRound[];
  /** Kinds the posting rules out in words ("we do not run system design interviews for new grads"). */
  readonly ruledOut: readonly RoundKind[];
  /** "Four onsite interviews", "six conversations": the count the posting gives, if any. */
  readonly interviews?: number;
}

const COUNT = String.raw`(\d|one|two|three|four|five|six|seven|eight)`;
const INTERVIEW_COUNT = new RegExp(
  String.raw`\b${COUNT} (?:[\w-]+ ){0,2}(?:interviews|conversations|rounds)\b`,
  'i',
);
const MINUTES = /\b(\d{2,3})[- ]?(?:minutes?|mins?)\b/i;
const HOURS = /\b(\d(?:\.\d)?)[- ]?(?:hours?|hrs?|h)\b/i;
const REPEAT = new RegExp(String.raw`\b${COUNT} (?:interviews|sessions|rounds) of\b`, 'i');

/** A list ends at the first paragraph after it: "We offer lunch" below the interviews is not one. */
function endOfList(lines: readonly string[]): string[] {
  const firstBullet = lines.findIndex((line) => BULLET.test(line));
  if (firstBullet < 0) return [...lines];
  const after = lines.findIndex((line, i) => i > firstBullet && line.trim() !== '' && !BULLET.test(line));
  return after < 0 ? [...lines] : lines.slice(0, after);
}

/** The lines of the posting's process section: under a process heading, or a paragraph that opens like one. */
function sectionAfter(lines: readonly string[], start: number): string[] {
  const rest = endOfList(lines.slice(start + 1));
  // A list's lead-in ("Six conversations over three weeks:") is not the next section's heading.
  const end = rest.findIndex(
    (line, i) =>
      headingText(line) !== undefined &&
      !PROCESS_HEADING.test(line) &&
      (isMarkedHeading(line) || rest.slice(0, i).some((before) => BULLET.test(before))),
  );
  return end >= 0 ? rest.slice(0, end) : rest;
}

/** A heading, marked or not: pasted postings lose the marks but keep "Interview Process" on its own line. */
function headingOf(line: string): string | undefined {
  const marked = headingText(line);
  if (marked !== undefined) return marked;
  const trimmed = line.trim();
  const short = trimmed.length > 0 && trimmed.length <= 50 && trimmed.split(/\s+/).length <= 6;
  return short && !BULLET.test(trimmed) && !/[.;!?,]/.test(trimmed) ? trimmed : undefined;
}

function processLines(text: string): string[] {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => PROCESS_HEADING.test(headingOf(line) ?? ''));
  if (start >= 0) return sectionAfter(lines, start);
  for (const [index, line] of lines.entries()) {
    if (!MAYBE_PROCESS_HEADING.test(headingOf(line) ?? '')) continue;
    const section = sectionAfter(lines, index);
    if (ABOUT_HIRING.test(section.join('\n'))) return section;
  }
  const paragraph = lines.findIndex((line) => PROCESS_PARAGRAPH.test(line.trim()) && ABOUT_HIRING.test(line));
  if (paragraph < 0) return [];
  const section = [lines[paragraph] ?? ''];
  for (const line of lines.slice(paragraph + 1)) {
    if (line.trim() && !BULLET.test(line)) break;
    section.push(line);
  }
  return section;
}

/**
 * One interview per item: a bullet is an item; running prose splits into sentences, and a
 * sentence listing several steps splits at its semicolons and at ", a …", ", then a …".
 */
function items(lines: readonly string[]): string[] {
  const result: string[] = [];
  for (const line of lines) {
    const trimmed = line.trim();
    if (!trimmed) continue;
    if (BULLET.test(trimmed)) {
      result.push(trimmed.replace(BULLET, ''));
      continue;
    }
    for (const sentence of trimmed.split(/(?<=[.!?])\s+(?=[A-Z])/)) {
      result.push(
        ...sentence.split(
          /;\s*(?:and\s+|then\s+)?|,\s+(?:and\s+|then\s+)?(?=(?:then\s+)?(?:a|an|one|two)\s)|\s*(?:→|->|⇒|»)\s*|\s+(?:followed by|and then)\s+|\s+and\s+(?=(?:a|an)\s+(?:\w+[- ])?(?:meeting|conversation|call|chat|interview|session)\b)/i,
        ),
      );
    }
  }
  return result.map((item) => item.trim()).filter(Boolean);
}

function isNegated(item: string, at: number): boolean {
  let clauseStart = 0;
  for (const match of item.slice(0, at).matchAll(CLAUSE_BREAK)) clauseStart = match.index + match[0].length;
  return NEGATION.test(item.slice(clauseStart, at));
}

interface ItemReading {
  readonly kinds: RoundKind[];
  readonly ruledOut: RoundKind[];
}

/** The kinds of interview one item describes, and those it rules out. */
function readItem(item: string): ItemReading {
  const kinds: RoundKind[] = [];
  const ruledOut: RoundKind[] = [];
  const designs: { kind: RoundKind; at: number; end: number; negated: boolean }[] = [];
  for (const [kind, pattern] of KIND_PATTERNS) {
    const match = pattern.exec(item);
    if (!match) continue;
    const negated = isNegated(item, match.index);
    if (DESIGN_KINDS.includes(kind)) {
      designs.push({ kind, at: match.index, end: match.index + match[0].length, negated });
    } else if (negated) {
      ruledOut.push(kind);
    } else if (kind !== 'domain' || kinds.length === 0) {
      kinds.push(kind);
    }
  }
  // "ML system design" is one mention of ML design, not also one of system design.
  designs.sort((a, b) => a.at - b.at);
  const mentions = designs.filter((design, i) =>
    designs.slice(0, i).every((earlier) => earlier.end <= design.at),
  );
  for (const design of mentions) if (design.negated) ruledOut.push(design.kind);
  const named = mentions.find((design) => !design.negated);
  if (named) {
    if (kinds.at(-1) === 'domain') kinds.pop();
    kinds.push(named.kind);
  }
  const technical = kinds.length > 0;
  if (!technical && TECHNICAL.test(item)) kinds.push('coding');
  else if (!technical && !SCREEN.test(item) && CONVERSATION.test(item)) kinds.push('behavioral');
  else if (technical && BEHAVIORAL.test(item) && !isNegated(item, item.search(BEHAVIORAL)))
    kinds.push('behavioral');
  return { kinds, ruledOut };
}

function minutesOf(item: string, kind: RoundKind): number | undefined {
  if (kind === 'take-home') return undefined;
  const minutes = MINUTES.exec(item);
  const hours = HOURS.exec(item);
  const time = minutes?.[1] ? Number(minutes[1]) : hours?.[1] ? Number(hours[1]) * 60 : undefined;
  if (!time) return undefined;
  const repeat = REPEAT.exec(item);
  return time * (repeat?.[1] ? countOf(repeat[1]) : 1);
}

/** Kinds ruled out anywhere in the posting, in a sentence about its interviews. */
function ruledOutAnywhere(text: string): RoundKind[] {
  const found: RoundKind[] = [];
  for (const sentence of text.split(/(?<=[.!?])\s+|\n+/)) {
    if (!NEGATION.test(sentence) || !ABOUT_INTERVIEWS.test(sentence)) continue;
    found.push(...readItem(sentence).ruledOut);
  }
  return found;
}

/**
 * The interview loop the posting describes: the rounds it lists (a recruiter's call is not one),
 * the kinds it rules out, and how many interviews it promises.
 */
export function readProcess(text: string): PostingProcess {
  const section = processLines(text);
  const stated: StatedRound[] = [];
  const ruledOut = new Set<RoundKind>(ruledOutAnywhere(text));
  for (const item of items(section)) {
    const reading = readItem(item);
    for (const kind of reading.ruledOut) ruledOut.add(kind);
    for (const kind of reading.kinds) {
      const minutes = minutesOf(item, kind);
      stated.push({ kind, quote: item, ...(minutes ? { minutes } : {}) });
    }
  }
  for (const round of stated) ruledOut.delete(round.kind);
  const count = INTERVIEW_COUNT.exec(section.join(' '));
  const interviews = count?.[1] ? countOf(count[1]) : undefined;
  return { stated, ruledOut: [...ruledOut], ...(interviews ? { interviews } : {}) };
}
