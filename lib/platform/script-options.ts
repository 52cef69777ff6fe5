/** What every content script shares (entrypoints/*.content.ts). */
export const SHARED = {
  runAt: 'document_idle',
  // WXT announces each content script to the page's window by default: a fingerprint any page
  // could listen for. The document event it also sends is enough to retire an older copy.
  noScriptStartedPostMessage: true,
} as const;
