import { defineContentScript } from 'wxt/utils/define-content-script';
import type { BlockedContext } from '@/lib/extract/context';
import { createPageReader, matchesOf } from '@/lib/extract/core';
import { createEnricher } from '@/lib/extract/enrich';
import type { SiteExtractor } from '@/lib/extract/types';
import { concealWhileHeld } from './conceal';
import { runContentScript } from './content-script';
import { requestEditorCode } from './editor';
import { withKeptAnswers } from './kept-answers';
import { watchPractice } from './practice';
import { SHARED } from './script-options';

/*
 * The coding content scripts, one per group of sites (entrypoints/*.content.ts): each runs where
 * its group's registrations say and carries only their readers, so no page loads another group's.
 * Job postings have theirs in job-script.ts, so neither family's code rides along on the other's.
 */

/** What only some groups need, passed by their entrypoint so the others' scripts carry none of it. */
export interface CodingGroupExtras {
  /** Refusals decided from the URL alone, on hosts that serve contests and practice alike. */
  refuse?: (url: URL) => BlockedContext | null;
  /** The group's registered enrichment hooks, run against the page (see `pageEnrichment`). */
  enrich?: typeof pageEnrichment;
}

/**
 * The registered hooks (LeetCode's GraphQL tags and hints) ask the page's own origin, once per
 * problem: the background keeps the answer for the next visit.
 */
export function pageEnrichment(extractors: readonly SiteExtractor[]) {
  return createEnricher(extractors, {
    doc: document,
    origin: location.origin,
    cookie: () => document.cookie,
    fetch: withKeptAnswers(fetch.bind(window)),
  });
}

/** Coding sites. Assessment paths on their hosts are excluded in the manifest (wxt.config.ts). */
export function codingContentScript(extractors: readonly SiteExtractor[], extras: CodingGroupExtras = {}) {
  return defineContentScript({
    ...SHARED,
    matches: matchesOf(extractors),
    main(ctx) {
      const site = extractors.find((extractor) => extractor.handles(new URL(location.href)));
      const read = createPageReader(extractors, extras.refuse);
      // A coding mock hides the site's giveaways while the panel holds its port open; never on a
      // page Sparring refuses (a running round, a contest problem).
      if (site?.conceal)
        ctx.onInvalidated(
          concealWhileHeld(document, site, () => read(document, location.href).kind === 'problem'),
        );
      runContentScript(ctx, {
        read,
        enrich: extras.enrich?.(extractors),
        readEditor: () => requestEditorCode(document),
        onRead: watchPractice(site?.id, site?.verdicts),
      });
    },
  });
}
