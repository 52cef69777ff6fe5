/*
 * "This page was read wrong": a snapshot for the user to attach to a bug report. The content
 * script only copies the page's main content as it stands (`pageMarkup`); the panel cleans it
 * (`cleanMarkup`) before the file is written, so the cleaning rules ride in no content script.
 * Nothing is sent anywhere.
 */

/**
 * Never part of a snapshot: what runs, what the user typed or could type (forms, inputs, the code
 * editor, whose lines are their own code), and what the page embeds from elsewhere.
 */
const LEFT_OUT =
  'script,iframe,form,input,textarea,select,button,[contenteditable],.monaco-editor,.cm-editor,.CodeMirror,.ace_editor';

/** Bounded so a huge page still saves quickly; a report needs the statement, not the whole app. */
const MAX_HTML = 2_000_000;

/** The page's main content as markup, bounded, the page left as it was. */
export function pageMarkup(doc: Document): string {
  return (doc.querySelector('main, [role="main"]') ?? doc.body ?? doc.documentElement).outerHTML.slice(
    0,
    MAX_HTML,
  );
}

/**
 * What the file keeps of that markup: scripts, forms, inputs, the code editor, frames, event
 * handlers and javascript: links removed. `parse` reads markup into a document that runs
 * nothing (the panel's DOMParser; linkedom in Node).
 */
export function cleanMarkup(markup: string, parse: (html: string) => Document): string {
  const body = parse(`<!DOCTYPE html><html><head></head><body>${markup}</body></html>`).body;
  for (const el of body.querySelectorAll(LEFT_OUT)) el.remove();
  for (const el of body.querySelectorAll('*')) {
    for (const { name, value } of [...el.attributes]) {
      if (/^on/i.test(name) || /^\s*javascript:/i.test(value)) el.removeAttribute(name);
    }
  }
  return body.innerHTML;
}
