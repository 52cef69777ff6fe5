import * as z from 'zod/mini';
import { lazy } from '../../lazy';

/*
 * The offline coach's findings as the prompts read them. The side panel has them already and sends
 * them with each request, so the service worker never loads the coach; they arrive over a port and
 * quote page text, so they are validated, bounded and then delimited like the page itself.
 */

export const SHORT = 200;
export const LONG = 600;
const text = (max: number) => z.string().check(z.maxLength(max));
/** Library entries hold at most four pitfalls and four follow-ups. */
export const MAX_NOTES = 4;
const list = <T extends z.ZodMiniType>(item: T, max: number) => z.array(item).check(z.maxLength(max));

/**
 * The offline coach's result as plain data; its ProblemAnalysis fits. What the panel shows, so the
 * model can agree with it: Sparring's notes on a library problem, or its reading of the statement.
 */
export interface OfflineProblemAnalysis {
  /** The entry's title, for "Sparring's notes for Two Sum". */
  library?: { title: string } | null;
  /** With a library match, `besideNotes` marks a candidate the statement adds after the notes' own. */
  patterns: readonly { id: string; confidence?: number; besideNotes?: true }[];
  /** False when the evidence does not single out one technique (the panel says it is not sure). */
  techniqueSure?: boolean;
  /** When not sure: why, and the other methods the page points at, as the panel says it. */
  techniqueDoubt?: string;
  /** What an interviewer expects, and why. */
  complexityTarget: string;
  complexityReason?: string;
  /** The slowest the constraints allow, and the arithmetic behind it. */
  complexityLimit?: string;
  complexityLimitReason?: string;
  edgeCases: readonly string[];
  /** The offline ladder, levels 1–3: what the panel says at each level. */
  hints?: readonly { level: number; text: string }[];
  keyInsight?: string | null;
  pitfalls?: readonly string[];
  followUps?: readonly string[];
  /** Set on a database problem: the tables read and the SQL ideas, so hints speak SQL, not big-O. */
  query?: OfflineQueryReading;
}

/** The SQL coach's reading as the prompts read it; the coach's QueryReading fits. */
export interface OfflineQueryReading {
  /** LeetCode's pandas problems are solved in pandas; absent means SQL. */
  dialect?: 'sql' | 'pandas';
  tables: readonly {
    name: string;
    columns: readonly { name: string; type: string | null }[];
    primaryKey: string | null;
  }[];
  result: string;
  ideas: readonly { name: string }[];
}

/** What the offline job coach found, as plain data; its JobAnalysis fits. */
export interface OfflineJobAnalysis {
  seniority?: string;
  skills?: readonly string[];
  topics?: readonly string[];
  rounds?: readonly { kind: string; title: string; weight?: number }[];
}

const problemFindingsSchema = lazy(() =>
  z.object({
    library: z.optional(z.nullable(z.object({ title: text(SHORT) }))),
    patterns: list(
      z.object({
        id: text(SHORT),
        confidence: z.optional(z.number().check(z.gte(0), z.lte(1))),
        besideNotes: z.optional(z.literal(true)),
      }),
      20,
    ),
    techniqueSure: z.optional(z.boolean()),
    techniqueDoubt: z.optional(text(LONG)),
    complexityTarget: text(SHORT),
    complexityReason: z.optional(text(LONG)),
    complexityLimit: z.optional(text(SHORT)),
    complexityLimitReason: z.optional(text(LONG)),
    edgeCases: list(text(LONG), 30),
    hints: z.optional(list(z.object({ level: z.number(), text: text(LONG) }), 3)),
    keyInsight: z.optional(z.nullable(text(LONG))),
    pitfalls: z.optional(list(text(LONG), MAX_NOTES)),
    followUps: z.optional(list(text(LONG), MAX_NOTES)),
    query: z.optional(
      z.object({
        dialect: z.optional(z.enum(['sql', 'pandas'])),
        tables: list(
          z.object({
            name: text(SHORT),
            columns: list(z.object({ name: text(SHORT), type: z.nullable(text(SHORT)) }), 40),
            primaryKey: z.nullable(text(SHORT)),
          }),
          12,
        ),
        result: text(LONG),
        ideas: list(z.object({ name: text(SHORT) }), 8),
      }),
    ),
  }),
);

const jobFindingsSchema = lazy(() =>
  z.object({
    seniority: z.optional(text(SHORT)),
    skills: z.optional(list(text(SHORT), 60)),
    topics: z.optional(list(text(SHORT), 40)),
    rounds: z.optional(
      list(
        z.object({
          kind: text(SHORT),
          title: text(SHORT),
          weight: z.optional(z.number().check(z.gte(0), z.lte(1))),
        }),
        12,
      ),
    ),
  }),
);

export const promptAnalysisSchema = lazy(() =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('problem'), analysis: problemFindingsSchema() }),
    z.object({ kind: z.literal('job'), analysis: jobFindingsSchema() }),
  ]),
);
export type PromptAnalysis = z.infer<ReturnType<typeof promptAnalysisSchema>>;
export type ProblemFindings = z.infer<ReturnType<typeof problemFindingsSchema>>;
