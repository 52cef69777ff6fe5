import { describe, expect, it } from 'vitest';
import { normaliseTitle } from '@/lib/coach/problem/library/lookup';
import { loadLibrary } from '@/lib/coach/problem/library/node';
import type { ProblemContext } from '@/lib/extract/context';

const library = loadLibrary();
const slugFor = (site: ProblemContext['site'], title: string) =>
  library.match({ site, id: 'not-a-library-slug', title })?.entry.slug ?? null;
/** The entry a title finds unless it is the site's own problem (`hackerrank-…`), written for that very question. */
const lookAlikeFor = (site: ProblemContext['site'], title: string) => {
  const slug = slugFor(site, title);
  return slug?.startsWith(`${site}-`) ? null : slug;
};

describe('the library under the names other sites give its problems', () => {
  it('finds a famous problem under the title each site gives it', () => {
    const named: [ProblemContext['site'], string, string][] = [
      ['geeksforgeeks', "Kadane's Algorithm", 'maximum-subarray'],
      ['geeksforgeeks', 'Coin Change (Count Ways)', 'coin-change-ii'],
      ['geeksforgeeks', 'Coin Change (Minimum Coins)', 'coin-change'],
      [
        'geeksforgeeks',
        'Stock Buy and Sell – Max one Transaction Allowed',
        'best-time-to-buy-and-sell-stock',
      ],
      ['geeksforgeeks', 'Sorted and Rotated Minimum', 'find-minimum-in-rotated-sorted-array'],
      ['hackerrank', 'Hash Tables: Ice Cream Parlor', 'two-sum'],
      ['hackerrank', 'Queues: A Tale of Two Stacks', 'implement-queue-using-stacks'],
      ['hackerrank', 'Common Child', 'longest-common-subsequence'],
      ['generic', 'Rain Water Trapped', 'trapping-rain-water'],
      ['generic', 'Pick from both sides!', 'maximum-points-you-can-obtain-from-cards'],
      ['generic', 'Minimizing Coins', 'coin-change'],
      ['generic', 'Coin Combinations I', 'combination-sum-iv'],
      ['generic', 'Sum of Two Values', 'two-sum'],
      ['atcoder', 'Grid 1', 'unique-paths-ii'],
      ['geeksforgeeks', 'Aggressive Cows', 'magnetic-force-between-two-balls'],
      // The driver prints whether the returned string is valid, but the work is building it.
      ['geeksforgeeks', 'Rearrange characters', 'reorganize-string'],
      ['geeksforgeeks', 'Chocolates Pickup', 'cherry-pickup-ii'],
      ['geeksforgeeks', 'Water the plants', 'minimum-number-of-taps-to-open-to-water-a-garden'],
      ['geeksforgeeks', 'Minimum sum partition', 'last-stone-weight-ii'],
      ['geeksforgeeks', 'Delete without head pointer', 'delete-node-in-a-linked-list'],
      ['geeksforgeeks', 'Stack using two queues', 'implement-stack-using-queues'],
      ['geeksforgeeks', 'Root to Leaf Paths', 'binary-tree-paths'],
      // GeeksforGeeks' practice titles since its 2024 renaming.
      ['geeksforgeeks', 'Detect Loop', 'linked-list-cycle'],
      ['geeksforgeeks', 'Array Duplicates', 'find-all-duplicates-in-an-array'],
      ['geeksforgeeks', 'Square Root', 'sqrtx'],
      ['geeksforgeeks', 'Strings Rotations of Each Other', 'rotate-string'],
      ['geeksforgeeks', 'Tree Boundary Traversal', 'boundary-of-binary-tree'],
      ['geeksforgeeks', 'Kth Smallest in BST', 'kth-smallest-element-in-a-bst'],
      ['geeksforgeeks', 'Directed Graph Cycle', 'geeksforgeeks-detect-cycle-in-a-directed-graph'],
      ['geeksforgeeks', 'Undirected Graph Cycle', 'geeksforgeeks-detect-cycle-in-an-undirected-graph'],
      ['geeksforgeeks', 'Dijkstra Algorithm', 'geeksforgeeks-implementing-dijkstra'],
      [
        'geeksforgeeks',
        'Linked List Group Reverse',
        'geeksforgeeks-reverse-a-linked-list-in-groups-of-given-size',
      ],
      ['geeksforgeeks', 'Add Number Linked Lists', 'add-two-numbers-ii'],
      ['geeksforgeeks', 'K-th Smallest Element', 'geeksforgeeks-kth-smallest-element'],
      ['geeksforgeeks', 'k-th Largest Element in BST', 'geeksforgeeks-kth-largest-element-in-bst'],
      ['geeksforgeeks', 'Number of occurrence', 'find-first-and-last-position-of-element-in-sorted-array'],
      ['hackerrank', 'Super Reduced String', 'remove-all-adjacent-duplicates-in-string'],
      ['hackerrank', 'Binary Search Tree : Insertion', 'insert-into-a-binary-search-tree'],
      ['generic', 'Look-and-Say Sequence', 'count-and-say'],
      ['generic', 'Pascal Triangle', 'pascals-triangle'],
      ['geeksforgeeks', 'Stickler Thief II', 'house-robber-ii'],
      ['geeksforgeeks', 'Palindromic patitioning', 'palindrome-partitioning-ii'],
      ['geeksforgeeks', 'Kth Missing Positive Number in a Sorted Array', 'kth-missing-positive-number'],
      ['hackerrank', 'AND Product', 'bitwise-and-of-numbers-range'],
      ['generic', 'Restaurant Customers', 'cses-restaurant-customers'],
      ['generic', 'Subarray Divisibility', 'subarray-sums-divisible-by-k'],
      [
        'geeksforgeeks',
        'Stock Buy and Sell – Max K Transactions Allowed',
        'best-time-to-buy-and-sell-stock-iv',
      ],
      ['geeksforgeeks', 'Word Break - Part 2', 'word-break-ii'],
      ['geeksforgeeks', 'Minimum number of deletions and insertions.', 'delete-operation-for-two-strings'],
      ['geeksforgeeks', 'Sum of two numbers without using arithmetic operators', 'sum-of-two-integers'],
      ['generic', 'Pair with Target Sum', 'two-sum-ii-input-array-is-sorted'],
      ['generic', 'Subsequence Pattern Matching', 'distinct-subsequences'],
      ['generic', 'Number Of Binary Tree Topologies', 'unique-binary-search-trees'],
      ['generic', 'Sorted Matrix Search', 'search-a-2d-matrix-ii'],
      ['geeksforgeeks', 'Maximum sum of Non-adjacent nodes', 'house-robber-iii'],
      [
        'geeksforgeeks',
        'Remove all occurences of duplicates in a linked list',
        'remove-duplicates-from-sorted-list-ii',
      ],
      ['generic', 'Capacity To Ship Packages Within B Days', 'capacity-to-ship-packages-within-d-days'],
      ['geeksforgeeks', 'Largest number in one swap', 'maximum-swap'],
      ['generic', 'Subarrays with distinct integers!', 'subarrays-with-k-different-integers'],
      ['generic', 'Order of People Heights', 'queue-reconstruction-by-height'],
      ['generic', 'Minimum Parantheses!', 'minimum-add-to-make-parentheses-valid'],
      ['generic', 'Minimum Passes Of Matrix', 'rotting-oranges'],
      ['geeksforgeeks', 'Minimum cost to connect all houses in a city', 'min-cost-to-connect-all-points'],
      ['geeksforgeeks', 'Subarrays with K Distinct Integers', 'subarrays-with-k-different-integers'],
      [
        'geeksforgeeks',
        'City With the Smallest Number of Neighbors at a Threshold Distance',
        'find-the-city-with-the-smallest-number-of-neighbors-at-a-threshold-distance',
      ],
    ];
    for (const [site, title, slug] of named) expect(slugFor(site, title), title).toBe(slug);
  });

  it('leaves out near-misses whose question differs, so their pages are read from the statement', () => {
    for (const title of [
      'Key Pair', // a yes/no answer, not the two indices
      'Find the number of islands', // diagonal cells join an island
      'Rotate by 90 degree', // anticlockwise
      'Minimum Platforms', // a train leaving as another arrives needs a second platform
      'Longest Substring with K Uniques', // exactly k distinct, not at most k
      'Subarray with given sum', // positive numbers only, and the indices of the first one
      'Maximum Subarray Sum', // HackerRank's asks for the largest sum modulo m
      'Pascal Triangle', // only the n-th row
    ]) {
      expect(lookAlikeFor('geeksforgeeks', title), title).toBeNull();
    }
  });

  it('leaves out near variants of library problems, whose notes would mislead', () => {
    const variants: [ProblemContext['site'], string][] = [
      ['geeksforgeeks', 'Distance of nearest cell having 1'], // the nearest 1, not the nearest 0
      ['geeksforgeeks', 'Count total set bits'], // one total for 1..n, not a count per number
      ['geeksforgeeks', 'K closest elements'], // x itself left out, ties to the larger value
      ['geeksforgeeks', 'Rotate a Linked List'], // to the left
      ['geeksforgeeks', 'Word Boggle'], // diagonal neighbours count
      ['geeksforgeeks', 'Next Greater Element'], // one array, not a subset looked up in another
      ['geeksforgeeks', 'Maximum Width of Tree'], // the most nodes on a level, gaps not counted
      ['geeksforgeeks', 'Top K Frequent Elements in Array - |'], // ties ordered by value
      ['geeksforgeeks', 'Segregate even and odd nodes in a Link List'], // by value, not by position
      ['hackerrank', 'Tree: Height of a Binary Tree'], // edges, not nodes
      ['hackerrank', 'Bigger is Greater'], // "no answer" instead of wrapping to the smallest
      ['hackerrank', 'Max Array Sum'], // negative values, and the empty choice
      ['hackerrank', "Recursion: Davis' Staircase"], // steps of one, two or three
      ['generic', 'Movie Festival'], // the most kept, not the fewest removed
      ['generic', 'Sliding Median'], // the lower median for an even window
      ['generic', 'Apple Division'], // 20 weights up to 10^9: a search over subsets, not a table over sums
      ['generic', 'Delete Middle Node'], // Cracking the Coding Interview's is any inner node, given only that node
      ['generic', 'Triple Step'], // steps of one, two or three
      ['generic', 'Bitonic Array Maximum'], // one side may be missing, and the value is wanted
    ];
    for (const [site, title] of variants) expect(lookAlikeFor(site, title), title).toBeNull();
  });

  it('reads a title by what it means on that site, where the same words name another problem elsewhere', () => {
    expect(slugFor('geeksforgeeks', 'Coin Change')).toBe('coin-change-ii');
    expect(slugFor('hackerrank', 'DP: Coin Change')).toBe('coin-change-ii');
    expect(slugFor('generic', 'Coin Change')).toBe('coin-change');
    expect(slugFor('geeksforgeeks', 'Course Schedule')).toBe('course-schedule-ii');
    expect(slugFor('generic', 'Course Schedule')).toBe('course-schedule');
    expect(slugFor('geeksforgeeks', 'Palindrome Partitioning')).toBe('palindrome-partitioning-ii');
    expect(slugFor('generic', 'Palindrome Partitioning')).toBe('palindrome-partitioning');
    // HackerRank's Candies and CSES' Array Division and Playlist; Codeforces and AtCoder use those
    // names for other problems.
    expect(slugFor('hackerrank', 'Candies')).toBe('candy');
    expect(slugFor('atcoder', 'Candies')).toBeNull();
    expect(slugFor('cses', 'Array Division')).toBe('split-array-largest-sum');
    expect(slugFor('codeforces', 'Array Division')).toBeNull();
    expect(slugFor('cses', 'Playlist')).toBe('longest-substring-without-repeating-characters');
    expect(slugFor('codeforces', 'Playlist')).toBeNull();
    expect(slugFor('codeforces', 'Boredom')).toBe('codeforces-boredom');
    expect(slugFor('cses', 'Maximum Subarray Sum')).toBe('maximum-subarray');
    expect(slugFor('hackerrank', 'Maximum Subarray Sum')).toBe('hackerrank-maximum-subarray-sum');
  });

  it("reads CSES' titles as CSES asks them", () => {
    // CSES' Course Schedule prints an order or IMPOSSIBLE; elsewhere the name asks only whether one exists.
    expect(slugFor('cses', 'Course Schedule')).toBe('course-schedule-ii');
    expect(slugFor('codeforces', 'Course Schedule')).toBe('course-schedule');
    expect(slugFor('cses', 'Projects')).toBe('maximum-profit-in-job-scheduling');
    expect(slugFor('cses', 'Trailing Zeros')).toBe('factorial-trailing-zeroes');
    expect(slugFor('cses', 'Creating Strings')).toBe('cses-creating-strings');
    expect(slugFor('cses', 'Building Teams')).toBe('is-graph-bipartite');
    // CSES' Counting Bits totals the bits of 1..n for n up to 10^15; its window median is the lower one.
    expect(slugFor('cses', 'Counting Bits')).toBeNull();
    expect(slugFor('generic', 'Counting Bits')).toBe('counting-bits');
    expect(slugFor('cses', 'Sliding Window Median')).toBeNull();
  });

  it('matches nothing on a site whose problem of the same title asks something else', () => {
    // HackerRank's prints the subsequence itself, which needs the whole table; its Common Child is the length.
    expect(slugFor('hackerrank', 'The Longest Common Subsequence')).toBeNull();
    expect(slugFor('hackerrank', 'Common Child')).toBe('longest-common-subsequence');
    expect(slugFor('geeksforgeeks', 'Longest Common Subsequence')).toBe('longest-common-subsequence');
    // GeeksforGeeks' Number Of Islands adds land cell by cell and counts after each; its X Total Shapes is the classic.
    expect(slugFor('geeksforgeeks', 'Number Of Islands')).toBeNull();
    expect(slugFor('geeksforgeeks', 'X Total Shapes')).toBe('number-of-islands');
    expect(slugFor('generic', 'Number of Islands')).toBe('number-of-islands');
    // HackerRank's Anagram counts the changes that make a string's halves anagrams, its own entry; GeeksforGeeks' is a yes or no.
    expect(slugFor('hackerrank', 'Anagram')).toBe('hackerrank-anagram');
    expect(slugFor('geeksforgeeks', 'Anagram')).toBe('valid-anagram');
    // HackerRank's Ransom Note spends whole words, its own entry; Coding Ninjas' Frog Jump climbs stairs for the least energy.
    expect(slugFor('hackerrank', 'Hash Tables: Ransom Note')).toBe('hackerrank-ransom-note');
    expect(slugFor('generic', 'Frog Jump')).toBeNull();
    // GeeksforGeeks' Power Set lists a string's subsequences in sorted order, its own entry; Cracking the Coding Interview's is Subsets.
    expect(slugFor('geeksforgeeks', 'Power Set')).toBe('geeksforgeeks-power-set');
    expect(slugFor('generic', 'Power Set')).toBe('subsets');
    // GeeksforGeeks' sorted matrix is one sorted run; AlgoExpert's sorts rows and columns apart.
    expect(slugFor('geeksforgeeks', 'Search in a sorted Matrix')).toBe('search-a-2d-matrix');
    expect(slugFor('generic', 'Search In Sorted Matrix')).toBe('search-a-2d-matrix-ii');
  });

  // LeetCode and NeetCode are matched by slug, so a title of theirs would never be read.
  it('give site titles only for sites matched by title, each naming one problem there', () => {
    const seen = new Set<string>();
    for (const item of library.index) {
      for (const site of [...(item.siteTitles ?? []).map((named) => named.site), ...(item.differsOn ?? [])])
        expect(['leetcode', 'neetcode'], item.slug).not.toContain(site);
      for (const { site, title } of item.siteTitles ?? []) {
        const key = `${site} ${normaliseTitle(title)}`;
        expect(seen.has(key), key).toBe(false);
        seen.add(key);
      }
    }
  });
});
