import { z } from 'zod';

/**
 * A library problem told again under a new story, as another judge's setter would (retold/): the
 * technique model's training reads it beside LeetCode's statement, labelled with the entry's
 * techniques, so the words it learns are the structure's and not one story's.
 */
export const Retelling = z
  .object({
    slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    title: z.string().min(3),
    statement: z.string().min(200),
    constraints: z.array(z.string().min(3)).min(1),
  })
  .strict();
export type Retelling = z.infer<typeof Retelling>;

/** A retelling as the panel would read its page: a statement with no tags, hints or examples. */
export function retoldContext(retelling: Retelling) {
  return {
    kind: 'problem' as const,
    site: 'codeforces' as const,
    url: `https://codeforces.com/problemset/problem/0/${retelling.slug}`,
    id: retelling.slug,
    title: retelling.title,
    statement: retelling.statement,
    examples: [],
    constraints: retelling.constraints,
    tags: [],
    hints: [],
    source: 'corpus' as const,
  };
}
