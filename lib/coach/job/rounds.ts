import { COMPETENCY_LABELS, type Competency } from './knowledge/competencies';
import { DOMAINS, type DomainProfile } from './knowledge/domains';
import type { Seniority } from './seniority';
import type { SkillMatch } from './skills';
import type { InterviewRound, RoundKind } from './types';

interface RoundInputs {
  readonly seniority: Seniority;
  readonly title: string;
  readonly skills: readonly SkillMatch[];
  readonly topics: readonly string[];
  readonly competencies: readonly Competency[];
  readonly deepDiveTitles: readonly string[];
}

/** Relative time each level's loop spends per round before specialisms are added. */
const BASE: Record<Seniority, Partial<Record<RoundKind, number>>> = {
  intern: { coding: 7, behavioral: 2 },
  junior: { coding: 6.5, behavioral: 2.5 },
  mid: { coding: 5, 'system-design': 2.5, behavioral: 2.5 },
  senior: { coding: 3.5, 'system-design': 3.5, behavioral: 3 },
  staff: { coding: 2.5, 'system-design': 4, behavioral: 3.5 },
  principal: { coding: 2, 'system-design': 4, behavioral: 4 },
  manager: { coding: 1, 'system-design': 2.5, behavioral: 6.5 },
};
const API_WEIGHT: Record<Seniority, number> = {
  intern: 0,
  junior: 1,
  mid: 1.5,
  senior: 1.5,
  staff: 1.5,
  principal: 1,
  manager: 0,
};
const DOMAIN_WEIGHT: Record<Seniority, number> = {
  intern: 1.5,
  junior: 1.5,
  mid: 2,
  senior: 2,
  staff: 2,
  principal: 2,
  manager: 1,
};

const BACKEND_TITLE =
  /\b(back[- ]?end|API|platform|server|services|distributed|infrastructure|full[- ]?stack)\b/i;
const API_TOPICS = new Set(['REST', 'API design', 'Microservices']);

/** Backend work means designing interfaces; a client role only when the posting says so. */
function needsApiRound(inputs: RoundInputs, domain: DomainProfile | undefined): boolean {
  if (BACKEND_TITLE.test(inputs.title)) return true;
  if (inputs.topics.some((topic) => API_TOPICS.has(topic))) return true;
  if (inputs.skills.some((skill) => skill.group === 'api')) return true;
  const clientRole = domain?.area === 'frontend' || domain?.area === 'mobile';
  return !clientRole && inputs.skills.some((skill) => skill.group === 'backend');
}

/**
 * The specialism the posting is about: its title names it, or its skills and topics lean on it.
 * Infrastructure is taken from the title only: most backend postings list cloud and container tools.
 */
export function findDomain(
  title: string,
  skills: readonly SkillMatch[],
  topics: readonly string[],
): DomainProfile | undefined {
  const named = DOMAINS.find((domain) => domain.titlePattern.test(title));
  if (named) return named;
  let best: { domain: DomainProfile; score: number } | undefined;
  for (const domain of DOMAINS) {
    if (domain.area === 'infrastructure') continue;
    const score =
      skills.filter((skill) => domain.groups.includes(skill.group)).length +
      topics.filter((topic) => domain.topics.includes(topic)).length;
    if (score >= 3 && (!best || score > best.score)) best = { domain, score };
  }
  return best?.domain;
}

function roundWeights(entries: [RoundKind, number][]): Map<RoundKind, number> {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  const weights = new Map(entries.map(([kind, weight]) => [kind, Math.round((weight / total) * 100) / 100]));
  const drift = Math.round((1 - [...weights.values()].reduce((sum, weight) => sum + weight, 0)) * 100) / 100;
  const [heaviest] = [...weights.entries()].sort((a, b) => b[1] - a[1]);
  if (heaviest && drift !== 0) weights.set(heaviest[0], Math.round((heaviest[1] + drift) * 100) / 100);
  return weights;
}

