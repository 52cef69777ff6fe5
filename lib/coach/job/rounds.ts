import { COMPETENCY_LABELS, type Competency } from './knowledge/competencies';
import {
  CODING_COVERS,
  DESIGN_LEVEL_NOTES,
  KIND_COVERS,
  type SpecialistRound,
  TRACK_LOOPS,
} from './knowledge/loops';
import { ANALYTICS_CODING, ANALYTICS_SPECIALIST } from './knowledge/specialists';
import type { PostingProcess } from './process';
import { SENIORITIES, type Seniority } from './seniority';
import type { SkillMatch } from './skills';
import type { TrackReading } from './track';
import { DESIGN_KINDS, type RoundKind } from './tracks';
import type { InterviewRound } from './types';

export interface RoundInputs {
  readonly reading: TrackReading;
  readonly seniority: Seniority;
  readonly process: PostingProcess;
  readonly title: string;
  readonly skills: readonly SkillMatch[];
  readonly topics: readonly string[];
  readonly competencies: readonly Competency[];
}

const ENGINEERING_ONLY: readonly RoundKind[] = ['coding', ...DESIGN_KINDS];

/** Relative time a level's loop spends on each part before the track shapes it. */
const LEVEL_SHARES: Record<
  Exclude<Seniority, 'manager'>,
  Record<'coding' | 'design' | 'behavioral' | 'specialist', number>
> = {
  intern: { coding: 7, design: 0, behavioral: 2, specialist: 1.5 },
  junior: { coding: 6.5, design: 0, behavioral: 2.5, specialist: 1.5 },
  mid: { coding: 5, design: 2.5, behavioral: 2.5, specialist: 2 },
  senior: { coding: 3.5, design: 3.5, behavioral: 3, specialist: 2 },
  staff: { coding: 2.5, design: 4, behavioral: 3.5, specialist: 2 },
  principal: { coding: 2, design: 4, behavioral: 4, specialist: 2 },
};
const MANAGER_SHARES = { people: 4, behavioral: 3, design: 2.5, coding: 1.5 };
/** Managers hired to keep coding: a tech lead manager is half a tech lead, and is asked to code. */
const HANDS_ON_MANAGER =
  /\b(tech(nical)? lead manager|TLM|player[- ]coach|hands-on (engineering )?manager)\b/i;
const API_SHARE: Partial<Record<Seniority, number>> = { mid: 1.5, senior: 1.5, staff: 1.5, principal: 1 };

/** Interview minutes a stated round counts for when the posting gives none. */
const DEFAULT_MINUTES: Partial<Record<RoundKind, number>> = { behavioral: 45 };

const API_TITLE = /\b(API|platform|integrations?|back[- ]?end|services)\b/i;
const API_TOPICS = new Set(['REST', 'API design', 'Microservices']);

/** How each round is called wherever Sparring names it. */
export const KIND_TITLES: Record<RoundKind, string> = {
  coding: 'Coding',
  'system-design': 'System design',
  'frontend-design': 'Frontend system design',
  'mobile-design': 'Mobile system design',
  'ml-design': 'ML system design',
  'data-design': 'Data pipeline and modelling design',
  'api-design': 'API design',
  behavioral: 'Behavioural',
  'take-home': 'Take-home exercise',
  'pair-programming': 'Pair programming',
  debugging: 'Debugging',
  'people-management': 'People management',
  presentation: 'Presentation',
  domain: 'Domain knowledge',
};

interface Draft {
  kind: RoundKind;
  share: number;
  source: InterviewRound['source'];
  quotes: string[];
}

const atLeast = (seniority: Seniority, floor: Seniority) =>
  SENIORITIES.indexOf(seniority) >= SENIORITIES.indexOf(floor);

/** The round a track's craft is tested in beyond coding: statistics for analysts, troubleshooting for SRE. */
export function specialistFor(reading: TrackReading): SpecialistRound | undefined {
  if (reading.analytics) return ANALYTICS_SPECIALIST;
  return reading.specialism ? TRACK_LOOPS[reading.specialism].specialist : undefined;
}

