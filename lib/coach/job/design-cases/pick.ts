import { domainPattern } from '../knowledge/product-domains';
import type { Seniority } from '../seniority';
import type { EngineeringTrack, TrackReading } from '../track';
import { DESIGN_KINDS, type RoundKind, type Track } from '../tracks';
import type { CaseLevel, DesignCasePick, InterviewRound } from '../types';
import { inSentence, joinList } from '../wording';
import type { DesignCaseIndexItem } from './index-item';

export interface PickInputs {
  readonly reading: TrackReading;
  readonly seniority: Seniority;
  readonly rounds: readonly InterviewRound[];
  readonly skills: readonly string[];
  /** What the company builds, in its own words: the opening of the posting and the work described. */
  readonly productText: string;
}

const MIN_CASES = 3;
const MAX_CASES = 5;

/** The tracks whose cases fit a design round, the round's own first. */
const CASE_TRACKS: Record<EngineeringTrack, readonly Track[]> = {
  backend: ['backend', 'infra'],
  fullstack: ['fullstack', 'backend', 'frontend'],
  frontend: ['frontend', 'fullstack'],
  mobile: ['mobile'],
  data: ['data', 'backend'],
  ml: ['ml', 'data'],
  infra: ['infra', 'backend'],
  security: ['security', 'backend', 'infra'],
  embedded: ['embedded', 'backend'],
  qa: ['qa', 'backend'],
};
const KIND_TRACK: Partial<Record<RoundKind, EngineeringTrack>> = {
  'frontend-design': 'frontend',
  'mobile-design': 'mobile',
  'ml-design': 'ml',
  'data-design': 'data',
  'api-design': 'backend',
};
/** The rounds cases are picked for: every design round, and a manager's people round (management cases). */
const DESIGN_ROUNDS = new Set<RoundKind>([...DESIGN_KINDS, 'people-management']);

/** The level a case's notes are read at: a manager's architecture round is judged at the senior bar or above. */
function caseLevels(seniority: Seniority, forManagement: boolean): readonly CaseLevel[] {
  if (forManagement) return ['manager'];
  switch (seniority) {
    case 'intern':
    case 'junior':
      return ['junior'];
    case 'mid':
      return ['mid'];
    case 'senior':
      return ['senior'];
    case 'manager':
      return ['senior', 'staff', 'manager'];
    default:
      return ['staff'];
  }
}

interface Candidate {
  readonly item: DesignCaseIndexItem;
  readonly round: InterviewRound;
  readonly score: number;
  readonly domains: readonly string[];
  readonly stack: readonly string[];
  readonly levelFits: boolean;
  /** The case's level that fits the posting, when one does. */
  readonly level?: CaseLevel;
}

function tracksFor(round: InterviewRound, inputs: PickInputs): readonly Track[] {
  if (round.kind === 'people-management') return ['management'];
  const track = KIND_TRACK[round.kind] ?? inputs.reading.specialism ?? 'backend';
  return CASE_TRACKS[track];
}

function candidates(
  index: readonly DesignCaseIndexItem[],
  round: InterviewRound,
  inputs: PickInputs,
): Candidate[] {
  const tracks = tracksFor(round, inputs);
  const levels = caseLevels(inputs.seniority, round.kind === 'people-management');
  const skills = new Set(inputs.skills.map((skill) => skill.toLowerCase()));
  return index.flatMap((item): Candidate[] => {
    const rank = tracks.indexOf(item.track);
    if (rank < 0) return [];
    const domains = item.domains.filter((domain) => domainPattern(domain).test(inputs.productText));
    const stack = item.stack.filter((skill) => skills.has(skill.toLowerCase()));
    const level = item.levels.find((candidate) => levels.includes(candidate));
    const levelFits = level !== undefined;
    const score =
      (rank === 0 ? 6 : 3) +
      2 * Math.min(domains.length, 2) +
      Math.min(stack.length, 3) +
      (levelFits ? 2 : 0);
    return [{ item, round, score, domains, stack, levelFits, ...(level ? { level } : {}) }];
  });
}

function why(candidate: Candidate): string {
  const { round, domains, stack, item, level } = candidate;
  const roundName = inSentence(round.title);
  const reasons = [
    round.source === 'posting'
      ? `practice for the ${roundName} round the posting describes`
      : `practice for the likely ${roundName} round`,
  ];
  if (domains.length > 0)
    reasons.push(`it fits what the company builds (${joinList(domains.slice(0, 3).map(domainName))})`);
  if (stack.length > 0) reasons.push(`its deep dives use ${joinList(stack.slice(0, 4))} from the posting`);
  if (level && round.kind !== 'people-management') reasons.push(`its notes set the ${level} bar`);
  if (domains.length === 0 && stack.length === 0) reasons.push(`a core ${item.track} case`);
  const [first = '', ...rest] = reasons;
  return `${first.charAt(0).toUpperCase()}${first.slice(1)}${rest.length ? `: ${rest.join('; ')}` : ''}.`;
}

function toPick(candidate: Candidate, inputs: PickInputs): DesignCasePick {
  const skills = new Map(inputs.skills.map((skill) => [skill.toLowerCase(), skill]));
  const deepDives = candidate.item.dives.flatMap((dive) => {
    const because = dive.stack.flatMap((skill) => skills.get(skill.toLowerCase()) ?? []);
    return because.length > 0 ? [{ topic: dive.topic, because }] : [];
  });
  return {
    id: candidate.item.id,
    title: candidate.item.title,
    track: candidate.item.track,
    why: why(candidate),
    ...(candidate.level ? { level: candidate.level } : {}),
    deepDives,
  };
}

/** A domain id as a sentence says it: "developer-tools" → "developer tools", "saas" → "SaaS". */
function domainName(domain: string): string {
  const names: Record<string, string> = { saas: 'SaaS', iot: 'IoT', hr: 'HR', 'ai-products': 'AI products' };
  return names[domain] ?? domain.replace(/-/g, ' ');
}

/**
 * Three to five design cases for the loop's design rounds, each said why: its round first, then
 * the company's product domain, the posting's stack and the level. Every design round gets its
 * best case before any round gets a second; none when the loop has no design round.
 */
export function pickDesignCases(index: readonly DesignCaseIndexItem[], inputs: PickInputs): DesignCasePick[] {
  const rounds = inputs.rounds.filter((round) => DESIGN_ROUNDS.has(round.kind));
  const byRank = (a: Candidate, b: Candidate) =>
    Number(b.levelFits) - Number(a.levelFits) || b.score - a.score || a.item.id.localeCompare(b.item.id);
  const byRound = rounds.map((round) => candidates(index, round, inputs).sort(byRank));
  const chosen: Candidate[] = [];
  const isChosen = (candidate: Candidate) => chosen.some((c) => c.item.id === candidate.item.id);
  for (const ranked of byRound) {
    const best = ranked.find((candidate) => !isChosen(candidate));
    if (best) chosen.push(best);
  }
  for (const candidate of byRound.flat().sort(byRank)) {
    if (chosen.length >= MAX_CASES) break;
    const relevant = candidate.levelFits && (candidate.domains.length > 0 || candidate.stack.length > 0);
    if (!isChosen(candidate) && (chosen.length < MIN_CASES || relevant)) chosen.push(candidate);
  }
  return chosen.slice(0, MAX_CASES).map((candidate) => toPick(candidate, inputs));
}
