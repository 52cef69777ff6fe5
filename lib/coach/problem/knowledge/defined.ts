import type { Trigger } from './trigger';

/**
 * The classic questions about a term a statement defined in words, once the reading has named it
 * (terms.ts): the longest subsequence two sequences share, and the permutation that comes next.
 */
export const DEFINED_TERM_TRIGGERS: readonly Trigger[] = [
  {
    technique: 'dynamic-programming',
    pattern: /\b(?:longest|largest|max(?:imum)?(?: possible)? length)\b[^.\n]{0,60}?\bcommon subsequences?\b/,
    weight: 3,
    why: 'a subsequence two sequences share is built from the answers for shorter prefixes of both: a table over both',
    also: ['string'],
  },
  {
    technique: 'two-pointers',
    pattern:
      /\bnext (?:greater )?permutation\b|\bpermutations?\b[^.\n]{0,80}?\blexicographic(?:al)?(?:ally)? order\b[^.\n]{0,60}?\b(?:right|immediately|just|directly) after\b|\b(?:right|immediately|just|directly) after\b[^.\n]{0,40}?\bin lexicographic(?:al)?(?:ally)? order\b/,
    weight: 3,
    why: 'the next permutation changes only a suffix: find the last rise from the right, swap it with the next larger value after it, and reverse the tail',
  },
];
