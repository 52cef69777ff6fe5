/**
 * How setters promise that an input arrives in order: "sorted in non-decreasing order", a chain
 * "a_1 <= a_2 <= ...", "listed from the shortest to the tallest", an order by another key ("sorted
 * by id"), or a sorted list turned at a pivot. Only the wordings: which sentences promise anything,
 * and what the promise means for the guarantees, is promises.ts'.
 */
const ORDER = '(?:strictly )?(?:non-decreasing|non-increasing|ascending|descending|increasing|decreasing)';
/** How an input is handed over or kept: "given", "listed", "recorded", "stored" in an order. */
const LAID =
  '(?:given|listed|kept|stored|arranged|recorded|written|provided|presented|logged|placed|numbered)';
export const SORTED = new RegExp(
  [
    `\\bsorted in (?:an? )?${ORDER} order\\b`,
    `\\b(?:is|are|was|were) (?:${LAID} |already )?sorted\\b`,
    // "k lists of meetings, each sorted by start": several inputs, every one of them in order.
    `\\beach (?:one |of them )?(?:already )?(?:sorted|in sorted order|in ${ORDER} order)\\b`,
    // "arrives already sorted by start", "comes sorted": handed over in order.
    '\\b(?:arrives?|comes?) (?:already )?sorted\\b',
    // "Given n tasks sorted by deadline", "you are given n intervals, sorted by start": the input as
    // it is handed over, unless the sentence has turned to what to return.
    '\\bgiven\\b(?:(?!\\b(?:return|print|output|so that|such that)\\b)[^.])*?(?:[a-z]s|\\]),? (?:already )?sorted (?:by|in)\\b',
    // "Each list is pairwise disjoint and in sorted order", but not the rank of an answer ("the
    // k-th largest in sorted order", "the kth smallest element in the sorted order"), which says
    // where the answer would stand, not how the input arrives.
    '(?<!\\b(?:largest|smallest|greatest|biggest|lowest|highest|k-?th|kth)(?: \\w+){0,2} )\\bin (?:the )?sorted order\\b',
    // "arrival is strictly increasing", "nums is a non-decreasing array", said of the input by name
    // at the start of its sentence, not of an example or of the arrangement the question wants.
    `^(?:all (?:the )?|both |the (?:values|elements|numbers) (?:in|of) )?[a-z][\\w.[\\]]*(?: (?:and|of) [a-z][\\w.[\\]]*| [a-z]+){0,3} (?:is|are) (?:an? )?${ORDER}(?: (?:array|list|sequence))?(?:\\.|,|;|$)`,
    '\\bsorted (?:(?:unique|distinct) )?(?:array|list|integer array|sequence|arrays|lists)\\b',
    // "The readings form a strictly increasing list", "log is an increasing list moved round": the
    // input said to be such a list, in a sentence that demands nothing of the answer.
    `^(?:(?!\\b(?:return|print|output|sort|find|make|so that|such that|must|should)\\b)[^.])*?\\b(?:forms?|is|are) an? ${ORDER} (?:list|array|sequence)\\b`,
    // "The existing leaderboard is in descending order", "the scores are given in ascending order".
    `\\b(?:is|are|was|were) (?:${LAID} )?in ${ORDER} order\\b`,
    // "A rental shop lists the heights of the skiers in ascending order": the page's own source hands
    // them over in order, in a sentence that asks for nothing to be returned or sorted.
    `^(?:(?!\\b(?:return|print|output|sort|so that|such that)\\b)[^.])*?\\b(?:lists|gives|records|writes|keeps|shows|posts)\\b(?:(?!\\b(?:return|print|output|so that|such that)\\b)[^.])*?\\bin ${ORDER} order\\b`,
    // A parameter described in a typed signature: "int heights[n]: the skiers' heights, ascending".
    `\\]: [^.\\n]{0,60}, ${ORDER}\\b`,
    // "a_1 <= a_2 <= ...", the chain that falls ("A_1 >= A_2 >= ... >= A_N") and the same chain over
    // a named list ("position_1 < position_2 < ... < position_n").
    // Counted from 0 as well ("pos_0 < pos_1 < ...").
    '\\b[a-z]\\w*_(?:0 ?(?:<=?|>=?) ?[a-z]\\w*_1|1 ?(?:<=?|>=?) ?[a-z]\\w*_2) ?(?:<=?|>=?) ?\\.\\.\\.',
    // "The bookings come listed by their start times, earliest first": an order told by the key and
    // which end of it comes first.
    `\\b(?:is|are|was|were|arrives?|comes?) (?:${LAID} )?(?:by|in order of|ordered by) (?:their |its |the )?[a-z][\\w.[\\]]*(?: [a-z]+)?,? (?:earliest|smallest|lowest|oldest|shortest|cheapest|lightest|largest|latest|highest|biggest|newest|tallest|heaviest) first\\b`,
    // "Students line up from the shortest to the tallest: their heights are given in that order."
    '\\bfrom the \\w+est (?:\\w+ )?to the \\w+est\\b[^.]{0,80}\\b(?:given|listed|written|recorded|provided) in (?:that|this|the same) order\\b',
    // "The heights never decrease from left to right": an order told by what never happens.
    '\\b(?:values|heights|numbers|elements|readings|scores|prices|times|positions|weights|lengths|costs|dates|ratings|temperatures|integers) (?:\\w+ ){0,2}(?:never|do not|does not) (?:decrease|increase)\\b',
    // "arr[i] < arr[j] for 1 <= i < j <= n": each later element is larger.
    '\\b([a-z]\\w*)\\[i\\] ?<=? ?\\1\\[j\\][^.]{0,30}\\bi ?< ?j\\b',
    // "1 <= position_i < position_i+1 < target": each element against the next one.
    '\\b([a-z]\\w*)(?:_i|\\[i\\]) ?<=? ?\\2(?:_\\(?i ?\\+ ?1\\)?|\\[i ?\\+ ?1\\])',
  ].join('|'),
);
/** An order with no ties: every element differs from the one before it ("a_1 < a_2 < ...", "strictly increasing"). */
export const STRICT_ORDER =
  /\bstrictly (?:increasing|decreasing|ascending|descending)\b|\b[a-z]\w*_(?:0 ?< ?[a-z]\w*_1|1 ?< ?[a-z]\w*_2) ?< ?\.\.\.|\b[a-z]\w*_(?:0 ?> ?[a-z]\w*_1|1 ?> ?[a-z]\w*_2) ?> ?\.\.\.|\b([a-z]\w*)\[i\] ?< ?\1\[j\][^.]{0,30}\bi ?< ?j\b|\b([a-z]\w*)(?:_i|\[i\]) ?< ?\2(?:_\(?i ?\+ ?1\)?|\[i ?\+ ?1\])/;
/** A sorted list turned at a pivot: rotated, shifted cyclically, written from a midpoint and wrapped round. */
export const ROTATION =
  /\brotated\b|\b(?:shifted|turned) cyclically\b|\bcyclic(?:ally)? shift(?:ed)?\b|\bwrap(?:s|ped)? (?:a)?round\b|\b(?:moved|shifted|turned) (?:a)?round by\b|\b(?:some|a|its) (?:first|front|leading) (?:part|portion|block|stretch|few \w+) (?:\w+ ){0,2}moved to the (?:end|back)\b/;
/**
 * "Sorted by id", "in ascending order of start time": the order is a record's key, not its values;
 * "sorted by the depot software" names who sorted them, not a key.
 */
export const SORTED_BY_OTHER_KEY =
  /\b(?:sorted|ordered|order|arranged|increasing|decreasing|ascending|descending)\b,? (?:by|according to|with respect to|of) (?:their |the |its |each )?(?!values?\b|elements?\b|numbers?\b|integers?\b)(?!(?:\w+ ){0,2}(?:software|system|program|programme|computer|app|application|organi[sz]ers?|staff|clerks?|machine|server|tool|script|team|company)\b)([a-z][\w.[\]]*(?: (?:time|id|index|name|number|date))?)/;
