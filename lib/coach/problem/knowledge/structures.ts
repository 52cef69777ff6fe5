import type { Trigger } from './trigger';

/** Stacks, queues, heaps, tries, disjoint sets, range trees, lists and class design. */
export const STRUCTURE_TRIGGERS: readonly Trigger[] = [
  {
    technique: 'stack',
    pattern: /\bparenthes[ie]s\b|\bbrackets?\b|\bbalanced\b|\bopen(?:ing)? and clos(?:e|ing)\b/,
    weight: 3,
    why: 'matching openers with closers is last-in, first-out',
  },
  {
    technique: 'stack',
    pattern:
      /\bevaluate\b|\bexpression\b|\breverse polish\b|\bpostfix\b|\bcalculator\b|\bdecode (?:the )?string\b|\bnested\b|\bbackspace\b|\bsimplify (?:the )?(?:absolute |unix )?path\b|\basteroids?\b|\badjacent duplicates\b|\bundo\b/,
    weight: 2.5,
    why: 'the most recent unfinished item is the one each new token acts on',
  },
  {
    technique: 'stack',
    pattern: /\bstack\b/,
    weight: 2,
    why: 'the statement names a stack',
  },
  {
    technique: 'monotonic-stack',
    pattern:
      /\bnext (?:greater|smaller|warmer|larger|higher)\b|\bprevious (?:greater|smaller|larger)\b|\bfirst (?:greater|larger|smaller|taller|higher) (?:element|number|value|building|day)\b|\bwarmer temperature\b|\bstock span\b|\bhistogram\b|\blargest rectangle\b/,
    weight: 3,
    why: 'the nearest bigger or smaller neighbour is what a stack kept in sorted order reveals',
  },
  {
    technique: 'monotonic-stack',
    pattern:
      /\buntil (?:a |an )?(?:strictly )?(?:hotter|warmer|higher|greater|larger|taller|bigger|cheaper|lower)\b|\b(?:next|nearest|closest) (?:\w+ )?(?:that is |which is )?(?:strictly )?(?:greater|larger|higher|taller|warmer|hotter|smaller|lower|shorter)\b|\b(?:largest|maximum|biggest) (?:possible )?(?:area|rectangle)\b/,
    weight: 2.5,
    why: 'each position needs its nearest bigger or smaller neighbour, which a sorted stack gives',
  },
  {
    technique: 'monotonic-stack',
    pattern:
      /\bremove k digits\b|\bsmallest (?:possible )?subsequence\b|\bsum of (?:all )?subarray (?:minimums|maximums|ranges)\b|\bcan see\b|\bvisible\b|\bocean view\b/,
    weight: 2.5,
    why: 'items that can never matter again are popped as soon as a better one arrives',
  },
  {
    technique: 'queue',
    pattern:
      /\bqueue\b|\bfirst[- ]in[- ]first[- ]out\b|\bfifo\b|\bin the order (?:they|of) arriv|\bround[- ]robin\b|\brecent (?:calls|requests|pings)\b/,
    weight: 2,
    why: 'items leave in the order they arrived',
  },
  {
    technique: 'queue',
    pattern: /\bsliding window maximum\b|\bmaximum .{0,30}\b(?:each|every) window\b|\bdeque\b/,
    weight: 2.5,
    why: 'a double-ended queue keeps the best candidates of a moving window',
  },
  {
    technique: 'queue',
    pattern:
      /\b(?:largest|maximum|max|smallest|minimum|min|biggest) (?:value |element |number )?(?:inside|in|within|of) (?:the |each |every )?(?:sliding )?window\b/,
    weight: 2.5,
    why: 'the best value of a moving window is kept at the front of a double-ended queue',
  },
  {
    technique: 'heap-priority-queue',
    pattern:
      /\bk-?th (?:largest|smallest|most)\b|\bk (?:largest|smallest|closest|most frequent|strongest|weakest|highest|lowest)\b|\btop k\b|\bk (?:points|elements|numbers|words) (?:closest|with)\b/,
    weight: 3,
    why: 'keeping the best k of a stream is a heap of size k',
  },
  {
    technique: 'heap-priority-queue',
    pattern:
      /\bmedian\b.{0,60}\b(?:stream|added|add|insert|so far|after each|each new|running)\b|\b(?:after each|each time|every time)\b.{0,60}\bmedian\b|\bdata stream\b/,
    weight: 2.5,
    why: 'a running median is two heaps, one per half',
  },
  {
    technique: 'heap-priority-queue',
    pattern: /\bmerge k sorted\b|\bk sorted (?:lists|arrays|linked lists)\b/,
    weight: 3,
    why: 'the next smallest head among k lists comes from a heap',
  },
  {
    technique: 'heap-priority-queue',
    pattern:
      /\brepeatedly (?:take|pick|remove|choose|combine|select|smash)\b|\b(?:two )?(?:heaviest|largest|smallest) (?:stones|sticks|piles|elements) (?:and|each)\b|\bcooling (?:time|interval)\b|\bminimum number of (?:conference |meeting )?rooms\b|\bpriority\b|\bearliest (?:available|finishing)\b/,
    weight: 2,
    why: 'taking the current best again and again is what a priority queue serves',
  },
  {
    technique: 'trie',
    pattern: /\btrie\b|\bprefix tree\b/,
    weight: 4,
    why: 'the statement names a prefix tree',
  },
  {
    technique: 'trie',
    pattern:
      /\bstarts? ?with\b|\bautocomplete\b|\bsearch suggestions\b|\b(?:adds?|insert) (?:new )?words?\b.{0,60}\bsearch\b|\bwords? in (?:the )?(?:dictionary|board)\b|\breplace .{0,30}\broots?\b|\bmaximum xor of two\b|\bwildcard\b.{0,30}\bdot\b/,
    weight: 2.5,
    why: 'many words sharing prefixes are stored once in a prefix tree',
  },
  {
    technique: 'union-find',
    pattern:
      /\bunion\b|\bdisjoint\b|\bredundant (?:connection|edge)\b|\baccounts? merge\b|\bmerge (?:the )?accounts\b|\bsatisfiability of equality\b|\bequivalen(?:t|ce)\b|\bprovinces?\b|\bfriend circles?\b/,
    weight: 2.5,
    why: 'merging groups and asking whether two items share one is a disjoint-set forest',
  },
  {
    technique: 'union-find',
    pattern:
      /\bconnected components?\b|\bsame (?:group|component|set)\b|\bgroups? of (?:connected|friends)\b|\bconnect(?:ed|s)? .{0,30}\b(?:together|directly or indirectly)\b|\bdirectly or indirectly\b|\bnumber of (?:groups|networks|clusters)\b/,
    weight: 2,
    why: 'components that only ever merge can be tracked by union-find',
  },
  {
    technique: 'union-find',
    pattern:
      /\b(?:build|builds|add|adds|connect|connects|join|joins|merge|merges)\b.{0,60}\bbetween\b.{0,200}\b(?:whether|can travel|connected|reachable|same)\b/,
    weight: 2.5,
    why: 'links are only ever added while the questions ask about connectivity, which union-find answers',
  },
  {
    technique: 'segment-tree',
    pattern: /\bsegment tree\b|\bfenwick\b|\bbinary indexed tree\b/,
    weight: 4,
    why: 'the statement names a range tree',
  },
  {
    technique: 'segment-tree',
    pattern:
      /\b(?:update|change|modify|assign|set)s?\b.{0,80}\b(?:range|sum|minimum|maximum) (?:of|quer)|\brange (?:sum|minimum|maximum|min|max|update) quer|\bmutable\b|\bcount of smaller numbers after\b|\breverse pairs\b|\bpoint updates?\b/,
    weight: 2.5,
    why: 'range questions mixed with updates need a tree over the ranges, log n per operation',
  },
  {
    technique: 'linked-list',
    pattern: /\blinked list\b|\blistnode\b|\bnext pointer\b|\bnodes? of (?:the|a) (?:linked )?list\b/,
    weight: 3.5,
    why: 'the input is a chain of nodes reached only through next pointers',
  },
  {
    technique: 'linked-list',
    pattern: /\bhead\b|\bsingly\b|\bdoubly\b/,
    weight: 1.5,
    why: 'a head pointer is how a linked list is handed over',
  },
  {
    technique: 'design',
    pattern:
      /\bdesign (?:a|an|the)\b|\bimplement (?:the |a |an )?[a-z]+ class\b|\bobject will be instantiated\b|\binitiali[sz]es the\b|\bclass\b.{0,40}\b(?:methods?|operations?|supports?)\b|\bsupports? the following operations\b/,
    weight: 3,
    why: 'the task is a class with several operations, each with its own cost',
  },
  {
    technique: 'design',
    pattern: /\blru\b|\blfu\b|\bcache\b|\biterator\b|\bsnapshot\b|\btimestamp\b/,
    weight: 1.5,
    why: 'a stateful object answering calls over time',
  },
];
