import { titleFromSlug } from '@/lib/extract/title-from-slug';
import type { Ladder } from '../hints/ladder';
import type { ProblemAnalysis, RelatedProblem, TechniqueGuess } from '../types';
import { type LibraryMatch, problemUrl } from './lookup';

/** What Sparring's notes on a known problem decide; the page still adds its limits and edge cases. */
export type LibraryCoaching = Pick<
  ProblemAnalysis,
  | 'source'
  | 'library'
  | 'patterns'
  | 'techniqueSure'
  | 'complexityTarget'
  | 'complexityReason'
  | 'keyInsight'
  | 'pitfalls'
  | 'followUps'
  | 'related'
> & { rungs: Ladder };

export function libraryCoaching({ entry, index }: LibraryMatch): LibraryCoaching {
  const notes = `Sparring's notes for ${entry.title}`;
  const patterns: TechniqueGuess[] = entry.techniques.map((id, position) => ({
    id,
    confidence: position === 0 ? 1 : 0.9,
    reason:
      position === 0
        ? `${notes}: the technique of the standard solution`
        : `${notes}: the standard solution uses it too`,
  }));
  const { time, space, note } = entry.complexity;
  const related: RelatedProblem[] = entry.related.map(({ slug, why }) => {
    const known = index.find((item) => item.slug === slug);
    return {
      slug,
      title: known?.title ?? titleFromSlug(slug),
      url: problemUrl(known ?? { slug }),
      why,
    };
  });
  return {
    source: 'library',
    library: { slug: entry.slug, title: entry.title },
    patterns,
    techniqueSure: true,
    complexityTarget: time,
    complexityReason: `The standard solution runs in ${time} time with ${space} extra space.${note ? ` ${note}` : ''}`,
    keyInsight: entry.keyInsight,
    pitfalls: [...entry.pitfalls],
    followUps: [...entry.followUps],
    related,
    rungs: entry.hints,
  };
}
