import { COMPETENCIES, COMPETENCY_CUES, COMPETENCY_LABELS, type Competency } from './knowledge/competencies';
import { type PromptAudience, STAR_PROMPTS, type StarPrompt } from './knowledge/prompts';
import type { Seniority } from './seniority';
import type { BehavioralPrompt } from './types';

export interface AskedCompetency {
  readonly competency: Competency;
  /** The posting's own words that ask for it. */
  readonly evidence: string;
  readonly index: number;
}

/** Competencies every loop probes even when the posting does not spell them out. */
const ALWAYS_USEFUL: readonly Competency[] = ['impact', 'failure', 'conflict', 'ownership', 'cross-team'];
const MIN_PROMPTS = 5;
const MAX_PROMPTS = 8;

const AUDIENCES: Record<Seniority, readonly PromptAudience[]> = {
  intern: ['any'],
  junior: ['any'],
  mid: ['any'],
  senior: ['senior', 'any'],
  staff: ['senior', 'any'],
  principal: ['senior', 'any'],
  manager: ['manager', 'senior', 'any'],
};

const CLAUSE_END = /[.;:!?,\n•]/;
const MAX_EVIDENCE = 120;

/**
 * The clause of the posting around a cue: "Own the" alone says nothing, "Own the reconciliation
 * service end to end" says what the interviewer will ask about.
 */
export function clauseAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !CLAUSE_END.test(text[from - 1] ?? '')) from--;
  let to = end;
  while (to < text.length && !CLAUSE_END.test(text[to] ?? '')) to++;
  let clause = text.slice(from, to).replace(/\s+/g, ' ');
  let cue = start - from;
  const lead = clause.length - clause.trimStart().length;
  clause = clause.trim().replace(/^[-*]\s+/, (bullet) => {
    cue -= bullet.length;
    return '';
  });
  cue -= lead;
  if (clause.length <= MAX_EVIDENCE) return clause;
  const windowStart = Math.max(0, Math.min(cue - 40, clause.length - MAX_EVIDENCE));
  const window = clause.slice(windowStart, windowStart + MAX_EVIDENCE).trim();
  return `${windowStart > 0 ? '…' : ''}${window}${windowStart + MAX_EVIDENCE < clause.length ? '…' : ''}`;
}

export function findCompetencies(text: string): AskedCompetency[] {
  const asked: AskedCompetency[] = [];
  for (const competency of COMPETENCIES) {
    const match = COMPETENCY_CUES[competency].exec(text);
    if (match) {
      const evidence = clauseAround(text, match.index, match.index + match[0].length);
      asked.push({ competency, evidence, index: match.index });
    }
  }
  return asked.sort((a, b) => a.index - b.index);
}

function promptsFor(competency: Competency, seniority: Seniority): StarPrompt[] {
  const audiences = AUDIENCES[seniority];
  return STAR_PROMPTS.filter(
    (prompt) => prompt.competency === competency && audiences.includes(prompt.audience),
  ).sort((a, b) => audiences.indexOf(a.audience) - audiences.indexOf(b.audience));
}

/**
 * STAR prompts for the competencies the posting asks for, the level's own prompts first, topped up
 * with the competencies every interviewer probes. Each prompt appears once.
 */
export function selectPrompts(seniority: Seniority, asked: readonly AskedCompetency[]): BehavioralPrompt[] {
  const chosen = new Map<string, BehavioralPrompt>();
  const perCompetency = asked.length <= 3 ? 2 : 1;
  const add = (prompt: StarPrompt, evidence: string | undefined) => {
    if (chosen.has(prompt.id) || chosen.size >= MAX_PROMPTS) return;
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
  for (const { competency, evidence } of asked) {
    for (const prompt of promptsFor(competency, seniority).slice(0, perCompetency)) add(prompt, evidence);
  }
  for (const competency of ALWAYS_USEFUL) {
    if (chosen.size >= MIN_PROMPTS) break;
    if (asked.some((entry) => entry.competency === competency)) continue;
    const [first] = promptsFor(competency, seniority);
    if (first) add(first, undefined);
  }
  return [...chosen.values()];
}
