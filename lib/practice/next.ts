import { findInLibrary, type LibraryIndexItem } from '../coach/problem/library/lookup';
import type { Difficulty, PracticeRecord } from './record';
import type { TechniqueStanding } from './stats';

/** What the progress page knows of a library problem without loading its prose. */
export interface LibraryProblem extends LibraryIndexItem {
  difficulty: Difficulty;
  techniques: readonly string[];
}

export interface Suggestion {
  problem: LibraryProblem;
  /** The weak technique it practises. */
  technique: string;
  /** Why this one, in a sentence. */
  why: string;
}

const DIFFICULTY_ORDER: Record<Difficulty, number> = { Easy: 0, Medium: 1, Hard: 2 };

/** The library problem a record is, as the panel recognises it (slug, or title and aliases). */
export function libraryProblemOf<Problem extends LibraryProblem>(
  record: Pick<PracticeRecord, 'site' | 'id' | 'title'>,
  library: readonly Problem[],
): Problem | undefined {
  return findInLibrary(library, record);
}

/** A weak technique is one where at least a third of the attempts went badly. */
const WEAK = 1 / 3;

/**
 * Problems to practise next: for each weak technique (weakest first, up to three), library
 * problems that use it and are not in the history yet: first those the library relates to the
 * problems the user struggled with (`related`, by the struggled problem's slug, with the library's
 * reason), then those where it is the main technique, easiest first; `perTechnique` each.
 */
export function nextProblems(
  standings: readonly TechniqueStanding[],
  records: readonly PracticeRecord[],
  library: readonly LibraryProblem[],
  related: ReadonlyMap<string, readonly { slug: string; why: string }[]>,
  perTechnique = 3,
): Suggestion[] {
  const done = new Set(
    records.flatMap((record) => {
      const known = libraryProblemOf(record, library);
      return known ? [known.slug] : [];
    }),
  );
  const bySlug = new Map(library.map((problem) => [problem.slug, problem]));
  const suggestions: Suggestion[] = [];
  for (const standing of standings.filter((s) => s.weakness >= WEAK).slice(0, 3)) {
    const picked: Suggestion[] = [];
    const take = (problem: LibraryProblem | undefined, why: string) => {
      if (!problem || done.has(problem.slug) || picked.length >= perTechnique) return;
      if (!problem.techniques.includes(standing.technique)) return;
      if (
        suggestions.some((s) => s.problem.slug === problem.slug) ||
        picked.some((s) => s.problem.slug === problem.slug)
      )
        return;
      picked.push({ problem, technique: standing.technique, why });
    };
    for (const [slug, links] of related) {
      for (const link of links)
        take(bySlug.get(link.slug), `${link.why} (after ${bySlug.get(slug)?.title ?? slug})`);
    }
    // Problems where it is the main technique first, easiest first among those.
    const rest = library
      .filter((problem) => problem.techniques.includes(standing.technique))
      .sort(
        (a, b) =>
          a.techniques.indexOf(standing.technique) - b.techniques.indexOf(standing.technique) ||
          DIFFICULTY_ORDER[a.difficulty] - DIFFICULTY_ORDER[b.difficulty] ||
          a.title.localeCompare(b.title),
      );
    for (const problem of rest) take(problem, `Practises ${standing.technique.replaceAll('-', ' ')}.`);
    suggestions.push(...picked);
  }
  return suggestions;
}
