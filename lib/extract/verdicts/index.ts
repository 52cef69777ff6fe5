import { codeforcesVerdicts } from './codeforces';
import { leetcodeVerdicts } from './leetcode';
import type { VerdictReader } from './types';

export type { PageVerdict, VerdictReader } from './types';

/**
 * The judges whose pages show the user's verdicts, by site id. The others (HackerRank, AtCoder,
 * GeeksforGeeks, NeetCode, CodeChef) are marked by hand in the panel.
 */
export const VERDICT_READERS: Readonly<Record<string, VerdictReader>> = {
  leetcode: leetcodeVerdicts,
  codeforces: codeforcesVerdicts,
};
