import { defineContentScript } from 'wxt/utils/define-content-script';
import { createPageReader } from '@/lib/extract/core';
import { JOB_EXTRACTORS, JOB_MATCHES } from '@/lib/extract/jobs';
import { runContentScript } from '@/lib/platform/content-script';

/** Job boards. Coding sites have their own content script, so no page carries both parsers. */
export default defineContentScript({
  matches: JOB_MATCHES,
  runAt: 'document_idle',
  // WXT announces each content script to the page's window by default: a fingerprint any page
  // could listen for. The document event it also sends is enough to retire an older copy.
  noScriptStartedPostMessage: true,
  main(ctx) {
    runContentScript(ctx, { read: createPageReader(JOB_EXTRACTORS) });
  },
});
