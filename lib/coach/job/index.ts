import type { JobContext } from '@/lib/extract/context';
import { candidateUnits, findCompetencies, selectPrompts } from './behavioral';
import { addDays, isoDay, startOfDay } from './dates';
import type { DesignCaseIndexItem } from './design-cases/index-item';
import { pickDesignCases } from './design-cases/pick';
import { BULLET } from './headings';
import { findTopics } from './knowledge/topics';
import { buildPlan, DEFAULT_PREP_DAYS } from './plan';
import { readProcess } from './process';
import { buildRounds } from './rounds';
import { readSeniority, type Seniority } from './seniority';
import { findSkills, groupSkills } from './skills';
import { readTrack } from './track';
import type { Track } from './tracks';
import type { JobAnalysis } from './types';

export { parseIsoDay } from './dates';
export type { DesignCaseIndexItem } from './design-cases/index-item';
export { SENIORITIES } from './seniority';
export { canonicalSkill, SKILL_GROUPS, TAXONOMY } from './taxonomy';
export { ROUND_KINDS, TRACKS } from './tracks';
export type * from './types';

export interface AnalyzeJobOptions {
  /** Defaults to now; tests and the CLI pass a fixed day. */
  readonly today?: Date;
  /** The day of the interview; without it the plan assumes six weeks. */
  readonly interviewDate?: Date;
  /** The design-case library's index; without it the analysis names no design case. */
  readonly designCases?: readonly DesignCaseIndexItem[];
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
const TRACK_WORDS: Record<Track, string> = {
  backend: 'backend',
  frontend: 'frontend',
  fullstack: 'full-stack',
  mobile: 'mobile',
  data: 'data',
  ml: 'machine-learning',
  infra: 'infrastructure',
  security: 'security',
  embedded: 'embedded',
  qa: 'quality-engineering',
  management: 'engineering-management',
  'non-engineering': 'non-engineering',
};
/** How much of the opening of a posting says what the company does before the role begins. */
const INTRO_CHARS = 1000;

const stripListMarker = (line: string) => line.replace(BULLET, '').trim();

/** The posting minus its nice-to-have lines: those never set the level or the track. */
function requiredText(context: JobContext): string {
  const optional = new Set(context.niceToHave.map(stripListMarker));
  const description = context.description
    .split('\n')
    .filter((line) => !optional.has(stripListMarker(line)))
    .join('\n');
  return [description, ...context.requirements, ...context.responsibilities].join('\n');
}

/** What the company builds: the opening of the posting, up to its first list, and the work described. */
function productText(context: JobContext): string {
  const lines = context.description.split('\n');
  const firstList = lines.findIndex((line) => BULLET.test(line));
  const intro = (firstList < 0 ? lines : lines.slice(0, firstList)).join('\n').slice(0, INTRO_CHARS);
  return [context.title, intro, ...context.responsibilities].join('\n');
}

function summarise(context: JobContext, track: Track, seniority: Seniority, described: boolean) {
  const at = context.company ? ` at ${context.company}` : '';
  if (track === 'non-engineering') {
    return `A role outside engineering: ${context.title}${at}. Sparring is built for engineering interviews, so it offers what still helps: behavioural prompts from the posting and a plan.`;
  }
  const level = track === 'management' ? 'People-manager' : SENIORITY_WORDS[seniority];
  const loop = described
    ? 'The rounds are the ones the posting describes.'
    : 'The posting does not describe its interviews, so the rounds are the usual ones for the level and track.';
  return `${level} ${TRACK_WORDS[track]} role: ${context.title}${at}. ${loop}`;
}

/**
 * Everything the offline coach says about a job posting. Pure and synchronous: the same context,
 * dates and case index give the same analysis, in Node or in the browser.
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
  const required = requiredText(context);

  const { seniority, reason } = readSeniority(context.title, required);
  const skillMatches = findSkills(context.title, body);
  const skills = skillMatches.map((skill) => skill.name);
  const topics = findTopics(`${context.title}\n${body}`);
  const reading = readTrack(context.title, seniority, required, skillMatches);
  const prompts = selectPrompts(reading.track, seniority, findCompetencies(candidateUnits(context)));
  const process = readProcess(context.description);
  const { rounds, described } = buildRounds({
    reading,
    seniority,
    process,
    title: context.title,
    skills: skillMatches,
    topics,
    competencies: [...new Set(prompts.map((prompt) => prompt.competency))],
  });
  const designCases = pickDesignCases(options.designCases ?? [], {
    reading,
    seniority,
    rounds,
    skills,
    productText: productText(context),
  });

  return {
    title: context.title,
    company: context.company,
    summary: summarise(context, reading.track, seniority, described),
    track: reading.track,
    trackReason: reading.reason,
    seniority,
    seniorityReason: reason,
    skills,
    skillGroups: groupSkills(skillMatches),
    topics,
    loop: {
      described,
      ruledOut: process.ruledOut,
      ...(process.interviews ? { interviews: process.interviews } : {}),
    },
    rounds,
    designCases,
    behavioralPrompts: prompts,
    interviewDate: isoDay(interviewDate),
    plan: buildPlan({
      today,
      interviewDate,
      rounds,
      designCases,
      prompts,
      reading,
      seniority,
      language: skillMatches.find((skill) => skill.group === 'language')?.name,
      company: context.company,
    }),
  };
}
