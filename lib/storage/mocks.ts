import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { COMPETENCIES } from '../coach/job/knowledge/competencies';
import { CODING_STAGES, type CodingMock } from '../mock/coding';
import {
  CHECK_VERDICTS,
  DESIGN_SECTIONS,
  type DesignMock,
  EMPTY_NOTES,
  MAX_NOTES_CHARS,
} from '../mock/design';
import { MAX_RESULTS, type MockResult } from '../mock/results';
import { DIMENSIONS, VERDICTS } from '../mock/rubric';
import { MAX_STORIES, type Story } from '../mock/stories';
import { MAX_TURN_CHARS, MAX_TURNS, SPEAKERS } from '../mock/transcript';
import { reviewCardSchema } from '../quiz/review-card';
import { defineFamily, defineItem } from './item';
import { instantSchema, listOf, parseOr } from './repair';

/*
 * The mocks' items: the mock in progress per problem or posting (`mock:<site>:<id>`, so a mock
 * resumes where it was after the panel closes or the browser restarts), the finished mocks with
 * their scorecards and debriefs (`mockResults`), and the story bank (`storyBank`). Each is repaired
 * field by field on read: a broken turn costs that turn, never the mock.
 */

const Text = (max: number) => z.string().check(z.maxLength(max));
const Named = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
const Milliseconds = z.number().check(z.nonnegative(), z.lte(Number.MAX_SAFE_INTEGER));
const Count = z.number().check(z.int(), z.nonnegative());
const Score = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
const Difficulty = z.nullable(z.enum(['Easy', 'Medium', 'Hard']));
const Level = z.nullable(z.enum(['junior', 'mid', 'senior', 'staff', 'manager']));

const TurnSchema = z.object({
  speaker: z.enum(SPEAKERS),
  phase: Text(40),
  text: Named(MAX_TURN_CHARS),
  at: Milliseconds,
});

const Transcript = z.pipe(
  listOf(TurnSchema),
  z.transform((turns) => turns.slice(-MAX_TURNS)),
);

const Clock = z.catch(z.object({ elapsedMs: Milliseconds, runningSince: z.nullable(Milliseconds) }), {
  elapsedMs: 0,
  runningSince: null,
});

const StageTimes = z.object(
  Object.fromEntries(CODING_STAGES.map((stage) => [stage, z.optional(Milliseconds)])) as Record<
    (typeof CODING_STAGES)[number],
    z.ZodMiniOptional<typeof Milliseconds>
  >,
);

const Notes = z.object(
  Object.fromEntries(
    DESIGN_SECTIONS.map((section) => [section, z.catch(Text(MAX_NOTES_CHARS), '')]),
  ) as Record<(typeof DESIGN_SECTIONS)[number], z.ZodMiniCatch<z.ZodMiniString>>,
);

const CodingMockSchema = z.object({
  kind: z.literal('coding'),
  id: Named(450),
  contextKey: Named(400),
  site: Named(40),
  title: Named(1_000),
  url: Named(8_192),
  difficulty: z.catch(Difficulty, null),
  // Rounds saved before SQL problems had their own were all algorithm rounds.
  round: z.catch(z.enum(['code', 'query']), 'code'),
  roundMinutes: z.catch(z.number().check(z.int(), z.gte(10), z.lte(180)), 45),
  startedAt: instantSchema(),
  usedAt: instantSchema(),
  phase: z.enum([...CODING_STAGES, 'review']),
  stageStarts: listOf(z.object({ stage: z.enum(CODING_STAGES), at: Milliseconds })),
  clock: Clock,
  transcript: Transcript,
  followUps: listOf(Named(600)),
  followUpsFromLibrary: z.catch(z.boolean(), false),
  followUpsAsked: z.catch(Count, 0),
  code: z.catch(z.nullable(Text(20_000)), null),
  withModel: z.catch(z.boolean(), false),
}) satisfies z.ZodMiniType<CodingMock>;

const DesignMockSchema = z.object({
  kind: z.literal('design'),
  id: Named(450),
  contextKey: Named(400),
  company: Text(300),
  role: Text(1_000),
  caseId: Named(100),
  caseTitle: Named(200),
  level: z.catch(Level, null),
  roundMinutes: z.catch(z.number().check(z.int(), z.gte(10), z.lte(180)), 45),
  startedAt: instantSchema(),
  usedAt: instantSchema(),
  phase: z.enum(['working', 'review']),
  clock: Clock,
  notes: z.catch(Notes, EMPTY_NOTES),
  transcript: Transcript,
  withModel: z.catch(z.boolean(), false),
}) satisfies z.ZodMiniType<DesignMock>;

const ActiveMock = z.nullable(z.discriminatedUnion('kind', [CodingMockSchema, DesignMockSchema]));
export type ActiveMock = CodingMock | DesignMock;

/** The mock in progress on one problem or posting, by its canonical key; null when none is. */
export const mockFamily = defineFamily<ActiveMock | null>('local', 'mock:', {
  version: 1,
  fallback: null,
  repair: (raw) => parseOr(ActiveMock, raw, null),
});

