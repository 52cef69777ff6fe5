import { blockedContest } from '@/lib/extract/blocked';
import { PRACTICE_EXTRACTORS } from '@/lib/extract/coding';
import { codingContentScript, pageEnrichment } from '@/lib/platform/coding-script';

/**
 * LeetCode, HackerRank, GeeksforGeeks, NeetCode: problem sets. LeetCode's contest problems share
 * its host and are refused by URL; its GraphQL enriches what the page shows.
 */
export default codingContentScript(PRACTICE_EXTRACTORS, { refuse: blockedContest, enrich: pageEnrichment });
