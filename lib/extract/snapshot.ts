import type { PageContext } from './context';

/**
 * Never part of a snapshot: what runs, what the user typed or could type (forms, inputs, the code
 * editor, whose lines are their own code), and what the page embeds from elsewhere.
 */
const LEFT_OUT =
  'script,iframe,form,input,textarea,select,button,[contenteditable],.monaco-editor,.cm-editor,.CodeMirror,.ace_editor';

/** Bounded so a huge page still saves quickly; a report needs the statement, not the whole app. */
const MAX_HTML = 2_000_000;

/** What "This page was read wrong" saves for a bug report. */
export interface PageSnapshot {
  url: string;
  savedAt: string;
  /** What Sparring read there. */
  context: PageContext;
  /** The page's main content as markup, without scripts, forms or inputs. */
  html: string;
}

/**
 * A snapshot of the page for the user to attach to a bug report: its URL, what was read, and its
 * main content with scripts, forms, inputs and event handlers removed. Nothing is sent anywhere.
 */
export function pageSnapshot(
  doc: Document,
  url: string,
  context: PageContext,
  now = new Date(),
): PageSnapshot {
  const main = doc.querySelector('main, [role="main"]') ?? doc.body ?? doc.documentElement;
  const copy = main.cloneNode(true) as Element;
  for (const el of copy.querySelectorAll(LEFT_OUT)) el.remove();
  for (const el of [copy, ...copy.querySelectorAll('*')]) {
    for (const { name, value } of [...el.attributes]) {
      if (/^on/i.test(name) || /^\s*javascript:/i.test(value)) el.removeAttribute(name);
    }
  }
  return { url, savedAt: now.toISOString(), context, html: copy.outerHTML.slice(0, MAX_HTML) };
}
