import type { SkillGroup } from '../taxonomy';
import type { DomainArea } from '../types';

export interface DomainProfile {
  readonly area: DomainArea;
  readonly title: string;
  /** A title that names the specialism decides on its own. */
  readonly titlePattern: RegExp;
  readonly groups: readonly SkillGroup[];
  readonly topics: readonly string[];
  readonly covers: readonly string[];
}

/** Specialist rounds and what they usually test. Order breaks ties: the more specific first. */
export const DOMAINS: readonly DomainProfile[] = [
  {
    area: 'ml',
    title: 'Machine learning',
    titlePattern:
      /\b(ML|AI|MLOps|LLMs?|NLP)\b|\b([Mm]achine [Ll]earning|[Aa]pplied [Ss]cientist|[Dd]ata [Ss]cientist|[Rr]esearch ([Ee]ngineer|[Ss]cientist)|[Cc]omputer [Vv]ision)\b/,
    groups: ['ml'],
    topics: ['Machine learning', 'Deep learning', 'LLMs', 'NLP', 'Computer vision', 'Recommender systems'],
    covers: [
      'ML fundamentals: bias and variance, overfitting, regularisation, choosing an evaluation metric',
      'ML system design: data, features, training, serving and monitoring for one product problem',
      'Offline evaluation versus online experiments, and training/serving skew',
    ],
  },
  {
    area: 'data',
    title: 'Data engineering',
    titlePattern: /\b(data engineer(ing)?|analytics engineer|data platform|ETL|big data)\b/i,
    groups: ['data'],
    topics: ['Data pipelines', 'Data warehousing', 'Stream processing', 'Data modelling'],
    covers: [
      'SQL under time pressure: joins, window functions, de-duplication, gaps and islands',
      'Pipeline design: batch versus streaming, idempotent reruns and backfills, late data',
      'Modelling for analytics: facts and dimensions, slowly changing dimensions',
    ],
  },
  {
    area: 'mobile',
    title: 'Mobile',
    titlePattern: /\b(iOS|Android|mobile)\b/i,
    groups: ['mobile'],
    topics: ['Offline-first'],
    covers: [
      'Platform fundamentals: app and view lifecycle, the main thread, memory and leaks',
      'Build a screen live: list with pagination, images and error states',
      'Mobile system design: offline sync, caching, push notifications, supporting old app versions',
    ],
  },
  {
    area: 'security',
    title: 'Security',
    titlePattern: /\b(security|appsec|product security|infosec|penetration|detection)\b/i,
    groups: [],
    topics: ['Security', 'Authentication'],
    covers: [
      'Threat-model a feature: assets, attackers, trust boundaries, mitigations',
      'Common web vulnerabilities (injection, XSS, CSRF, SSRF, broken access control) and their fixes',
      'Authentication and authorisation: OAuth flows, sessions and tokens, secrets handling',
    ],
  },
  {
    area: 'infrastructure',
    title: 'Infrastructure and reliability',
    titlePattern:
      /\b(SRE|site reliability|DevOps|infrastructure|platform engineer|cloud engineer|production engineer)\b/i,
    groups: ['infrastructure', 'cloud', 'observability'],
    topics: ['Site reliability engineering', 'Infrastructure as code', 'Incident response'],
    covers: [
      'Troubleshooting live: a degraded service, with Linux, networking and metrics',
      'Deployment and capacity: rollouts, autoscaling, load balancing, failure domains',
      'Incident handling: mitigation first, communication, blameless follow-up',
    ],
  },
  {
    area: 'frontend',
    title: 'Frontend',
    titlePattern: /\b(front[- ]?end|UI engineer|web engineer|full[- ]?stack)\b/i,
    groups: ['frontend'],
    topics: ['Accessibility', 'Web performance', 'Responsive design'],
    covers: [
      'JavaScript fundamentals: closures, the event loop, promises, this',
      'Build a UI component in the browser: state, events, accessibility, no framework magic',
      'Frontend system design: rendering strategy, state, caching, performance budget',
    ],
  },
];
