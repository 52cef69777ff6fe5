/**
 * How far the panel's "sure" can be trusted on statements nobody tuned a phrase to: the fifth of
 * the LeetCode corpus the model is never trained on (README "When the coach says it is sure").
 * Not part of the build or the tests; run it by hand with the corpus's problem files:
 *
 *   npx tsx lib/coach/problem/learned/held-out.ts <corpus-dir>
 *
 * Problems with Sparring's notes are scored against the notes' primary technique; the others count
 * a leader among LeetCode's own topics, a looser test (a family such as "string" passes it).
 */
import { analyzeProblem } from '../index';
import { TAG_TECHNIQUES } from '../knowledge/tags';
import type { TechniqueId } from '../types';
import { contextOf, corpusProblems, HELD_OUT, libraryTechniques } from './corpus';

interface Scored {
  sure: boolean;
  top1: boolean;
  top3: boolean;
}

function line(what: string, scored: readonly Scored[]): string {
  const sure = scored.filter((s) => s.sure);
  const unsure = scored.filter((s) => !s.sure);
  const share = (group: readonly Scored[], hit: (s: Scored) => boolean) =>
    (group.filter(hit).length / Math.max(1, group.length)).toFixed(2);
  const whenSure = share(sure, (s) => s.top1);
  const whenUnsure = `${share(unsure, (s) => s.top1)} (top-3 ${share(unsure, (s) => s.top3)})`;
  return `${what}: sure on ${sure.length} of ${scored.length}; top-1 when sure ${whenSure}; when not sure ${whenUnsure}\n`;
}

const corpus = process.argv[2];
if (!corpus) {
  process.stderr.write('usage: held-out.ts <corpus-dir>\n');
  process.exit(1);
}
const primaries = libraryTechniques();
const withNotes: Scored[] = [];
const byTopics: Scored[] = [];
for (const problem of corpusProblems(corpus)) {
  if (!problem.description || !HELD_OUT(Number(problem.frontend_id))) continue;
  const analysis = analyzeProblem(contextOf(problem));
  if (analysis.query) continue;
  const top = analysis.patterns.slice(0, 3).map((guess) => guess.id);
  const primary = primaries.get(problem.problem_slug)?.[0];
  if (primary) {
    withNotes.push({ sure: analysis.techniqueSure, top1: top[0] === primary, top3: top.includes(primary) });
    continue;
  }
  const topics = new Set<TechniqueId>(
    (problem.topics ?? []).flatMap((topic) => TAG_TECHNIQUES[topic.toLowerCase()] ?? []),
  );
  if (topics.size === 0) continue;
  byTopics.push({
    sure: analysis.techniqueSure,
    top1: !!top[0] && topics.has(top[0]),
    top3: top.some((id) => topics.has(id)),
  });
}
process.stdout.write(line("held-out problems with notes, against the notes' primary", withNotes));
process.stdout.write(line("held-out problems without notes, against LeetCode's topics", byTopics));
