import type { Trigger } from './trigger';

/** Problem-solving strategies and the broad families (maths, strings, bits, sweeps). */
export const PARADIGM_TRIGGERS: readonly Trigger[] = [
  {
    technique: 'dynamic-programming',
    pattern:
      /\bnumber of (?:distinct |different |possible |unique |valid )?(?:ways|paths|sequences|arrays|strings|combinations)\b|\bhow many (?:distinct |different |possible )?(?:ways|paths)\b|\bcount (?:the )?(?:number of )?(?:ways|paths)\b/,
    weight: 3,
    why: 'counting ways is adding up the counts of smaller choices',
  },
  {
    technique: 'dynamic-programming',
    pattern: /\bmodulo 10\^9 ?\+ ?7\b|\bmodulo 1000000007\b|\bmod(?:ulo)? 998244353\b|\bmod 10\^9/,
    weight: 2,
    why: 'an answer large enough to need a modulus is usually a count built from subproblems',
  },
  {
    technique: 'dynamic-programming',
    pattern:
      /\blongest (?:common|increasing|palindromic|strictly increasing) (?:subsequence|substring)\b|\bedit distance\b|\bminimum number of (?:operations|edits|insertions|deletions|coins|perfect squares|cuts)\b|\bfewest (?:number of )?coins\b|\bknapsack\b|\bpartition\b.{0,40}\bequal sum\b|\bhouse robber\b|\brob(?:bing)?\b|\bclimb(?:ing)?\b|\bstairs?\b|\bdecode(?:d)? ways\b|\bword break\b|\binterleav|\bregular expression\b|\bwildcard\b|\bunique paths\b|\bsegmented into\b/,
    weight: 2.5,
    why: 'the best answer for the whole is built from best answers for prefixes',
  },
  {
    technique: 'dynamic-programming',
    pattern:
      /\b(?:adjacent|neighbou?ring|next to each other|consecutive)\b.{0,60}\b(?:cannot|can't|not allowed|may not)\b|\b(?:cannot|can't|may not|not allowed to) (?:\w+ ){0,6}(?:adjacent|neighbou?ring|next to each other|two consecutive)\b|\bfewest (?:number of )?\w+\b.{0,40}\b(?:add up|sum|make up|total)\b|\bminimum number of \w+ (?:needed |required )?to (?:make|reach|form|get)\b/,
    weight: 2.5,
    why: 'each choice limits the next one, so the best total is a recurrence over positions',
  },
  {
    technique: 'dynamic-programming',
    pattern:
      /\b(?:strictly )?increasing\b.{0,80}\b(?:longest|largest|maximum|most|greatest)\b|\b(?:longest|largest number|maximum number)\b.{0,80}\b(?:strictly )?increasing\b|\b(?:largest|maximum|max|greatest) (?:possible )?sum of (?:a |any )?(?:non-empty )?(?:contiguous )?(?:subarray|sub-array|segment)\b|\bsubarray with the (?:largest|maximum) sum\b/,
    weight: 3,
    why: 'the best sequence ending at each position extends the best one ending earlier',
  },
  {
    technique: 'dynamic-programming',
    pattern:
      /\b(?:maximum|most|largest|greatest) (?:total |possible )?(?:cash|money|profit|sum|value|amount|worth|score|points|gain)\b/,
    weight: 1.5,
    why: 'the best total over many overlapping choices is a recurrence on smaller inputs',
  },
  {
    technique: 'dynamic-programming',
    pattern:
      /\bmaximum (?:profit|sum|amount|value|score|points|total)\b|\bminimum (?:cost|path sum|total|falling path|sum|score)\b|\bsubsequences?\b/,
    weight: 1.5,
    why: 'an optimum over many overlapping choices is a recurrence on smaller inputs',
  },
  {
    technique: 'greedy',
    pattern:
      /\bminimum number of (?:arrows|platforms|boats|rooms|jumps|intervals|taps|refuel|increments)\b|\bmaximum number of (?:non-overlapping|events|meetings|items|tasks|units|chunks|pairs|toys)\b|\bassign (?:cookies|tasks)\b|\bgas station\b|\bjump game\b|\breach the last index\b|\bas (?:many|few) as possible\b|\blemonade\b|\bboats? to save\b|\bcandy\b|\bbest time to buy and sell\b|\bpartition labels\b|\bnon-overlapping\b/,
    weight: 2.5,
    why: 'one locally best choice at each step can be shown never to hurt',
  },
  {
    technique: 'greedy',
    pattern:
      /\b(?:largest|maximum|max|greatest) (?:possible )?sum of (?:a |any )?(?:non-empty )?(?:contiguous )?(?:subarray|sub-array)\b/,
    weight: 1.5,
    why: 'a running sum that turns negative is never worth keeping',
  },
  {
    technique: 'greedy',
    pattern: /\bidle\b|\bcool(?:ing|-)? ?down\b|\bgap of at least\b/,
    weight: 2,
    why: 'scheduling the most frequent kind first decides how much idle time is forced',
  },
  {
    technique: 'greedy',
    pattern:
      /\bgreedily\b|\balways (?:pick|choose|take)\b|\blexicographically (?:smallest|largest)\b|\bminimum number of operations\b|\bmaximum (?:possible )?(?:number|value)\b/,
    weight: 1.5,
    why: 'the best move at each step looks decidable on its own',
  },
  {
    technique: 'backtracking',
    pattern:
      /\ball (?:possible |the |valid |unique |distinct )*(?:combinations|permutations|subsets|partitions|arrangements|solutions|letter combinations|palindrome partitioning|(?:ip )?addresses|configurations|sequences|paths)\b|\bgenerate (?:all|every)\b|\bn-?queens\b|\bsudoku\b|\bword search\b|\bevery possible\b|\bpower set\b|\bcombination sum\b/,
    weight: 3,
    why: 'listing every valid arrangement means building choices one by one and undoing them',
  },
  {
    technique: 'backtracking',
    pattern: /\breturn all\b|\blist all\b|\bprint all\b|\bin any order\b/,
    weight: 1,
    why: 'the output is every solution, not one number',
  },
  {
    technique: 'divide-and-conquer',
    pattern:
      /\b(?:largest|maximum|max|greatest) (?:possible )?sum of (?:a |any )?(?:non-empty )?(?:contiguous )?(?:subarray|sub-array)\b|\bmerge sort\b|\bquick ?select\b|\bdivide and conquer\b|\bcount of smaller numbers\b|\breverse pairs\b|\bconstruct (?:a |the )?(?:binary )?tree from\b|\bsorted array to (?:a )?(?:height[- ]balanced )?(?:binary search tree|bst)\b|\bclosest pair\b|\bdifferent ways to add parentheses\b|\bmaximum subarray\b|\bmajority element\b/,
    weight: 2.5,
    why: 'solving each half and combining the answers is cheaper than the whole at once',
  },
  {
    technique: 'bit-manipulation',
    pattern:
      /\bxor\b|\bbitwise\b|\bbits?\b|\bbinary representation\b|\bsingle number\b|\bpower of (?:two|2|four|4)\b|\bhamming\b|\bgray code\b|\bbit ?masks?\b|\bset bits\b|\b1 bits\b|\bbinary form\b/,
    weight: 2.5,
    why: 'the answer lives in the binary digits of the numbers',
  },
  {
    technique: 'bit-manipulation',
    pattern:
      /\bappears? (?:exactly )?once\b.{0,60}\b(?:twice|three times)\b|\b(?:twice|three times)\b.{0,60}\b(?:appears?|occurs?) (?:exactly )?once\b/,
    weight: 2.5,
    why: 'pairs cancel under exclusive-or, leaving the odd one out',
  },
  {
    technique: 'bit-manipulation',
    pattern: /\bsubsets?\b|\bpower set\b|\bsets of\b/,
    weight: 1.5,
    why: 'each subset is a bitmask: bit i says whether item i is in',
  },
  {
    technique: 'math',
    pattern:
      /\bprimes?\b|\bdivisors?\b|\bdivisible\b|\bgcd\b|\blcm\b|\bgreatest common\b|\bfactorial\b|\bpalindrome number\b|\breverse (?:an |the )?integer\b|\broman\b|\bbase \d+\b|\bfractions?\b|\bpow\(|\bx\^n\b|\bperfect squares?\b|\btrailing zero|\bexcel sheet\b|\bhappy number\b|\bugly number\b|\bfibonacci\b|\bbinomial\b|\bprobability\b|\bexpected value\b|\bcoordinates?\b|\bon the same (?:straight )?line\b|\bangle\b|\bdigits?\b|\bparity\b|\bsum of (?:the )?(?:first|squares)\b/,
    weight: 2,
    why: 'a number-theory or arithmetic fact shortcuts the search',
  },
  {
    technique: 'string',
    pattern:
      /\bstrings?\b|\bsubstrings?\b|\bcharacters?\b|\bletters?\b|\bwords?\b|\bsentences?\b|\bvowels?\b|\blowercase\b|\buppercase\b|\bconcatenat/,
    weight: 1.5,
    why: 'the input is text, so character-level details matter',
  },
  {
    technique: 'line-sweep',
    pattern:
      /\bintervals?\b.{0,60}\b(?:overlap|intersect|merge|cover|union)\b|\boverlapping intervals\b|\bmeeting rooms?\b|\bskyline\b|\brectangles?\b.{0,30}\barea\b|\bsweep\b|\bmaximum (?:number of )?(?:overlapping|simultaneous|concurrent)\b|\bcar pooling\b|\bmy calendar\b|\bat the same time\b|\bbusiest\b/,
    weight: 2.5,
    why: 'start and end points processed in order show how many things are open at once',
  },
];
