import type { JobContext } from '@/lib/extract/context';
import { BULLET, headingText } from './headings';
import { COMPETENCIES, COMPETENCY_CUES, COMPETENCY_LABELS, type Competency } from './knowledge/competencies';
import { type PromptAudience, STAR_PROMPTS, type StarPrompt } from './knowledge/prompts';
import type { Seniority } from './seniority';
import type { Track } from './tracks';
import type { BehavioralPrompt } from './types';

export interface AskedCompetency {
  readonly competency: Competency;
  /** The posting's sentence or list item that asks for it, whole. */
  readonly evidence: string;
}

/** Competencies every loop probes even when the posting does not spell them out. */
const ALWAYS_USEFUL: readonly Competency[] = ['impact', 'failure', 'conflict', 'ownership', 'cross-team'];
/** What a level is asked about whatever its posting says: managers hire, staff engineers set direction. */
const ESSENTIAL: Partial<Record<Seniority, readonly Competency[]>> = {
  manager: ['hiring', 'mentoring', 'prioritisation'],
  staff: ['ambiguity', 'cross-team'],
  principal: ['ambiguity', 'cross-team'],
};
const MIN_PROMPTS = 5;
const MAX_PROMPTS = 8;
/** Longer units are quoted by the clause that holds the cue, still whole. */
const MAX_EVIDENCE = 200;

const AUDIENCES: Record<Seniority, readonly PromptAudience[]> = {
  intern: ['any'],
  junior: ['any'],
  mid: ['any'],
  senior: ['senior', 'any'],
  staff: ['senior', 'any'],
  principal: ['senior', 'any'],
  manager: ['manager', 'senior', 'any'],
};

/** Sections about the company, its pay and benefits: nothing there is asked of the candidate. */
const NOT_ABOUT_THE_CANDIDATE =
  /\b(benefits?|perks|what we offer|compensation|salary|pay|about us|who we are|equal (employment )?opportunit\w*|diversity|inclusion|accommodations?|location)\b/i;
/** Prose speaks to the candidate when it says "you" or describes the person wanted. */
const ADDRESSES_CANDIDATE =
  /\byou(r|'ll|’ll|'re|’re|'ve|’ve)?\b|\b(we('re| are) looking for|ideal candidate|someone who|candidates? who)\b/i;
/** "Every new grad will have a mentor": what the candidate receives is not asked of them. */
const RECEIVED =
  /\b(have|has|get|gets|getting|receive|receives|with|from|by|assigned|paired with|supported by)\s+(?:[\w-]+\s+){0,2}$/i;
const RECEIVABLE: readonly Competency[] = ['mentoring', 'failure'];

/**
 * The parts of a posting that speak about the candidate, in order: list items outside the
 * company's and benefits' sections, and sentences that address the reader. "Our customers
 * negotiate 200-page agreements" is about the customers and never quoted as the candidate's work.
 */
export function candidateUnits(context: JobContext): string[] {
  const units: string[] = [];
  let skipping = false;
  const aboutCompany = context.company
    ? new RegExp(`^about ${escapeRegExp(context.company)}\\b`, 'i')
    : undefined;
  for (const line of context.description.split('\n')) {
    const heading = headingText(line);
    if (heading !== undefined) {
      skipping = NOT_ABOUT_THE_CANDIDATE.test(heading) || (aboutCompany?.test(heading) ?? false);
      continue;
    }
    const trimmed = line.trim();
    if (!trimmed || skipping) continue;
    if (BULLET.test(trimmed)) {
      units.push(trimmed.replace(BULLET, ''));
      continue;
    }
    for (const sentence of trimmed.split(/(?<=[.!?])\s+(?=[A-Z])/)) {
      if (ADDRESSES_CANDIDATE.test(sentence)) units.push(sentence);
    }
  }
  for (const item of [...context.responsibilities, ...context.requirements, ...context.niceToHave]) {
    const text = item.replace(BULLET, '').trim();
    if (text && !units.includes(text)) units.push(text);
  }
  return units;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The unit whole, or when it runs long, the whole clause around the cue. */
function quote(unit: string, at: number): string {
  const text = unit.replace(/\s+/g, ' ').trim();
  if (text.length <= MAX_EVIDENCE) return text;
  const clauses = [...text.matchAll(/[^;:,]+[;:,]?/g)];
  const clause = clauses.find((match) => match.index + match[0].length > at) ?? clauses.at(-1);
  const words = clause?.[0].replace(/[;:,]$/, '').trim() ?? text;
  return clause && clause.index > 0 ? `…${words}` : words;
}

/** The competencies the posting asks of the candidate, each with its first evidence, in order. */
export function findCompetencies(units: readonly string[]): AskedCompetency[] {
  const asked: (AskedCompetency & { order: number })[] = [];
  for (const competency of COMPETENCIES) {
    const cue = new RegExp(COMPETENCY_CUES[competency].source, 'gi');
    units.some((unit, order) => {
      for (const match of unit.matchAll(cue)) {
        if (
          RECEIVABLE.includes(competency) &&
          RECEIVED.test(unit.slice(Math.max(0, match.index - 40), match.index))
        )
          continue;
        asked.push({ competency, evidence: quote(unit, match.index), order: order + match.index / 1e6 });
        return true;
      }
      return false;
    });
  }
  return asked
    .sort((a, b) => a.order - b.order)
    .map(({ competency, evidence }) => ({ competency, evidence }));
}

function promptsFor(competency: Competency, seniority: Seniority, engineering: boolean): StarPrompt[] {
  const audiences = AUDIENCES[seniority];
  return STAR_PROMPTS.filter(
    (prompt) =>
      prompt.competency === competency &&
      audiences.includes(prompt.audience) &&
      (engineering || !prompt.engineering),
  ).sort((a, b) => audiences.indexOf(a.audience) - audiences.indexOf(b.audience));
}

/**
 * STAR prompts for the competencies the posting asks for, quoting it, and for those the level is
 * always asked about (hiring and prioritisation for a manager); topped up with the competencies
 * every interviewer probes. A role outside engineering gets no question only an engineer could
 * answer. Each prompt appears once.
 */
export function selectPrompts(
  track: Track,
  seniority: Seniority,
  asked: readonly AskedCompetency[],
): BehavioralPrompt[] {
  const engineering = track !== 'non-engineering';
  const chosen = new Map<string, BehavioralPrompt>();
  const add = (prompt: StarPrompt | undefined, evidence: string | undefined) => {
    if (!prompt || chosen.has(prompt.id) || chosen.size >= MAX_PROMPTS) return;
    chosen.set(prompt.id, {
      id: prompt.id,
      competency: prompt.competency,
      competencyLabel: COMPETENCY_LABELS[prompt.competency],
      ...(evidence ? { evidence } : {}),
      question: prompt.question,
      situation: prompt.situation,
      task: prompt.task,
      action: prompt.action,
      result: prompt.result,
    });
  };
  const essential = ESSENTIAL[seniority] ?? [];
  const evidenceOf = (competency: Competency) =>
    asked.find((entry) => entry.competency === competency)?.evidence;
  for (const competency of essential)
    add(promptsFor(competency, seniority, engineering)[0], evidenceOf(competency));
  for (const { competency, evidence } of asked)
    add(promptsFor(competency, seniority, engineering)[0], evidence);
  for (const competency of ALWAYS_USEFUL) {
    if (chosen.size >= MIN_PROMPTS) break;
    if (asked.some((entry) => entry.competency === competency)) continue;
    add(promptsFor(competency, seniority, engineering)[0], undefined);
  }
  return [...chosen.values()];
}
