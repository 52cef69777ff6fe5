import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  describeMiss,
  evaluateCase,
  GENERALISE_CASES,
  problemCases,
  READING_CASES,
  score,
  sureness,
} from '../../../support/problem-labels';

/**
 * The offline coach on the labelled problems (tests/fixtures/coach/problems): the build fails
 * when it reads them worse than issue 10 asks. `npm run bench` prints the same figures per
 * category, and the misses with COACH_BENCH_VERBOSE=1.
 */
const results = problemCases().map(evaluateCase);
const figures = score(results);
const misses = results.map(describeMiss).filter((line): line is string => line !== null);

describe('the offline coach on the labelled problems', () => {
  it('reads every labelled page as a problem', () => {
    expect(results.length).toBeGreaterThanOrEqual(150);
    expect(results.filter((r) => r.analysis === null).map((r) => r.name)).toEqual([]);
  });

  it('names the expected technique first on at least 80% and finds 90% of the labelled ones in its top three', () => {
    expect(figures.top1, misses.join('\n')).toBeGreaterThanOrEqual(0.8);
    expect(figures.recall, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('gives the complexity an interviewer expects, and the slowest the limits allow, on at least 90%', () => {
    expect(figures.target, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(figures.limit, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('never lists an edge case its statement rules out', () => {
    expect(results.flatMap((r) => r.contradictions.map((c) => `${r.name}: ${c}`))).toEqual([]);
  });

  it('never puts code in a hint', () => {
    expect(results.flatMap((r) => r.codeHints.map((h) => `${r.name}: ${h}`))).toEqual([]);
  });
});

/**
 * Real problems of the kinds issue 10 found misread on unseen pages, labelled before the coach
 * changed for them (tests/fixtures/coach/generalise). The floors sit just under the figures the
 * change reached, so a regression on them fails; the aims for unseen pages (top-3 0.85, target
 * 0.9) are above them and printed by the bench. The classic patterns retold (4th round, 68 pages)
 * brought sizes the figures do not read yet (an amount a DP runs over, the nodes of an all-pairs
 * table given as an edge list, questions named m), so the target and limit floors sit under them.
 * Training the model on retellings (learned/retold/) cost five of these pages their first place
 * (top-1 0.80 → 0.78) and lifted a blind set of retold problems by 0.10 top-1: the blind set is
 * the measure that counts, so the top-1 floor sits under the new figure. The 27 pages on what a
 * judge's bounds say the setter intended name methods the technique reading misses on most of them
 * (a table over two texts read as `string`, cables between any two beacons as `graph`, dishes eaten
 * or skipped as a heap), so top-1 fell to 0.74 and top-3 to 0.86; their targets are the rule's to
 * meet (intent.ts), their leaders the triggers'. Nineteen pages for reading errors (typed
 * signatures, clauses after a bound, terms defined in words, words that name a value) came in at
 * top-1 0.32 and stand at 0.47: their reading is now right (limit 19 of 19) but the techniques
 * several of them need (pairing after a sort, balance points, an hourglass scan) are the triggers'
 * to learn, so the floors sit at top-1 0.73 and top-3 0.85 while the 296 pages before them read
 * 0.75 and 0.87. Twenty-three pages on sizes and values (stop 26: sums of sizes, lengths bounded by
 * other names, grid sides and counts named by words, near misses bounded by values only) now read
 * their sizes (limit 0.57 → 0.96) but name the method first on only 0.39 of them and find 0.59 of
 * their techniques, so their targets (0.43) follow a wrong method more often than a wrong size. Seven
 * more in notations those rules had not seen read limit 0.57 under them and 0.86 once widened.
 * Thirty-six pages written for the promises a statement makes (stop 26) were written for their
 * wording, not their technique, and read top-3 0.57 and target 0.78. With these 66 pages the whole
 * set reads top-1 0.71, top-3 0.82, target 0.83 and limit 0.93, and its floors follow, while the
 * 369 pages before them read 0.76, 0.86, 0.86 and 0.93, which each round's own floors keep. Three
 * grid walks read as an interviewer (a run a walker makes from cell to cell is no window) bring
 * the whole set's top-1 to 0.708. Thirteen famous problems on their own judges (stop 27, letters)
 * are there for the library's notes, which answer them on the panel (13 of 13 both right); read
 * from the statement alone they score top-1 0.46 and target 0.62, which pulls the whole set's
 * target to 0.82. Twenty-two pages on which technique is named first (stop 27: a
 * map that only serves a sort, a greedy pass or prefix totals beside lookups that are the method,
 * grid walks, design classes, strings and lists walked by two pointers) came in at top-1 0.36; a
 * method ahead of the family it works on, no base rate ahead of what the page points at, and
 * lookups, grid walks and a class's priority queue read from how statements put them brought them
 * to 0.68 and the whole set's top-1 to 0.74. Eleven pages on what the panel says (stop 27, advice)
 * read top-1 0.64, and with them the whole set reads 0.729, so its top-1 floor is 0.72.
 * Twenty pages on costs (stop 27: the right method costed on the
 * page's sizes and roles, near misses beside them) came in at target 0.55 and limit 0.85; reading
 * edge lists as V and E, the amount a DP fills, states times what they carry and least costs over
 * costed links lifts them to 0.95 and 1.0. With the letters, order, advice and costs rounds the 504 read
 * top-1 0.726, top-3 0.814, target 0.847 and limit 0.933. Eighteen pages of DP hidden in stories
 * (stop 27, dp: a choice at every step tied to the one before, walks that only go one way, near
 * misses) read top-1 0.94 and target 0.89 after their rules. Twenty-seven pages on nouns (stop 27:
 * stacks of rings, a queue at a counter, a family tree, letters that arrive, each beside a near miss
 * where the noun is the structure) are decoys by design and read top-1 0.52, top-3 0.69, target
 * 0.70 and limit 0.89 after their rules. Twenty-eight pages on sorting where the order does not
 * matter (items matched by rank, taken in any order, served by a key) and on lists sized in words or
 * not at all read top-1 0.85 to 1.0 after their rules. With all of them the set of 577 reads
 * top-1 0.749, top-3 0.822, target 0.863 and limit 0.943. Fourteen GeeksforGeeks classics (stop 28,
 * libgfg) are there for the library's new entries, which answer twelve of them on the panel (top-1
 * 0.86, target 0.93); from the statement alone they read top-1 0.29, target 0.43 and limit 0.79,
 * so the set of 591 reads top-1 0.738, top-3 0.818, target 0.854 and limit 0.939, and the floors
 * sit just under. Eight pages where the coach is not sure (stop 28, advice) read top-3 0.46 from
 * the statement, and with them the set of 599 reads top-1 0.731, top-3 0.809, target 0.853 and
 * limit 0.938, so the top-3 floor is 0.80. Five pages written for promises over an enumerated list
 * or between places (stop 28, promises) read top-1 0.20 from the statement (their methods were not
 * what they test), and with them the set of 604 reads top-1 0.727, top-3 0.805, target 0.853 and
 * limit 0.939, so the top-1 floor is 0.72. Ten class-design pages (stop 28, design) read top-1
 * 0.80 after their rule, and the merged set of 614 reads top-1 0.731, top-3 0.806, target 0.852
 * and limit 0.936. Thirty-five fresh pages of every input shape (stop 30, target), twenty written
 * before the warm-up and query rules and fifteen after them, read top-1 0.51 and target 0.77 from
 * the statement. Forty-one pages on edge cases (stop 30, edges: promises worded in ways no reader
 * had met, near misses that allow the case in words) were written for what a page permits, not for
 * their technique, and read top-1 0.37, top-3 0.62, target 0.71 and limit 0.78. Twenty-five pages
 * of queries over spans of positions and near misses that compare or look up (stop 30, ranges) read
 * top-1 0.68 and top-3 0.90 after their rule. With all three the set of 715 reads top-1 0.706,
 * top-3 0.804, target 0.850 and limit 0.930. Thirty-six pages of stop 31 (spans: a value counted
 * inside a span, span additions asked about once, links that may number zero, a first count that
 * is one list or that many tests) read top-1 0.61, target 0.69 and limit 0.89 after their rules,
 * eight of them never tuned to. Thirty-three pages of graphs no word names (stop 31, reach: a
 * state, its moves and an ask of reachability or fewest moves, beside near misses whose moves only
 * go forward) read top-1 0.49 from the statement before their rules and 0.82 after. Eighteen pages
 * of runs defined in words (stop 31, defined runs) read top-1 0.94. With them all the set of 802
 * reads top-1 0.719, top-3 0.808, target 0.844 and limit 0.928, so the limit floor is 0.92; the 715
 * pages before stop 31 read 0.713, 0.807, 0.850 and 0.930. Twenty pages of the nearest earlier or
 * later item that beats each one, written in subscripts (stop 31, nearest), read top-1 0.05 before
 * their rule and 0.75 after. Twenty-four pages of groups merged by events and asked about (stop 31,
 * groups) read top-1 0.21 before their rule and 0.92 after. With all of stop 31 the set of 846
 * reads top-1 0.727, top-3 0.810, target 0.842 and limit 0.927. Stop 32 added four rounds, each
 * read before its change and after: nine pages of letters that are not queries, running-state lines
 * and moves priced nothing or one (reading) went from top-1 0.44 to 0.78; twenty-six of counts over
 * pairs tied by position and value (pairs) from 0.19 to 0.77; twenty-six of one setting searched as
 * the largest or smallest that passes (answers) from 0.15 to 0.77; and twenty-six whose answer is a
 * selection or an order of few items (small) from top-1 0.27 and target 0.19 to 0.58 and 0.62, the
 * ten of them never tuned to from 0.20 and 0.10 to 0.50 and 0.40. With all four the set of 933
 * reads top-1 0.733, top-3 0.817, target 0.841 and limit 0.930; the 715 pages of stop 30 read
 * 0.722, 0.813, 0.852 and 0.930 (0.715, 0.809, 0.850 and 0.930 before stop 32). Stop 33 relabelled
 * union-find pages (V + E for a graph's joins asked about once, n + q for a stream of operations),
 * orders of 8-10 items (O(n * n!)) and selections judged by a running total (O(2^n)), and added four
 * rounds, each read before its change and after, ten pages of each written after it: the letters a
 * figure uses (sizes, target 0.81 to 1.0 on the first sixteen, 0.70 to 0.80 on the ten), values-only
 * pages by how the answer comes from the value (values, target 0.44 to 0.94; 0.50 to 0.60), orders
 * the solver chooses while the output is printed in some order (orders, target 0.25 to 0.94; 0.50 to
 * 0.60) and greedy shapes such as pairs under a cap and two lists matched (greedy, top-1 0.19 to
 * 0.75 on the first sixteen, while the ten never tuned to stayed at top-1 0.0 and target 0.10). With
 * them the set of 1,037 reads top-1 0.726, top-3 0.819, target 0.850 and limit 0.933; the 933 pages
 * before them read 0.735, 0.818, 0.857 and 0.935. Stop 34 relabelled n-queens to O(n!) (its
 * attacked lines in sets make each placement O(1)) and added three rounds: twenty pages written
 * before any change, to measure the target on untuned stories (target, 0.55, 0.79, 0.80 and 0.95;
 * a chooser trained on LeetCode's editorials never found a better target among the reasoned ones,
 * so it did not land), twenty-six design pages read operation by operation (design, top-1 0.19 and
 * target 0.31 to 0.88 and 0.88 on the first sixteen; the ten never tuned to from 0.30 and 0.50 to
 * 0.60 and 0.80) and forty-two pages of spans on a line (intervals: the most at once, rooms, at least
 * k, gaps; top-1 0.41 and target 0.52 to 0.86 and 0.81, while the six never tuned to moved only in
 * top-3, 0.47 to 0.56). With all three the set of 1,125 reads top-1 0.728, top-3 0.823, target
 * 0.847 and limit 0.933; of the 1,037 before them two pages got better and three lost a top-1 or
 * top-3 place after the retrains. Stop 35 settled which of a method and its input leads (a walk
 * over every node of a tree is the search it does; three labels follow) and added four rounds:
 * greedy choices an exchange argument settles (greedy, top-1 0.31 to 0.94 on the first sixteen;
 * the ten never tuned to 0.50 to 0.60, the six written after the reading 0.00 to 0.17 before they
 * were tuned to), twenty pages of staples whose method takes a companion, written before a change
 * to the places below the leader that did not land (places), two pointers over pairs judged by a
 * sum or gap and edits in place (two pointers, top-1 0.44 to 0.75; the ten never tuned to 0.50 to
 * 0.80) and what a route costs (paths: its worst link, ratios, the longest wait over an order,
 * edits landing on listed words; top-1 0.50 to 0.94, the ten never tuned to 0.40 to 0.60). With
 * all four the set of 1,229 reads top-1 0.744, top-3 0.829, target 0.845 and limit 0.929; the
 * 1,125 pages before them read 0.741, 0.829, 0.851 and 0.933 (0.728, 0.823, 0.848 and 0.933 at the
 * start of the stop), so the top-1 floor was 0.74 and the top-3 floor 0.82. Stop 36 gave word
 * ladders their own rung, O(n * m^2), and a walk per question its O(q * (V + E)) (one label moved to
 * the README's convention), let the leader's usual companions fill the places below it where the
 * page points at the leader and its order allows a sort, read one big number by what is done to it
 * (log: the ten never tuned to target 0.60 to 0.70), which exponential a small-n answer's items
 * call for (small-n: the ten never tuned to 0.20 to 0.30) and whether the best solution sorts, read
 * from the page's objects (sort: the ten never tuned to top-1 0.60 to 0.80, target 0.90 to 1.00).
 * Three rounds bring the set to 1,301 pages, which read top-1 0.749, top-3 0.836, target 0.854 and
 * limit 0.939 after the retrain, so the floors are 0.74, 0.83, 0.85 and 0.93. Stop 37 read things
 * that join into groups from how the links arrive and what is asked (connect: links added with
 * questions between, taken away in a known order, the first to close a loop, sameness stated, a
 * field shared, the cheapest that join all; the eight never tuned to 0.25 to 0.88 top-1), which
 * exhaustive search a few items call for (enumeration: backtracking no longer read as DP, output-
 * sized targets), questions counted as q and compared with an unchanging list (queries), questions
 * about a grid's rectangles (grid questions, O(n * m + q)), whether the best solution needs a log
 * factor (log factor), famous problems retold without their textbook words (retold: the ten never
 * tuned to did not move) and windows by what they keep (a deque for the extremes of each run). Each
 * round's pages were written before its change; families written by another writer and never read
 * by the helpers moved for groups (top-1 0.50 to 0.75), enumeration (0.33 to 0.50), grid questions
 * (target 0.50 to 0.67) and not for the log factor. With them the 1,301 pages read 0.774, 0.849,
 * 0.875 and 0.949, and the whole set of 1,450 reads 0.775, 0.849, 0.870 and 0.944, so the floors
 * are 0.77, 0.84, 0.86 and 0.94. Stop 38 read seven more families, each round written before its
 * change: counting words that dress another method (sink), marks over stretches and values from a
 * small range (range), orders proven by an exchange (greedy), which search a question over links
 * asks (search), links or cells with costs (paths), two positions walking the input (pointers) and
 * promises worded as other setters word them. Family sets written by another writer moved for six
 * of them (top-1 +1 to +3 pages in 12). The 1,450 pages read 0.798, 0.861, 0.878 and 0.946, and the
 * whole set of 1,604 reads 0.799, 0.862, 0.880 and 0.944. A retrain that changes only the order the
 * corpus is shuffled in moves about nine of the 1,450 pages' top-1 (stop 38's model38), so the
 * floors keep that much below the figures: 0.79, 0.85, 0.87 and 0.94. Stop 39 added 116 pages
 * for ten classes, near misses among them, some with sizes the coach still misreads (a word matched
 * inside a text read as one size, a name's letters): the whole set of 1,720 reads 0.798, 0.862,
 * 0.876 and 0.938, so the limit's floor is 0.93.
 */
const unseen = problemCases(GENERALISE_CASES).map(evaluateCase);
const unseenFigures = score(unseen);
const unseenMisses = unseen.map(describeMiss).filter((line): line is string => line !== null);

describe('the offline coach on real problems written for generalisation', () => {
  it('reads every page as a problem', () => {
    expect(unseen.filter((r) => r.analysis === null).map((r) => r.name)).toEqual([]);
  });

  it('finds the labelled techniques and the expected complexity no worse than when it was last changed', () => {
    expect(unseenFigures.top1, unseenMisses.join('\n')).toBeGreaterThanOrEqual(0.79);
    expect(unseenFigures.recall, unseenMisses.join('\n')).toBeGreaterThanOrEqual(0.85);
    expect(unseenFigures.target, unseenMisses.join('\n')).toBeGreaterThanOrEqual(0.87);
    expect(unseenFigures.limit, unseenMisses.join('\n')).toBeGreaterThanOrEqual(0.93);
  });

  it("keeps each earlier round's pages at the floors that round reached (rounds.json)", () => {
    const { rounds } = JSON.parse(readFileSync(`${GENERALISE_CASES}/rounds.json`, 'utf8')) as {
      rounds: {
        name: string;
        floors: Record<'top1' | 'recall' | 'target' | 'limit', number>;
        pages: string[];
      }[];
    };
    for (const { name, floors, pages } of rounds) {
      const own = unseen.filter((r) => pages.includes(r.name));
      expect(own.map((r) => r.name).sort(), name).toEqual([...pages].sort());
      const figures = score(own);
      const misses = own.map(describeMiss).filter((line): line is string => line !== null);
      for (const key of ['top1', 'recall', 'target', 'limit'] as const)
        expect(figures[key], `${name}, ${key}:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(floors[key]);
    }
  });

  it('never lists an edge case its statement rules out, nor puts code in a hint', () => {
    expect(unseen.flatMap((r) => r.contradictions.map((c) => `${r.name}: ${c}`))).toEqual([]);
    expect(unseen.flatMap((r) => r.codeHints.map((h) => `${r.name}: ${h}`))).toEqual([]);
  });

  /**
   * When the panel calls a technique sure, the leader is the labelled one on 100 of the 105 pages
   * it says so on (31 of 33 on the rounds of stops 24-25, which no threshold was chosen on). The
   * floor sits just under that, and a floor on how often it says so keeps "never sure" from
   * passing: it is sure on 105 of 369.
   */
  it('is right when it says it is sure, and still says so on a quarter of the pages', () => {
    const figures = sureness(unseen);
    const wrong = unseen
      .filter((r) => r.analysis?.techniqueSure && !r.top1)
      .map((r) => `${r.name}: sure of ${r.analysis?.patterns[0]?.id}, want ${r.labels.primary}`);
    expect(figures.topWhenSure, wrong.join('\n')).toBeGreaterThanOrEqual(0.93);
    expect(figures.sure / figures.cases).toBeGreaterThanOrEqual(0.25);
  });
});

/**
 * Real problems for how sizes, orders and input formats are read (tests/fixtures/coach/reading),
 * labelled before the coach changed for them. The complexity floors sit just under the figures the
 * change reached; the technique figures are the learned model's and the knowledge's, which this
 * set did not change, so their floors only guard against a fall (top-3 0.78 since the model was
 * trained on retellings too: two pages here lost a technique from the first three).
 */
const reading = problemCases(READING_CASES).map(evaluateCase);
const readingFigures = score(reading);
const readingMisses = reading.map(describeMiss).filter((line): line is string => line !== null);

describe('the offline coach on real problems written for reading sizes and orders', () => {
  it('reads every page as a problem', () => {
    expect(reading.filter((r) => r.analysis === null).map((r) => r.name)).toEqual([]);
  });

  it('gives the expected complexity and the limit no worse than when the reading was last changed', () => {
    expect(readingFigures.target, readingMisses.join('\n')).toBeGreaterThanOrEqual(0.87);
    expect(readingFigures.limit, readingMisses.join('\n')).toBeGreaterThanOrEqual(0.97);
    expect(readingFigures.top1, readingMisses.join('\n')).toBeGreaterThanOrEqual(0.6);
    expect(readingFigures.recall, readingMisses.join('\n')).toBeGreaterThanOrEqual(0.78);
  });

  it('never lists an edge case its statement rules out, nor puts code in a hint', () => {
    expect(reading.flatMap((r) => r.contradictions.map((c) => `${r.name}: ${c}`))).toEqual([]);
    expect(reading.flatMap((r) => r.codeHints.map((h) => `${r.name}: ${h}`))).toEqual([]);
  });
});
