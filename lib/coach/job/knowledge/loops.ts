import type { Seniority } from '../seniority';
import type { EngineeringTrack } from '../track';
import type { RoundKind } from '../tracks';
import { SPECIALISTS, type SpecialistRound } from './specialists';

export type { SpecialistRound } from './specialists';

/** How a track's loop is usually built when the posting does not say. */
export interface TrackLoop {
  readonly designKind: RoundKind;
  readonly designTitle: string;
  /** The lowest level whose loop has a design round the posting need not state. */
  readonly designFrom: Seniority;
  readonly designCovers: readonly string[];
  /** What the coding round leans on in this track, said after the level's usual content. */
  readonly codingNote?: string;
  /** Relative weight of the coding round against the level's usual (infrastructure codes less). */
  readonly codingShare: number;
  readonly specialist?: SpecialistRound;
}

export const TRACK_LOOPS: Record<EngineeringTrack, TrackLoop> = {
  backend: {
    designKind: 'system-design',
    designTitle: 'System design',
    designFrom: 'mid',
    designCovers: [
      'Requirements and the numbers first, then the API, the data model and one read and one write path',
      'Where it breaks as traffic grows, and what each store and queue guarantees',
    ],
    codingShare: 1,
  },
  fullstack: {
    designKind: 'system-design',
    designTitle: 'System design (full stack)',
    designFrom: 'mid',
    designCovers: [
      'One feature end to end: the screen, the API it calls, the tables behind it',
      'Where state lives (client cache, server, database) and how it stays consistent',
    ],
    codingNote: 'Often a practical feature across the browser and a small API rather than a puzzle',
    codingShare: 1,
  },
  frontend: {
    designKind: 'frontend-design',
    designTitle: 'Frontend system design',
    designFrom: 'mid',
    designCovers: [
      'Component boundaries and their APIs, where state lives, and how data is fetched and cached',
      'Rendering strategy and a performance budget; accessibility and failure states from the start',
    ],
    codingNote: 'Expect to build UI in the browser: DOM events, async data, state, accessibility',
    codingShare: 1,
    specialist: SPECIALISTS.frontend,
  },
  mobile: {
    designKind: 'mobile-design',
    designTitle: 'Mobile system design',
    designFrom: 'mid',
    designCovers: [
      'The app’s layers, the data on the device and how it syncs when the network returns',
      'Lists with images and pagination, background work, push, and supporting old app versions',
    ],
    codingNote: 'Often a small screen built live in the platform’s language, with its tests',
    codingShare: 1,
    specialist: SPECIALISTS.mobile,
  },
  data: {
    designKind: 'data-design',
    designTitle: 'Data pipeline and modelling design',
    designFrom: 'mid',
    designCovers: [
      'From the source to the analyst’s table: batch or streaming, and what “done” means for late data',
      'Facts and dimensions, partitioning, idempotent reruns and backfills, data-quality checks',
    ],
    codingNote: 'Expect SQL under time pressure (joins, window functions, de-duplication) and Python',
    codingShare: 1,
    specialist: SPECIALISTS.data,
  },
  ml: {
    designKind: 'ml-design',
    designTitle: 'ML system design',
    designFrom: 'mid',
    designCovers: [
      'Frame the product problem as an ML problem: the label, the metric, the baseline',
      'Features, training, serving and monitoring; offline evaluation versus online experiments',
    ],
    codingNote: 'Often practical Python over data (metrics, joins, a small model) rather than puzzles',
    codingShare: 1,
    specialist: SPECIALISTS.ml,
  },
  infra: {
    designKind: 'system-design',
    designTitle: 'Infrastructure design',
    designFrom: 'mid',
    designCovers: [
      'Failure domains, redundancy and recovery targets: what survives the loss of a node, a zone, a region',
      'Rollouts, capacity and autoscaling, and the signals that tell you it is working',
    ],
    codingNote: 'Usually practical: scripting, parsing logs, automating a task, not puzzles',
    codingShare: 0.7,
    specialist: SPECIALISTS.infra,
  },
  security: {
    designKind: 'system-design',
    designTitle: 'Secure system design',
    designFrom: 'mid',
    designCovers: [
      'Design a feature, then threat-model it: assets, attackers, trust boundaries, mitigations',
      'Authentication, authorisation and secrets across the design; what you would log to detect abuse',
    ],
    codingNote: 'Sometimes a secure code review instead: find and fix the vulnerabilities in a small app',
    codingShare: 0.8,
    specialist: SPECIALISTS.security,
  },
  embedded: {
    designKind: 'system-design',
    designTitle: 'Embedded system design',
    designFrom: 'senior',
    designCovers: [
      'The firmware’s architecture on a constrained device: tasks, interrupts, memory and power budgets',
      'Updates in the field, failure and watchdog recovery, and how it is tested on hardware',
    ],
    codingNote: 'Expect C or C++ close to the hardware: bit manipulation, buffers, no heap surprises',
    codingShare: 1,
    specialist: SPECIALISTS.embedded,
  },
  qa: {
    designKind: 'system-design',
    designTitle: 'Test architecture design',
    designFrom: 'senior',
    designCovers: [
      'A test strategy for a product: which levels (unit, API, UI), what runs when, and who owns it',
      'A framework other teams adopt: fixtures, test data, parallel runs, flaky-test handling',
    ],
    codingNote: 'Expect to write automated tests and the code under them, not only puzzles',
    codingShare: 0.8,
    specialist: SPECIALISTS.qa,
  },
};