/** Service work means designing interfaces other code calls. */
function needsApiRound(inputs: RoundInputs): boolean {
  if (API_TITLE.test(inputs.title)) return true;
  if (inputs.topics.some((topic) => API_TOPICS.has(topic))) return true;
  return inputs.skills.some((skill) => skill.group === 'api');
}

/** The loop a level and track usually get when the posting does not describe its own. */
function inferredDrafts(inputs: RoundInputs): Draft[] {
  const { reading, seniority } = inputs;
  const drafts: Draft[] = [];
  const add = (kind: RoundKind, share: number) => {
    if (share > 0) drafts.push({ kind, share, source: 'inferred', quotes: [] });
  };
  if (reading.track === 'non-engineering') {
    add('behavioral', 1);
    return drafts;
  }
  const loop = reading.specialism ? TRACK_LOOPS[reading.specialism] : TRACK_LOOPS.backend;
  if (reading.track === 'management' || seniority === 'manager') {
    add('people-management', MANAGER_SHARES.people);
    add('behavioral', MANAGER_SHARES.behavioral);
    add(loop.designKind, MANAGER_SHARES.design);
    if (HANDS_ON_MANAGER.test(inputs.title)) add('coding', MANAGER_SHARES.coding);
    return drafts;
  }
  const shares = LEVEL_SHARES[seniority];
  add('coding', shares.coding * loop.codingShare);
  if (!reading.analytics && atLeast(seniority, loop.designFrom)) add(loop.designKind, shares.design);
  const backendish = reading.track === 'backend' || reading.track === 'fullstack';
  if (backendish && atLeast(seniority, loop.designFrom) && needsApiRound(inputs))
    add('api-design', API_SHARE[seniority] ?? 0);
  add('behavioral', shares.behavioral);
  const specialist = specialistFor(inputs.reading);
  if (specialist) add(specialist.kind, shares.specialist);
  return drafts;
}

/** The posting's rounds, one per kind, each weighted by the interview time the posting gives it. */
function statedDrafts(process: PostingProcess): Draft[] {
  const drafts = new Map<RoundKind, Draft>();
  for (const round of process.stated) {
    const minutes = round.minutes ?? DEFAULT_MINUTES[round.kind] ?? 60;
    const draft = drafts.get(round.kind);
    if (draft) {
      // Two design interviews are twice the time; a take-home and its review are one exercise.
      draft.share = round.kind === 'take-home' ? Math.max(draft.share, minutes) : draft.share + minutes;
      if (!draft.quotes.includes(round.quote)) draft.quotes.push(round.quote);
    } else
      drafts.set(round.kind, { kind: round.kind, share: minutes, source: 'posting', quotes: [round.quote] });
  }
  return [...drafts.values()];
}

/** A described loop replaces the usual one once it names anything beyond conversations. */
function loopDrafts(inputs: RoundInputs): { drafts: Draft[]; described: boolean } {
  const stated = statedDrafts(inputs.process);
  const described = stated.some((draft) => draft.kind !== 'behavioral');
  if (described) return { drafts: stated, described };
  const inferred = inferredDrafts(inputs);
  for (const draft of stated) {
    const same = inferred.find((candidate) => candidate.kind === draft.kind);
    if (same) Object.assign(same, { source: 'posting', quotes: draft.quotes });
  }
  return { drafts: inferred, described };
}

/** Weights rounded to hundredths that still sum to exactly 1. */
function normalise(drafts: readonly Draft[]): number[] {
  const total = drafts.reduce((sum, draft) => sum + draft.share, 0);
  const weights = drafts.map((draft) => Math.round((draft.share / total) * 100) / 100);
  const drift = Math.round((1 - weights.reduce((sum, weight) => sum + weight, 0)) * 100) / 100;
  const heaviest = weights.indexOf(Math.max(...weights));
  if (heaviest >= 0 && drift !== 0)
    weights[heaviest] = Math.round(((weights[heaviest] ?? 0) + drift) * 100) / 100;
  return weights;
}

