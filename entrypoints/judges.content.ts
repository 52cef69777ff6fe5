import { JUDGE_EXTRACTORS } from '@/lib/extract/coding';
import { codingContentScript } from '@/lib/platform/coding-script';

/** Codeforces, AtCoder, CodeChef, CSES: judges, refused while their page shows a running round. */
export default codingContentScript(JUDGE_EXTRACTORS);
