import { analyzeProblem } from '@/lib/coach/problem';
import { loadLibrary } from '@/lib/coach/problem/library/node';
import {
  type CaseResult,
  describeMiss,
  evaluateCase,
  type ProblemCase,
  problemCases,
  type Scores,
  sameComplexity,
  score,
  scoresByCategory,
} from '../support/problem-labels';

const USAGE = 'usage: npx tsx tests/bench/unseen.ts [--misses] <labelled dir>...';

/**
 * Issue 10's aims are measured on labelled pages kept outside the repository (a set stays unseen
 * only while nobody tunes to it), so this reads any directory in the labelled format
 * (tests/fixtures/coach/problems/README.md) and prints the figures the aims name: the statement's
 * reasoning on every page (no library, as the bench measures the labelled sets), and on pages
 * labelled `famous`, whether the panel, with Sparring's notes matched as for a user, names the
 * labelled primary technique and expected complexity. `--misses` prints each page's misses; use it
 * only on a set that is being read, never on a blind one.
 */
interface Famous {
  pages: number;
  matched: number;
  bothRight: number;
  misses: string[];
}

function famousFigures(cases: readonly ProblemCase[]): Famous {
  const library = loadLibrary();
  const result: Famous = { pages: 0, matched: 0, bothRight: 0, misses: [] };
  for (const { name, labels, context } of cases) {
    if (!labels.category?.includes('famous')) continue;
    result.pages += 1;
    const match = context ? library.match(context) : null;
    if (match) result.matched += 1;
    const analysis = context ? analyzeProblem(context, match) : null;
    const primary = analysis?.patterns[0]?.id === labels.primary;
    const target = analysis !== null && sameComplexity(analysis.complexityTarget, labels.complexityTarget);
    if (primary && target) result.bothRight += 1;
    else
      result.misses.push(
        `${name} (${match ? `notes ${match.entry.slug}` : 'no notes'}): ${analysis?.patterns[0]?.id ?? 'unread'} ${analysis?.complexityTarget ?? ''}, want ${labels.primary} ${labels.complexityTarget}`,
      );
  }
  return result;
}

const figures = (s: Scores) =>
  `${s.cases} pages: top-1 ${s.top1.toFixed(3)}, top-3 ${s.recall.toFixed(3)}, target ${s.target.toFixed(3)}, limit ${s.limit.toFixed(3)}, contradicted guarantees ${s.contradictions}, code in hints ${s.codeHints}`;

function main(args: string[]): void {
  const showMisses = args.includes('--misses');
  const dirs = args.filter((arg) => !arg.startsWith('--'));
  if (dirs.length === 0) throw new Error(USAGE);
  const cases = dirs.flatMap((dir) => problemCases(dir));
  const results: CaseResult[] = cases.map(evaluateCase);
  console.log(`all: ${figures(score(results))}`);
  for (const [category, group] of scoresByCategory(results)) console.log(`  ${category}: ${figures(group)}`);
  const famous = famousFigures(cases);
  console.log(
    `famous: ${famous.bothRight} of ${famous.pages} with primary and target right (${famous.matched} matched to notes)`,
  );
  if (!showMisses) return;
  for (const miss of results.map(describeMiss)) if (miss) console.log(miss);
  for (const miss of famous.misses) console.log(`famous ${miss}`);
}

main(process.argv.slice(2));
