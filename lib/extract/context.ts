import * as z from 'zod/mini';

/**
 * The one description of a page that everything downstream reads. Declared with zod/mini so the
 * content script can ship it cheaply; the background validates every context it receives with it.
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
export const SiteId = z.enum(SITE_IDS);
/**
 * Judges: their limits are sized for the intended solution, and their pages may show live rounds
 * (CSES' problem set has none, but its bounds are a judge's).
 */
export const JUDGE_SITES: readonly SiteId[] = ['codeforces', 'atcoder', 'codechef', 'cses'];
export type SiteId = z.infer<typeof SiteId>;

export const Difficulty = z.enum(['Easy', 'Medium', 'Hard']);

export const Example = z.object({
  input: z.string(),
  output: z.string(),
  explanation: z.optional(z.string()),
});
export type Example = z.infer<typeof Example>;

export const ProblemContext = z.object({
  kind: z.literal('problem'),
  site: SiteId,
  url: z.string(),
  id: z.string().check(z.minLength(1)),
  title: z.string().check(z.minLength(1)),
  difficulty: z.optional(Difficulty),
  statement: z.string(),
  examples: z.array(Example),
  constraints: z.array(z.string()),
  tags: z.array(z.string()),
  limits: z.optional(z.object({ timeMs: z.optional(z.number()), memoryMb: z.optional(z.number()) })),
  hints: z.array(z.string()),
  source: z.string(),
});
export type ProblemContext = z.infer<typeof ProblemContext>;

export const JobContext = z.object({
  kind: z.literal('job'),
  site: SiteId,
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
});
export type JobContext = z.infer<typeof JobContext>;

export const BlockedContext = z.object({
  kind: z.literal('blocked'),
  site: z.string(),
  url: z.string(),
  reason: z.string(),
  /** Where the same problem can be practised (a contest problem's page in the problem set). */
  practiceUrl: z.optional(z.string()),
});
export type BlockedContext = z.infer<typeof BlockedContext>;

export const NoContext = z.object({
  kind: z.literal('none'),
  url: z.string(),
  title: z.string(),
});
export type NoContext = z.infer<typeof NoContext>;

export const PageContext = z.discriminatedUnion('kind', [
  ProblemContext,
  JobContext,
  BlockedContext,
  NoContext,
]);
export type PageContext = z.infer<typeof PageContext>;

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
