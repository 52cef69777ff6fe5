/*
 * The side panel's hold on a coding page during a mock. Declared apart from protocol/ because
 * the service worker, which loads all of it, never opens nor answers it, and has no bytes
 * to spare (its 48 KB budget).
 */

/**
 * Side panel → content script: a port named so is held open while a coding mock runs; the page
 * hides its difficulty, tags, hints, solutions and discussion until the port closes (the round
 * ends, the panel closes or moves on). A port rather than two messages, so that closing the panel,
 * which runs none of its code, still shows the page again.
 */
export const PAGE_CONCEAL_PORT = 'page/conceal';
