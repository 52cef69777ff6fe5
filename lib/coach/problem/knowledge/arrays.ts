import type { Trigger } from './trigger';

/** Windows, pointers, halving, running sums, lookups and order over sequences. */
export const ARRAY_TRIGGERS: readonly Trigger[] = [
  {
    technique: 'sliding-window',
    pattern: /\blongest (?:contiguous |continuous )?(?:substring|subarray|sub-array|window|segment)/,
    weight: 3,
    why: 'a longest contiguous run is a window that grows on the right and shrinks on the left',
  },
  {
    technique: 'sliding-window',
    pattern:
      /\b(?:shortest|smallest|minimum(?: size| length)?) (?:contiguous )?(?:substring|subarray|window|segment)\b/,
    weight: 3,
    why: 'a shortest contiguous run is found by shrinking a window while it stays valid',
  },
  {
    technique: 'sliding-window',
    pattern:
      /\bwithout repeating|\bat most (?:k|two|2) distinct|\bcontains? all (?:the )?(?:characters|letters)|\bwindow\b/,
    weight: 2,
    why: 'a condition on the run’s contents can be kept up to date as a window slides',
  },
  {
    technique: 'sliding-window',
    pattern:
      /\b(?:every|each|all|any) (?:contiguous )?(?:subarrays?|substrings?|windows?|segments?) of (?:size|length) k\b|\bk consecutive\b|\bconsecutive \w+ of (?:size|length) k\b/,
    weight: 3,
    why: 'fixed-length runs overlap, so each one is the previous one with one item in and one out',
  },
  {
    technique: 'sliding-window',
    pattern:
      /\bat most k (?:zeros|flips|replacements|changes|operations)|\bpermutation of \w+ as a substring/,
    weight: 2.5,
    why: 'a budget of changes inside a run is a window whose cost you track',
  },
  {
    technique: 'two-pointers',
    pattern:
      /\bsorted in (?:non-decreasing|ascending|increasing) order\b|\bsorted (?:array|list|integer array)\b/,
    weight: 1.5,
    why: 'sorted input lets two indices walk towards each other, each step ruling out candidates',
  },
  {
    technique: 'two-pointers',
    pattern:
      /\bcycle\b.{0,60}\blinked list\b|\blinked list\b.{0,60}\bcycle\b|\bmiddle (?:node|of the (?:linked )?list)\b|\bnth node from the end\b/,
    weight: 2.5,
    why: 'a slow and a fast pointer find cycles and middles in one pass',
  },
  {
    technique: 'two-pointers',
    pattern: /\bpalindrom/,
    weight: 1.5,
    why: 'a palindrome compares characters from both ends inwards',
  },
  {
    technique: 'two-pointers',
    pattern:
      /\bin-place\b|\bin place\b|\bwithout (?:using )?extra (?:space|memory)|\bo\(1\) extra (?:space|memory)/,
    weight: 1.5,
    why: 'rearranging in place is usually a read index and a write index',
  },
  {
    technique: 'two-pointers',
    pattern: /\b(?:three|3|four|4) (?:integers|numbers|elements)\b|\btriplets?\b|\bquadruplets?\b|\b3sum\b/,
    weight: 2.5,
    why: 'fixing one element and closing in on the rest with two pointers avoids a cubic search',
  },
  {
    technique: 'two-pointers',
    pattern: /\bmost water\b|\btrap(?:ping)?\b.{0,30}\bwater\b|\bcontainer\b/,
    weight: 2.5,
    why: 'the shorter of two walls limits the answer, so move the pointer at the shorter wall',
  },
  {
    technique: 'two-pointers',
    pattern:
      /\bmerge (?:two |the )?sorted\b|\bis (?:a )?subsequence of\b|\bmove (?:all )?(?:the )?zeroe?s\b|\bremove (?:the )?duplicates\b|\breverse (?:the )?(?:string|array|vowels|words)\b/,
    weight: 2,
    why: 'walking two indices through the sequences handles it in one pass',
  },
  {
    technique: 'binary-search',
    pattern: /\bo\(log ?\(?n\)?\)|\blogarithmic\b/,
    weight: 3,
    why: 'a logarithmic bound is the signature of halving the search space',
  },
  {
    technique: 'binary-search',
    pattern: /\bsorted\b/,
    weight: 1,
    why: 'sorted data can be searched by halving',
  },
  {
    technique: 'binary-search',
    pattern: /\brotated\b/,
    weight: 2.5,
    why: 'a rotated sorted array still has one sorted half at every midpoint',
  },
  {
    technique: 'binary-search',
    pattern:
      /\b(?:minimi[sz]e|minimum|smallest) (?:the |possible )?(?:largest|maximum|max)\b|\b(?:maximi[sz]e|maximum|largest) (?:the |possible )?(?:minimum|smallest|min)\b/,
    weight: 3,
    why: 'minimising a maximum is monotone: guess the answer and check it, then halve',
  },
  {
    technique: 'binary-search',
    pattern:
      /\b(?:minimum|smallest|least) (?:integer |possible )?(?:speed|capacity|time|days|divisor|number of days|rate|value of k)\b.{0,80}\b(?:within|at most|so that|such that|before)\b/,
    weight: 2.5,
    why: 'if a value works, every larger one works too, so the smallest working value can be halved towards',
  },
  {
    technique: 'binary-search',
    pattern:
      /\b(?:minimum|smallest|least|maximum|largest) (?:integer |possible |positive )?\w+ (?:such that|so that)\b.{0,80}\b(?:within|at most|at least|before)\b/,
    weight: 2,
    why: 'the smallest value that passes a yes/no check can be found by halving the range',
  },
  {
    technique: 'binary-search',
    pattern:
      /\bsearch (?:for )?(?:a |the )?(?:target|insert position)|\bfirst and last position|\bpeak element|\bsquare root|\bsqrt\b|\bmedian of (?:the )?two sorted|\bkth smallest .{0,30}sorted/,
    weight: 2.5,
    why: 'looking up a position in ordered data is a textbook halving search',
  },
  {
    technique: 'prefix-sum',
    pattern:
      /\bsubarray sums?\b|\bsum of (?:the )?(?:elements? )?(?:of |in )?(?:a |the |each |every )?(?:range|subarray|segment)|\brange sum|\bsum (?:of the elements )?between ind(?:ices|exes)|\bsumrange\b/,
    weight: 3,
    why: 'a sum over any range is the difference of two running totals',
  },
  {
    technique: 'prefix-sum',
    pattern:
      /\brunning sum|\bcumulative|\bprefix (?:sums?|products?)\b|\bproduct of (?:the )?array except|\bexcept (?:nums\[i\]|itself|self)\b|\bpivot index|\bequilibrium|\bleft sum\b|\bsum of all (?:the )?(?:numbers|elements) (?:strictly )?to the left/,
    weight: 3,
    why: 'totals to the left and right of each index come from running sums',
  },
  {
    technique: 'prefix-sum',
    pattern:
      /\b(?:subarrays?|segments?|ranges?)\b.{0,40}\b(?:add up to|sums? (?:up )?to|sum equals?|totals? (?:of|equal))\b|\ba_l ?\+.{0,30}\+ ?a_r\b|\b(?:quer(?:y|ies)|questions?)\b.{0,80}\bsum\b/,
    weight: 2.5,
    why: 'totals over many ranges come from running totals, one subtraction each',
  },
  {
    technique: 'prefix-sum',
    pattern:
      /\bnumber of (?:contiguous |non-empty )?(?:subarrays|segments|pairs of indices)\b.{0,50}\b(?:sum|equal|divisible|difference)/,
    weight: 2,
    why: 'counting ranges with a sum property is counting pairs of equal running-total keys',
  },
  {
    technique: 'hash-table',
    pattern: /\btwo sum\b|\bindices of the two numbers\b|\btwo numbers (?:such that they )?add up\b/,
    weight: 3,
    why: 'remembering what you have seen answers "is the complement here?" in one step',
  },
  {
    technique: 'hash-table',
    pattern:
      /\b(?:two|pair of) (?:\w+ ){0,3}(?:whose|that|which)? ?(?:values? )?(?:add up|sum) to\b|\badd up to (?:exactly )?(?:the )?target\b|\bsums? (?:equals?|to) (?:the )?target\b/,
    weight: 2.5,
    why: 'for each value, the partner it needs is known, so remember the values already seen',
  },
  {
    technique: 'hash-table',
    pattern:
      /\bfrequen(?:cy|cies|t)\b|\bhow many times\b|\boccurrences?\b|\bmost common\b|\bcount (?:of )?each\b/,
    weight: 2,
    why: 'counting occurrences is a map from item to count',
  },
  {
    technique: 'hash-table',
    pattern: /\bdictionary of (?:strings|words)\b|\bwordDict\b|\bword list\b/i,
    weight: 1.5,
    why: 'checking whether a piece is a dictionary word is a set lookup',
  },
  {
    technique: 'hash-table',
    pattern: /\banagrams?\b|\bisomorphic\b|\bword pattern\b|\bransom note\b|\bsame (?:characters|letters)\b/,
    weight: 2.5,
    why: 'comparing letter counts or a mapping between symbols is a lookup table',
  },
  {
    technique: 'hash-table',
    pattern:
      /\bduplicates?\b|\bappears? (?:at least )?(?:once|twice)\b|\bdistinct\b|\bunique\b|\bseen before\b|\bfirst (?:unique|non-repeating)\b|\bmissing\b|\bconsecutive (?:elements )?sequence\b|\bequal to\b.{0,40}\bpairs?\b|\bpairs? of indices\b/,
    weight: 1,
    why: 'checking membership or repeats in constant time needs a set or map',
  },
  {
    technique: 'sorting',
    pattern:
      /\bsort(?:ed|ing)? (?:the |them |it |by |in )|\brearrange\b|\brelative order\b|\blargest number\b|\bcustom order\b|\bh-index\b|\bin (?:non-decreasing|non-increasing|ascending|descending) order\b/,
    weight: 2,
    why: 'the task is about order, and sorting first makes the rest a single pass',
  },
  {
    technique: 'sorting',
    pattern: /\bintervals?\b|\bmeetings?\b|\b\[start, ?end\]|\bstart(?:i|_i)?, ?end(?:i|_i)?\b/,
    weight: 2,
    why: 'intervals become easy once sorted by start (or by end)',
  },
  {
    technique: 'sorting',
    pattern: /\bminimum (?:number of )?swaps\b/,
    weight: 2,
    why: 'comparing with the sorted order shows where every element has to go',
  },
  {
    technique: 'sorting',
    pattern: /\bk-?th (?:largest|smallest)\b|\bmedian\b|\bclosest\b/,
    weight: 1,
    why: 'rank questions are answered by ordering the values',
  },
];