const CODING_COVERS: Record<Seniority, string> = {
  intern:
    'One or two easy-to-medium problems: arrays, strings, hash maps; talk through your thinking and test your code',
  junior: 'Medium problems: hash maps, two pointers, BFS/DFS, sorting; clean code and your own test cases',
  mid: 'Medium problems, sometimes a hard one: graphs, heaps, intervals, dynamic programming; complexity stated unprompted',
  senior: 'Medium-to-hard problems solved with production habits: naming, edge cases, tests, trade-offs',
  staff: 'Usually one practical coding round; clarity and judgement over tricks',
  principal: 'Often a code review or a practical exercise rather than puzzles',
  manager: 'Sometimes a light coding or code-review exercise to check you stay hands-on',
};

/**
 * Likely rounds and their weights. Juniors are tested mostly on coding; system design grows with
 * level; backend and API work adds an API-design round; managers are weighted to behaviour; a
 * specialism adds a domain round that says what it covers.
 */
export function predictRounds(inputs: RoundInputs): InterviewRound[] {
  const { seniority, skills, competencies } = inputs;
  const entries = Object.entries(BASE[seniority]) as [RoundKind, number][];
  const domain = findDomain(inputs.title, skills, inputs.topics);
  const api = needsApiRound(inputs, domain) ? API_WEIGHT[seniority] : 0;
  if (api > 0) entries.push(['api-design', api]);
  if (domain) entries.push(['domain', DOMAIN_WEIGHT[seniority]]);
  const weights = roundWeights(entries);

  const language = skills.find((skill) => skill.group === 'language')?.name;
  const apiStyles = ['GraphQL', 'gRPC'].filter((style) => skills.some((skill) => skill.name === style));
  const rounds: InterviewRound[] = [];
  for (const [kind, weight] of weights) {
    switch (kind) {
      case 'coding':
        rounds.push({
          kind,
          title: 'Coding',
          weight,
          why:
            seniority === 'intern' || seniority === 'junior'
              ? 'Early-career loops are mostly coding.'
              : 'Every engineering loop keeps a coding bar.',
          covers: [
            CODING_COVERS[seniority],
            ...(language ? [`Expect to write ${language}; practise in it`] : []),
          ],
        });
        break;
      case 'system-design':
        rounds.push({
          kind,
          title: 'System design',
          weight,
          why:
            seniority === 'mid'
              ? 'Mid-level loops often include a smaller design round.'
              : 'At this level design carries as much weight as coding, or more.',
          covers: [
            'Requirements, API, data model, architecture, then deep dives',
            ...inputs.deepDiveTitles.slice(0, 3),
          ],
        });
        break;
      case 'api-design':
        rounds.push({
          kind,
          title: 'API design',
          weight,
          why: 'The role builds services other code calls.',
          covers: [
            `Model resources and operations${apiStyles.length ? ` (${['REST', ...apiStyles].join(', ')})` : ''}; naming, status codes and an error shape`,
            'Pagination, filtering, versioning and backward compatibility',
            'Idempotency keys, rate limits and authentication',
          ],
        });
        break;
      case 'behavioral':
        rounds.push({
          kind,
          title: seniority === 'manager' ? 'Behavioural and people leadership' : 'Behavioural',
          weight,
          why:
            seniority === 'manager'
              ? 'Manager loops centre on how you hire, grow and lead people.'
              : 'Every loop checks how you work with others.',
          covers: competencies.map((competency) => COMPETENCY_LABELS[competency]),
        });
        break;
      case 'domain':
        if (domain) {
          rounds.push({
            kind,
            title: `Domain: ${domain.title}`,
            weight,
            why: `The posting centres on ${domain.title.toLowerCase()}.`,
            covers: domain.covers,
            domain: domain.area,
          });
        }
        break;
    }
  }
  return rounds.sort((a, b) => b.weight - a.weight);
}
