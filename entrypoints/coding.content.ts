import { defineContentScript } from 'wxt/utils/define-content-script';
import { CODING_EXTRACTORS, CODING_MATCHES } from '@/lib/extract/coding';
import { createPageReader } from '@/lib/extract/core';
import { fetchLeetCodeExtras } from '@/lib/extract/sites/leetcode-graphql';
import { withCachedExtras } from '@/lib/platform/cached-extras';
import { runContentScript } from '@/lib/platform/content-script';
import { requestEditorCode } from '@/lib/platform/editor';

/**
 * Coding-practice sites (and the assessments Sparring refuses on). Job boards have their own
 * content script: neither family's parsers ride along on the other's pages.
 */
export default defineContentScript({
  matches: CODING_MATCHES,
  runAt: 'document_idle',
  // WXT announces each content script to the page's window by default: a fingerprint any page
  // could listen for. The document event it also sends is enough to retire an older copy.
  noScriptStartedPostMessage: true,
  main(ctx) {
    runContentScript(ctx, {
      read: createPageReader(CODING_EXTRACTORS),
      // LeetCode's own tags and hints come from its GraphQL API (same origin, the user's session).
      enrich: withCachedExtras(async (problem) => {
        if (problem.site !== 'leetcode') return null;
        const csrfToken = /(?:^|;\s*)csrftoken=([^;]+)/.exec(document.cookie)?.[1] ?? '';
        return fetchLeetCodeExtras(document, location.origin, problem.id, fetch.bind(window), csrfToken);
      }),
      readEditor: () => requestEditorCode(document),
    });
  },
});
