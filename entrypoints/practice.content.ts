import { PRACTICE_EXTRACTORS } from '@/lib/extract/coding';
import { codingContentScript } from '@/lib/platform/coding-script';

/** LeetCode, HackerRank, GeeksforGeeks, NeetCode: problem sets, contests refused by URL. */
export default codingContentScript(PRACTICE_EXTRACTORS);
