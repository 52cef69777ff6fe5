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
import { onSignal } from '@/lib/messaging/content';
import type { PageConceal, PageReveal } from '@/lib/messaging/protocol';
import { createConcealer } from '@/lib/platform/conceal';
import { runContentScript } from '@/lib/platform/content-script';
import { requestEditorCode } from '@/lib/platform/editor';
import { withKeptAnswers } from '@/lib/platform/kept-answers';
import { watchPractice } from '@/lib/platform/practice';

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
    // LeetCode's own tags and hints come from its GraphQL API (same origin, the user's session),
    // asked once per problem: the answer is kept for the next visit.
    const fetchKept = withKeptAnswers(fetch.bind(window));
    let extras: LeetCodeExtras | null = null;
    let asked = '';

    const enrich = (context: PageContext, refresh: () => void): PageContext => {
      if (context.kind !== 'problem' || context.site !== 'leetcode') return context;
      if (extras?.slug !== context.id && asked !== context.id) {
        asked = context.id;
        const csrfToken = /(?:^|;\s*)csrftoken=([^;]+)/.exec(document.cookie)?.[1] ?? '';
        void fetchLeetCodeExtras(document, location.origin, context.id, fetchKept, csrfToken).then(
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

    // A coding mock hides LeetCode's giveaways while it runs (the background says when).
    if (site === 'leetcode') {
      const concealer = createConcealer(document);
      onSignal<typeof PageConceal>('page/conceal', () => {
        concealer.conceal();
        return null;
      });
      onSignal<typeof PageReveal>('page/reveal', () => {
        concealer.reveal();
        return null;
      });
      ctx.onInvalidated(concealer.reveal);
    }

    runContentScript(ctx, {
      read: createPageReader(CODING_EXTRACTORS),
      enrich,
      readEditor: () => requestEditorCode(document),
      onRead: watchPractice(site, site ? VERDICT_READERS[site] : undefined),
    });
  },
});
