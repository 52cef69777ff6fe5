import { PRACTICE_EXTRACTORS } from '@/lib/extract/coding';
import { codingContentScript } from '@/lib/platform/coding-script';

/** HackerRank, GeeksforGeeks, NeetCode: problem sets (LeetCode has a script of its own). */
export default codingContentScript(PRACTICE_EXTRACTORS);