export function mockItem(contextKey: string) {
  return mockFamily.item(contextKey);
}

/* ---------------------------------------------------------------------------------------------- */

const Evidence = z.array(Named(400)).check(z.minLength(1), z.maxLength(4));

const ScorecardSchema = z.object({
  dimensions: z
    .array(z.object({ dimension: z.enum(DIMENSIONS), score: Score, evidence: Evidence }))
    .check(
      z.refine(
        (dimensions) =>
          dimensions.length === DIMENSIONS.length &&
          dimensions.every((entry, index) => entry.dimension === DIMENSIONS[index]),
        'has each dimension once, in the rubric’s order',
      ),
    ),
  verdict: z.enum(VERDICTS),
  summary: Text(800),
  by: z.enum(['model', 'self']),
});

const DebriefSchema = z.object({
  items: z.array(z.object({ item: Named(600), verdict: z.enum(CHECK_VERDICTS), evidence: Text(400) })),
  strengths: z.array(Named(300)).check(z.maxLength(4)),
  gaps: z.array(Named(300)).check(z.maxLength(4)),
  score: Score,
  by: z.enum(['model', 'self']),
});

const ResultBase = {
  id: Named(450),
  contextKey: Named(400),
  startedAt: Milliseconds,
  endedAt: Milliseconds,
  elapsedMs: Milliseconds,
  roundMinutes: z.number().check(z.int(), z.gte(10), z.lte(180)),
  transcript: z.array(TurnSchema).check(z.maxLength(MAX_TURNS)),
};

const MockResultSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('coding'),
    ...ResultBase,
    site: Named(40),
    title: Named(1_000),
    url: Named(8_192),
    difficulty: Difficulty,
    stageTimes: StageTimes,
    followUpsAsked: Count,
    code: z.nullable(Text(20_000)),
    scorecard: ScorecardSchema,
  }),
  z.object({
    kind: z.literal('design'),
    ...ResultBase,
    company: Text(300),
    role: Text(1_000),
    caseId: Named(100),
    caseTitle: Named(200),
    notes: Notes,
    debrief: DebriefSchema,
  }),
]);

/** Finished mocks, newest first (lib/mock/results.ts bounds them). */
export const MockResultsSchema = z.array(MockResultSchema).check(z.maxLength(MAX_RESULTS));

export const mockResultsItem = defineItem<MockResult[]>('local', 'mockResults', {
  version: 1,
  fallback: [],
  repair: (raw) =>
    keepValidResults(raw)
      .sort((a, b) => b.endedAt - a.endedAt)
      .slice(0, MAX_RESULTS),
});

function keepValidResults(raw: unknown): MockResult[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((entry) => {
    const parsed = z.safeParse(MockResultSchema, entry);
    return parsed.success ? [parsed.data as MockResult] : [];
  });
}

/* ---------------------------------------------------------------------------------------------- */

const StorySchema = z.object({
  id: Named(40),
  title: Named(120),
  situation: Text(2_000),
  task: Text(2_000),
  action: Text(2_000),
  result: Text(2_000),
  competencies: z.array(z.enum(COMPETENCIES)).check(z.maxLength(COMPETENCIES.length)),
  createdAt: Milliseconds,
  updatedAt: Milliseconds,
  review: z.nullable(reviewCardSchema()),
});

/** The repair's: a broken schedule costs the schedule (the story comes up again), never the story. */
const StoredStory = z.object({
  ...StorySchema.def.shape,
  competencies: listOf(z.enum(COMPETENCIES)),
  createdAt: instantSchema(),
  updatedAt: instantSchema(),
  review: z.catch(z.nullable(reviewCardSchema()), null),
});

export const StoriesSchema = z.array(StorySchema).check(z.maxLength(MAX_STORIES));

export const storyBankItem = defineItem<Story[]>('local', 'storyBank', {
  version: 1,
  fallback: [],
  repair: (raw) => {
    const stories = listOf(StoredStory);
    const kept = parseOr(stories, raw, []) as Story[];
    const seen = new Set<string>();
    return kept
      .filter((story) => !seen.has(story.id) && seen.add(story.id))
      .map((story) => ({ ...story, competencies: [...new Set(story.competencies)] }))
      .slice(0, MAX_STORIES);
  },
});

/** A mock left unfinished this long is abandoned: it is dropped when another mock starts. */
const STALE_MOCK_MS = 30 * 24 * 60 * 60 * 1000;

/** Drop the mocks in progress nobody has opened for STALE_MOCK_MS; returns how many went. */
export async function forgetStaleMocks(now: number): Promise<number> {
  const stored = await browser.storage.local.get(null);
  const stale = Object.keys(stored).filter((key) => {
    const id = mockFamily.idOf(key);
    if (id === null) return false;
    const mock = mockFamily.shape.repair(stored[key]);
    return mock === null || now - mock.usedAt > STALE_MOCK_MS;
  });
  if (stale.length > 0) await browser.storage.local.remove(stale.flatMap((key) => [key, `${key}$`]));
  return stale.length;
}
