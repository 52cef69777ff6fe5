import { browser } from '@wxt-dev/browser';
import type { LabelledConceal, SiteExtractor } from '@/lib/extract/types';
import { PAGE_CONCEAL_PORT } from '@/lib/messaging/page-signals';
import { changesReadableContent } from './mutations';

/*
 * During a coding mock, the page's giveaways are hidden as an interviewer would not show them:
 * one style element over the selectors the site's registration declares (its `conceal`), present
 * exactly while the side panel holds a port open to the page. The panel closes the port when the
 * round ends; the browser closes it when the panel closes or the page goes away, so the page
 * never keeps the style. Giveaways only their label tells apart (`concealLabelled`) carry
 * Sparring's mark meanwhile, hidden by the same style and removed with it.
 */

type Runtime = Pick<typeof browser.runtime, 'id' | 'onConnect'>;

/** Sparring's attribute on a giveaway found by its label. */
export const CONCEAL_MARK = 'data-sparring-concealed';

/** Marks the candidates whose text holds one of the labels (those not marked yet). */
export function markLabelled(doc: Document, { within, labels }: LabelledConceal): void {
  for (const candidate of doc.querySelectorAll(`:is(${within}):not([${CONCEAL_MARK}])`))
    if (labels.some((label) => candidate.textContent?.includes(label)))
      candidate.setAttribute(CONCEAL_MARK, '');
}

/**
 * Hide the site's giveaways while at least one of the extension's own pages (never a tab) holds
 * the port open, and only where `allowed` says the page is one Sparring helps on. Answers the way
 * to show them again at once (the script's context ends).
 */
export function concealWhileHeld(
  doc: Document,
  { conceal, concealLabelled: labelled }: Pick<SiteExtractor, 'conceal' | 'concealLabelled'>,
  allowed: () => boolean,
  runtime: Runtime = browser.runtime,
): () => void {
  const style = doc.createElement('style');
  style.textContent = `${conceal},[${CONCEAL_MARK}]{display:none!important}`;
  // A labelled tab rendered mid-round (the layout rearranged, a panel reopened) is marked as it
  // comes; the editor re-renders its lines on every key, and typing costs no pass.
  const observer =
    labelled &&
    new MutationObserver((records) => changesReadableContent(records) && markLabelled(doc, labelled));
  let held = 0;
  const reveal = () => {
    observer?.disconnect();
    style.remove();
    for (const marked of doc.querySelectorAll(`[${CONCEAL_MARK}]`)) marked.removeAttribute(CONCEAL_MARK);
  };
  runtime.onConnect.addListener((port) => {
    if (port.name !== PAGE_CONCEAL_PORT || port.sender?.id !== runtime.id || port.sender.tab || !allowed())
      return;
    if (!held++) {
      doc.head.append(style);
      if (observer) {
        markLabelled(doc, labelled);
        observer.observe(doc.body, { childList: true, subtree: true });
      }
    }
    port.onDisconnect.addListener(() => {
      if (--held === 0) reveal();
    });
  });
  return reveal;
}
