import { defineContentScript } from 'wxt/utils/define-content-script';
import { createPageReader, matchesOf } from '@/lib/extract/core';
import type { SiteExtractor } from '@/lib/extract/types';
import { runContentScript } from './content-script';
import { SHARED } from './script-options';

/** A job-posting content script over one group of boards (entrypoints/*.content.ts). */
export function jobContentScript(extractors: readonly SiteExtractor[]) {
  return defineContentScript({
    ...SHARED,
    matches: matchesOf(extractors),
    main(ctx) {
      runContentScript(ctx, { read: createPageReader(extractors) });
    },
  });
}
