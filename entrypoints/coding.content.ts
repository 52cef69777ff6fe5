import { defineContentScript } from 'wxt/utils/define-content-script';
import { blockedContest } from '@/lib/extract/blocked';
import { CODING_EXCLUDES, CODING_EXTRACTORS, CODING_MATCHES } from '@/lib/extract/coding';
import { createPageReader } from '@/lib/extract/core';
import { createEnricher } from '@/lib/extract/enrich';
import { runContentScript } from '@/lib/platform/content-script';
import { requestEditorCode } from '@/lib/platform/editor';
import { withKeptAnswers } from '@/lib/platform/kept-answers';

/**
 * Coding-practice sites. Job boards have their own content script: neither family's parsers ride
 * along on the other's pages. Assessment paths on these hosts are excluded: nothing runs there.
 */
export default defineContentScript({
  matches: CODING_MATCHES,
  excludeMatches: CODING_EXCLUDES,
  runAt: 'document_idle',
  // WXT announces each content script to the page's window by default: a fingerprint any page
  // could listen for. The document event it also sends is enough to retire an older copy.
  noScriptStartedPostMessage: true,
  main(ctx) {
    runContentScript(ctx, {
      // LeetCode's contest problems share its host: they are refused before anything is read.
      read: createPageReader(CODING_EXTRACTORS, blockedContest),
      // The registered hooks (LeetCode's GraphQL tags and hints) ask the page's own origin, once
      // per problem: the background keeps the answer for the next visit.
      enrich: createEnricher(CODING_EXTRACTORS, {
        doc: document,
        origin: location.origin,
        cookie: () => document.cookie,
        fetch: withKeptAnswers(fetch.bind(window)),
      }),
      readEditor: () => requestEditorCode(document),
    });
  },
});
