import * as z from 'zod/mini';
import { siteIdSchema } from '@/lib/extract/context';
import { TECHNIQUE_IDS } from '../types';
import { isCanonicalComplexity } from './complexity-notation';
import { QUANTITY_ROLES } from './quantities';

const slug = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a kebab-case slug'));
const sentence = z.string().check(z.minLength(8), z.maxLength(400));
const complexity = z
  .string()
  .check(z.refine(isCanonicalComplexity, 'canonical big-O, e.g. "O(n log n)" (see complexity-notation.ts)'));

/**
 * One well-known problem as a mentor who knows it would coach it. Written by hand, reviewed as an
 * interviewer would, kept as JSON under `entries/<slug>.json` and validated by a schema test.
 */
export const LibraryEntry = z.strictObject({
  /**
   * LeetCode's slug (leetcode.cn uses the same one); the file is named after it. A problem whose
   * home is another judge has a slug of ours that starts with that judge's id (`cses-projects`).
   */
  slug,
  /**
   * Where a problem that LeetCode does not have lives (CSES' problem set, AtCoder's educational DP
   * contest, HackerRank, GeeksforGeeks, Codeforces): matched there by the judge's own task id, and
   * linked to there. GeeksforGeeks' ids are whole titles ("distance-from-the-source-bellman-ford-algorithm");
   * Codeforces' are contest and letter ("520B"), the same in the problem set and the contest.
   */
  home: z.optional(
    z.strictObject({
      site: siteIdSchema(),
      id: z.string().check(z.minLength(1), z.maxLength(80)),
      url: z.string().check(z.regex(/^https:\/\/[^\s]+$/, 'an https address')),
    }),
  ),
  /** NeetCode's slug, only where it differs from LeetCode's. */
  neetcodeSlug: z.optional(slug),
  title: z.string().check(z.minLength(2), z.maxLength(120)),
  /** How other sites title the same problem (GeeksforGeeks, HackerRank, InterviewBit, textbooks). */
  aliases: z.array(z.string().check(z.minLength(2), z.maxLength(120))),
  /**
   * A title one site gives this problem while elsewhere it names another ("Coin Change" on
   * GeeksforGeeks counts the ways): on that site it wins over every other name.
   */
  siteTitles: z.optional(
    z.array(
      z.strictObject({ site: siteIdSchema(), title: z.string().check(z.minLength(2), z.maxLength(120)) }),
    ),
  ),
  /** Sites whose problem of this title asks another question: there the title matches nothing. */
  differsOn: z.optional(z.array(siteIdSchema())),
  difficulty: z.enum(['Easy', 'Medium', 'Hard']),
  /** From the coach's vocabulary, the technique of the best standard solution first. */
  techniques: z.array(z.enum(TECHNIQUE_IDS)).check(z.minLength(1), z.maxLength(4)),
  /**
   * Of the best standard solution, the one an interviewer expects, in the letters the labels and
   * the statement reading count in (tests/fixtures/coach/problems/README.md, "Letters"; a tree's
   * height h stays), each named in the note: tests/unit/coach/library/letters.test.ts.
   */
  complexity: z.strictObject({
    time: complexity,
    space: complexity,
    /** What the letters stand for, when the title does not make it obvious ("n nodes, h the height"). */
    note: z.optional(sentence),
  }),
  /**
   * The letters the notes name the problem's own quantities with, and what each stands for
   * (quantities.ts): on another judge's page that names the same quantity with another letter, the
   * hints, insight, pitfalls and follow-ups say the page's letter ("sum x" on CSES where the notes
   * say k).
   */
  quantities: z.optional(
    z.record(z.string().check(z.regex(/^[a-zA-Z]$/, 'one letter')), z.enum(QUANTITY_ROLES)),
  ),
  /** The one idea that unlocks it: one sentence, shown only when asked for. */
  keyInsight: sentence,
  /** Three rungs: a nudge asked as a question that names no technique; the approach; an outline in plain words. Never code. */
  hints: z.tuple([sentence, sentence, sentence]),
  /** Mistakes specific to this problem (not "check for empty input" boilerplate). */
  pitfalls: z.array(sentence).check(z.minLength(2), z.maxLength(4)),
  /** What interviewers ask once the main solution works. */
  followUps: z.array(sentence).check(z.minLength(1), z.maxLength(4)),
  /** Other library entries worth doing next, and why they are related. */
  related: z.array(z.strictObject({ slug, why: sentence })).check(z.minLength(1), z.maxLength(4)),
});
export type LibraryEntry = z.infer<typeof LibraryEntry>;
