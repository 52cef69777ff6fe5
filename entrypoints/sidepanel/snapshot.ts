import { SnapshotRead, sendMessage } from '@/lib/messaging';

/**
 * "This page was read wrong": the tab's snapshot (its URL, what was read, its main content without
 * scripts, forms or inputs) saved as a file for the user to attach to a bug report. Nothing is sent
 * anywhere. Answers with what the panel says.
 */
export async function saveSnapshot(tabId: number): Promise<string> {
  const snapshot = await sendMessage(SnapshotRead, { tabId }).catch(() => null);
  if (!snapshot) return 'Sparring can only save a snapshot on the sites it reads by itself.';
  const host = URL.canParse(snapshot.url) ? new URL(snapshot.url).hostname : 'page';
  // Parsed by DOMParser, which runs nothing, and cleaned before anything is written; loaded on
  // this rare request only, so the panel's first load does not carry it.
  const { cleanMarkup } = await import('@/lib/extract/snapshot');
  const html = cleanMarkup(snapshot.html, (markup) => new DOMParser().parseFromString(markup, 'text/html'));
  const file = new Blob([JSON.stringify({ sparringSnapshot: 1, ...snapshot, html }, null, 2)], {
    type: 'application/json',
  });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(file);
  link.download = `sparring-snapshot-${host}-${snapshot.savedAt.slice(0, 10)}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
  return 'Snapshot saved. Attach the file to a bug report; nothing was sent anywhere.';
}