export const CODING_COVERS: Record<Seniority, string> = {
  intern:
    'One or two easy-to-medium problems: arrays, strings, hash maps; talk through your thinking and test your code',
  junior: 'Medium problems: hash maps, two pointers, BFS/DFS, sorting; clean code and your own test cases',
  mid: 'Medium problems, sometimes a hard one: graphs, heaps, intervals, dynamic programming; complexity stated unprompted',
  senior: 'Medium-to-hard problems solved with production habits: naming, edge cases, tests, trade-offs',
  staff: 'Usually one practical coding round; clarity and judgement over tricks',
  principal: 'Often a code review or a practical exercise rather than puzzles',
  manager: 'A light coding or code-review exercise to check you stay hands-on',
};

/** What a design round asks more of as the level rises. */
export const DESIGN_LEVEL_NOTES: Partial<Record<Seniority, string>> = {
  mid: 'A smaller scope: a sound design of one service, with the trade-offs named',
  senior: 'You drive: scope it, estimate, and go deep where it matters without being asked',
  staff: 'Ambiguous on purpose: you frame the problem, weigh real trade-offs and plan the migration',
  principal: 'Ambiguous on purpose: the problem spans teams, and the migration and its risks matter as much',
  manager:
    'Architecture at a manager’s altitude: the trade-offs, the risks and how the team would deliver it',
};

/** What each round kind asks, when it comes from the posting rather than the track's usual loop. */
export const KIND_COVERS: Record<
  Exclude<RoundKind, 'coding' | 'behavioral' | 'domain'>,
  readonly string[]
> = {
  'system-design': ['Requirements and numbers first, then API, data model, architecture and deep dives'],
  'frontend-design': ['Components, state, data fetching and caching, rendering and performance budgets'],
  'mobile-design': ['Layers of the app, data on the device, sync and conflicts, old app versions'],
  'ml-design': ['The label and metric, features, training, serving, monitoring and experiments'],
  'data-design': ['Sources to tables: modelling, batch or streaming, late data, backfills, quality'],
  'api-design': [
    'Resources and operations, naming, status codes and an error shape',
    'Pagination, filtering, versioning and backward compatibility',
    'Idempotency keys, rate limits and authentication',
  ],
  'take-home': [
    'Scope to the time asked and say what you left out; a short README with your decisions',
    'Tests for the parts that matter, and code you would be glad to extend live in the review',
  ],
  'pair-programming': [
    'Think aloud, ask before assuming, and let your pair in: they are judging how you work together',
    'Small steps with tests; take hints gracefully and say what you would do with more time',
  ],
  debugging: [
    'Reproduce first, then narrow down: logs, failing tests, bisecting, one hypothesis at a time',
    'Say what you expect before each check; fix the cause, then add the test that would have caught it',
  ],
  'people-management': [
    'Hiring: how you define the bar, run a loop and close; a hire that did not work out',
    'Performance: a report who struggled, the conversations and the outcome; growing a strong one',
    'Delivery and prioritisation: what you said no to, and how the team knew what mattered',
  ],
  presentation: [
    'Rehearse to time and leave room for questions; open with the audience’s problem',
    'For your own project: the context, the decisions and their trade-offs, the result and what you learned',
  ],
};