function describeRound(
  kind: RoundKind,
  inputs: RoundInputs,
): Pick<InterviewRound, 'title' | 'why' | 'covers'> {
  const { reading, seniority } = inputs;
  const loop = reading.specialism ? TRACK_LOOPS[reading.specialism] : undefined;
  const manager = reading.track === 'management' || seniority === 'manager';
  const specialist = specialistFor(inputs.reading);
  const language = inputs.skills.find((skill) => skill.group === 'language')?.name;
  switch (kind) {
    case 'coding':
      return {
        title: KIND_TITLES.coding,
        why:
          seniority === 'intern' || seniority === 'junior'
            ? 'Early-career loops are mostly coding.'
            : 'Every engineering loop keeps a coding bar.',
        covers: [
          ...(reading.analytics ? ANALYTICS_CODING : [CODING_COVERS[seniority]]),
          ...(loop?.codingNote && !reading.analytics ? [loop.codingNote] : []),
          ...(language ? [`Expect to write ${language}; practise in it`] : []),
        ],
      };
    case 'behavioral':
      return {
        title: manager ? 'Leadership and collaboration' : KIND_TITLES.behavioral,
        why: manager
          ? 'Manager loops probe how you lead, decide and work across the organisation.'
          : 'Every loop checks how you work with others.',
        covers: inputs.competencies.map((competency) => COMPETENCY_LABELS[competency]),
      };
    case 'domain':
    case 'debugging':
      if (specialist?.kind === kind)
        return {
          title: specialist.title,
          why: `The craft of the role, tested on its own.`,
          covers: specialist.covers,
        };
      return {
        title: KIND_TITLES[kind],
        why: 'The posting describes it.',
        covers: kind === 'debugging' ? KIND_COVERS.debugging : [],
      };
    default: {
      const designOfTrack = loop?.designKind === kind;
      const title = designOfTrack && loop ? loop.designTitle : KIND_TITLES[kind];
      const levelNote = DESIGN_KINDS.includes(kind) ? DESIGN_LEVEL_NOTES[seniority] : undefined;
      const covers = designOfTrack && loop ? loop.designCovers : KIND_COVERS[kind];
      return {
        title,
        why: DESIGN_KINDS.includes(kind)
          ? seniority === 'mid'
            ? 'Mid-level loops often include a smaller design round.'
            : 'At this level design carries as much weight as coding, or more.'
          : 'Part of how the role is usually interviewed.',
        covers: [...covers, ...(levelNote ? [levelNote] : [])],
      };
    }
  }
}

/**
 * The rounds to prepare for, heaviest first. A loop the posting describes is taken as it is
 * written, weighted by its interview time; otherwise the level and the track build the usual one.
 * Kinds the posting rules out never appear, and a role outside engineering is never given a
 * coding or design round.
 */
export function buildRounds(inputs: RoundInputs): { rounds: InterviewRound[]; described: boolean } {
  const { drafts, described } = loopDrafts(inputs);
  const outside = inputs.reading.track === 'non-engineering';
  let kept = drafts.filter(
    (draft) =>
      !inputs.process.ruledOut.includes(draft.kind) && !(outside && ENGINEERING_ONLY.includes(draft.kind)),
  );
  if (kept.length === 0) kept = [{ kind: 'behavioral', share: 1, source: 'inferred', quotes: [] }];
  const weights = normalise(kept);
  const rounds = kept.map((draft, i): InterviewRound => {
    const described = describeRound(draft.kind, inputs);
    return {
      kind: draft.kind,
      ...described,
      weight: weights[i] ?? 0,
      source: draft.source,
      ...(draft.source === 'posting'
        ? { why: 'The posting describes this round.', quotes: draft.quotes }
        : {}),
    };
  });
  return { rounds: rounds.sort((a, b) => b.weight - a.weight), described };
}
