/**
 * Words that name an algorithm or a data structure. A site's own hint that uses one gives the
 * approach away ("Use KMP-table or String Hashing"), so it may not open the ladder.
 */
const NAMES_ALGORITHM =
  /\b(?:hash(?:ing|map|set| ?table| ?map| ?set)?|dictionar(?:y|ies)|maps?|sets?|two[- ]pointers?|pointers?|sliding[- ]window|windows?|binary[- ]search|bisect|heaps?|priority[- ]queues?|stacks?|queues?|deques?|monotonic|dp|dynamic[- ]programming|memo(?:i[sz]e|i[sz]ation)?|tabulation|bfs|dfs|breadth[- ]first|depth[- ]first|graphs?|tries?|prefix[- ](?:sums?|tree|arrays?)|union[- ]find|disjoint[- ]set|dsu|segment[- ]tree|fenwick|binary[- ]indexed|greedy|greedily|sort(?:ing)?|bit ?masks?|bitwise|xor|recursi(?:on|ve|vely)|backtrack(?:ing)?|topological|dijkstra|bellman|floyd|kmp|z-?function|rabin[- ]karp|rolling[- ]hash|manacher|kadane|quick ?select|merge[- ]sort|divide[- ]and[- ]conquer|sweep|matrix exponentiation|sieve|modular inverse)\b/i;

export function namesAlgorithm(text: string): boolean {
  return NAMES_ALGORITHM.test(text);
}

/**
 * The level each of the site's hints joins, in the site's order since each builds on the one
 * before: a first hint that names no algorithm sits beside the nudge, the next beside the
 * approach, and the rest beside the outline. A hint that names an algorithm never opens the ladder.
 */
export function siteHintLevels(siteHints: readonly string[]): { text: string; level: 1 | 2 | 3 }[] {
  const placed: { text: string; level: 1 | 2 | 3 }[] = [];
  for (const raw of siteHints) {
    const text = raw.trim();
    if (!text) continue;
    const previous = placed.at(-1)?.level;
    const level: 1 | 2 | 3 = previous === undefined ? (namesAlgorithm(text) ? 2 : 1) : previous === 1 ? 2 : 3;
    placed.push({ text, level });
  }
  return placed;
}
