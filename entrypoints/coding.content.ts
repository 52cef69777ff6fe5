import { defineContentScript } from 'wxt/utils/define-content-script';
import { CODING_EXTRACTORS, CODING_MATCHES } from '@/lib/extract/coding';
import type { PageContext } from '@/lib/extract/context';
import { createPageReader } from '@/lib/extract/core';
import { leetCodeSlug } from '@/lib/extract/sites/leetcode';
import {
  applyLeetCodeExtras,
  fetchLeetCodeExtras,
  type LeetCodeExtras,
} from '@/lib/extract/sites/leetcode-graphql';
import { VERDICT_READERS } from '@/lib/extract/verdicts';
import { runContentScript } from '@/lib/platform/content-script';
import { requestEditorCode } from '@/lib/platform/editor';
import { watchPractice } from '@/lib/platform/practice';

/**
 * Coding-practice sites (and the assessments Sparring refuses on). Job boards have their own
 * content script: neither family's parsers ride along on the other's pages.
 */
export default defineContentScript({
  matches: CODING_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    // LeetCode's own tags and hints come from its GraphQL API, once per problem; the answer is
    // kept only while the tab still shows that problem.
    let extras: LeetCodeExtras | null = null;
    let asked = '';

    const enrich = (context: PageContext, refresh: () => void): PageContext => {
      if (context.kind !== 'problem' || context.site !== 'leetcode') return context;
      if (extras?.slug !== context.id && asked !== context.id) {
        asked = context.id;
        const csrfToken = /(?:^|;\s*)csrftoken=([^;]+)/.exec(document.cookie)?.[1] ?? '';
        void fetchLeetCodeExtras(document, location.origin, context.id, fetch.bind(window), csrfToken).then(
          (answer) => {
            if (!answer || answer.slug !== leetCodeSlug(new URL(location.href))) return;
            extras = answer;
            refresh();
          },
        );
      }
      return applyLeetCodeExtras(context, extras);
    };

    const site = CODING_EXTRACTORS.find((extractor) => extractor.handles(new URL(location.href)))?.id;
    runContentScript(ctx, {
      read: createPageReader(CODING_EXTRACTORS),
      enrich,
      readEditor: () => requestEditorCode(window),
      onRead: watchPractice(site, site ? VERDICT_READERS[site] : undefined),
    });
  },
});
