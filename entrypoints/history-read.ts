import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readEarly } from '@/lib/storage/early-read';
import { HISTORY_INDEX_KEY } from '@/lib/storage/history-index-key';

/**
 * The progress page's first script, a classic one progress.html loads `async`: it asks storage
 * for the index of the newest records while the page's modules still load and run, so the
 * table's first screen does not wait one storage round trip after them.
 */
export default defineUnlistedScript(() => readEarly('local', [HISTORY_INDEX_KEY]));
