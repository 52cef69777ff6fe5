import * as z from 'zod/mini';
import { lazy } from '../lazy';

/**
 * The one description of a page that everything downstream reads. Declared with zod/mini so the
 * content script can ship it cheaply; the background validates every context it receives with it.
 * The schemas are built on first use: the service worker starts on every supported page load, and
 * most wakes never validate a context.
 */
export const SITE_IDS = [
  'leetcode',
  'hackerrank',
  'codeforces',
  'atcoder',
  'geeksforgeeks',
  'neetcode',
  'codechef',
  'cses',
  'greenhouse',
  'lever',
  'ashby',
  'workday',
  'linkedin',
  'indeed',
  'wellfound',
  'generic',
] as const;
export const siteIdSchema = lazy(() => z.enum(SITE_IDS));
/**
 * Judges: their limits are sized for the intended solution, and their pages may show live rounds
 * (CSES' problem set has none, but its bounds are a judge's).
 */
export const JUDGE_SITES: readonly SiteId[] = ['codeforces', 'atcoder', 'codechef', 'cses'];
export type SiteId = (typeof SITE_IDS)[number];

const difficultySchema = lazy(() => z.enum(['Easy', 'Medium', 'Hard']));

const exampleSchema = lazy(() =>
  z.object({
    input: z.string(),
    output: z.string(),
    explanation: z.optional(z.string()),
  }),
);
export type Example = z.infer<ReturnType<typeof exampleSchema>>;

const problemContextSchema = lazy(() =>
  z.object({
    kind: z.literal('problem'),
    site: siteIdSchema(),
    url: z.string(),
    id: z.string().check(z.minLength(1)),
    title: z.string().check(z.minLength(1)),
    difficulty: z.optional(difficultySchema()),
    statement: z.string(),
    examples: z.array(exampleSchema()),
    constraints: z.array(z.string()),
    tags: z.array(z.string()),
    limits: z.optional(z.object({ timeMs: z.optional(z.number()), memoryMb: z.optional(z.number()) })),
    hints: z.array(z.string()),
    source: z.string(),
  }),
);
export type ProblemContext = z.infer<ReturnType<typeof problemContextSchema>>;

const jobContextSchema = lazy(() =>
  z.object({
    kind: z.literal('job'),
    site: siteIdSchema(),
    url: z.string(),
    id: z.string().check(z.minLength(1)),
    title: z.string().check(z.minLength(1)),
    company: z.string(),
    location: z.optional(z.string()),
    employmentType: z.optional(z.string()),
    salary: z.optional(z.string()),
    description: z.string(),
    requirements: z.array(z.string()),
    responsibilities: z.array(z.string()),
    niceToHave: z.array(z.string()),
    source: z.string(),
  }),
);
export type JobContext = z.infer<ReturnType<typeof jobContextSchema>>;

const blockedContextSchema = lazy(() =>
  z.object({
    kind: z.literal('blocked'),
    site: z.string(),
    url: z.string(),
    reason: z.string(),
    /** Where the same problem can be practised (a contest problem's page in the problem set). */
    practiceUrl: z.optional(z.string()),
  }),
);
export type BlockedContext = z.infer<ReturnType<typeof blockedContextSchema>>;

const noContextSchema = lazy(() =>
  z.object({
    kind: z.literal('none'),
    url: z.string(),
    title: z.string(),
  }),
);

export const pageContextSchema = lazy(() =>
  z.discriminatedUnion('kind', [
    problemContextSchema(),
    jobContextSchema(),
    blockedContextSchema(),
    noContextSchema(),
  ]),
);
export type PageContext = z.infer<ReturnType<typeof pageContextSchema>>;

/** The key that state (chat, hints, cache) is stored under: stable across reloads and SPA moves. */
export function contextKey(context: PageContext): string {
  switch (context.kind) {
    case 'problem':
    case 'job':
      return `${context.site}:${context.id}`;
    case 'blocked':
      return `blocked:${context.url}`;
    case 'none':
      return `none:${context.url}`;
  }
}
