import type { Browser } from 'wxt/browser';

/**
 * Code that tests run inside the extension's service worker (background.evaluate) sees the
 * browser's own `chrome` global; this declares it for the type checker, for tests only.
 */
declare global {
  const chrome: typeof Browser;
}
