import { blockedContest } from '@/lib/extract/blocked';
import { LEETCODE_EXTRACTORS } from '@/lib/extract/coding';
import { codingContentScript, pageEnrichment } from '@/lib/platform/coding-script';

/**
 * LeetCode and leetcode.cn. Their contest problems share the host and are refused by URL; LeetCode's
 * GraphQL enriches what the page shows.
 */
export default codingContentScript(LEETCODE_EXTRACTORS, { refuse: blockedContest, enrich: pageEnrichment });
