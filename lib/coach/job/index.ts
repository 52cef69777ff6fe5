import type { JobContext } from '@/lib/extract/context';
import { findCompetencies, selectPrompts } from './behavioral';
import { buildChecklist, chooseDeepDives } from './checklist';
import { addDays, isoDay, startOfDay } from './dates';
import { COMPETENCY_LABELS } from './knowledge/competencies';
import { findTopics } from './knowledge/topics';
import { buildPlan, DEFAULT_PREP_DAYS } from './plan';
import { predictRounds } from './rounds';
import { readSeniority, type Seniority } from './seniority';
import { findSkills, groupSkills } from './skills';
import type { InterviewRound, JobAnalysis } from './types';

export { parseIsoDay } from './dates';
export { SENIORITIES } from './seniority';
export { canonicalSkill, SKILL_GROUPS, TAXONOMY } from './taxonomy';
export type * from './types';

export interface AnalyzeJobOptions {
  /** Defaults to now; tests and the CLI pass a fixed day. */
  readonly today?: Date;
  /** The day of the interview; without it the plan assumes six weeks. */
  readonly interviewDate?: Date;
}

const SENIORITY_WORDS: Record<Seniority, string> = {
  intern: 'Internship',
  junior: 'Junior',
  mid: 'Mid-level',
  senior: 'Senior',
  staff: 'Staff-level',
  principal: 'Principal-level',
  manager: 'People-manager',
};

const stripListMarker = (line: string) => line.replace(/^\s*(?:[-*•+]|\d+[.)])\s*/, '').trim();

/** The posting minus its nice-to-have lines: those never set the level. */
function requiredText(context: JobContext): string {
  const optional = new Set(context.niceToHave.map(stripListMarker));
  const description = context.description
    .split('\n')
    .filter((line) => !optional.has(stripListMarker(line)))
    .join('\n');
  return [description, ...context.requirements, ...context.responsibilities].join('\n');
}

function summarise(
  context: JobContext,
  seniority: Seniority,
  skills: readonly string[],
  rounds: readonly InterviewRound[],
) {
  const at = context.company ? ` at ${context.company}` : '';
  const more = skills.length > 6 ? ' and more' : '';
  const stack = skills.length > 0 ? ` Stack: ${skills.slice(0, 6).join(', ')}${more}.` : '';
  const heaviest = rounds
    .slice(0, 2)
    .map((round) => `${round.title.toLowerCase()} (${Math.round(round.weight * 100)}%)`)
    .join(' and ');
  return `${SENIORITY_WORDS[seniority]} role: ${context.title}${at}.${stack} Heaviest rounds: ${heaviest}.`;
}

/**
 * Everything the offline coach says about a job posting. Pure and synchronous: the same context
 * and dates give the same analysis, in Node or in the browser.
 */
export function analyzeJob(context: JobContext, options: AnalyzeJobOptions = {}): JobAnalysis {
  const today = startOfDay(options.today ?? new Date());
  const interviewDate = startOfDay(options.interviewDate ?? addDays(today, DEFAULT_PREP_DAYS));
  const body = [
    context.description,
    ...context.requirements,
    ...context.responsibilities,
    ...context.niceToHave,
  ].join('\n');

  const { seniority, reason } = readSeniority(context.title, requiredText(context));
  const skillMatches = findSkills(context.title, body);
  const skills = skillMatches.map((skill) => skill.name);
  const topics = findTopics(`${context.title}\n${body}`);
  const asked = findCompetencies(body);
  const prompts = selectPrompts(seniority, asked);
  const competencyLabels = [...new Set(prompts.map((prompt) => COMPETENCY_LABELS[prompt.competency]))];
  const dives = chooseDeepDives(skillMatches);
  const deepDiveTitles = dives.map(({ dive }) => dive.title);
  const rounds = predictRounds({
    seniority,
    title: context.title,
    skills: skillMatches,
    topics,
    competencies: prompts.map((prompt) => prompt.competency).filter((c, i, all) => all.indexOf(c) === i),
    deepDiveTitles,
  });

  return {
    title: context.title,
    company: context.company,
    summary: summarise(context, seniority, skills, rounds),
    seniority,
    seniorityReason: reason,
    skills,
    skillGroups: groupSkills(skillMatches),
    topics,
    rounds,
    checklist: buildChecklist(dives),
    behavioralPrompts: prompts,
    interviewDate: isoDay(interviewDate),
    plan: buildPlan({
      today,
      interviewDate,
      rounds,
      language: skillMatches.find((skill) => skill.group === 'language')?.name,
      company: context.company,
      deepDiveTitles,
      competencyLabels,
    }),
  };
}
