/**
 * The editor bridge, page side: it runs in the page's main world, so it imports nothing of the
 * extension. The page's editors (Monaco on LeetCode, CodeMirror, Ace) keep their whole text only in
 * the page's own JavaScript objects (the DOM holds just the visible lines), so this script, injected
 * on request, reads them and hands the text to the content script over a private channel.
 */

/**
 * The one event the bridge dispatches, on its own script element (already detached from the page,
 * so no ancestor sees it), carrying the port the code will come through.
 */
export const BRIDGE_EVENT = 'sparring-bridge';

interface EditorGlobals {
  monaco?: {
    editor?: {
      getEditors?: () => { getValue(): string; hasTextFocus?(): boolean }[];
      getModels?: () => { getValue(): string; getLanguageId?(): string }[];
    };
  };
  ace?: { edit(element: Element): { getValue(): string } };
}

/** Runs in the page's main world: whichever editor the page has, its whole text. */
function readEditorInPage(win: Window & EditorGlobals, doc: Document): string | null {
  const editors = win.monaco?.editor?.getEditors?.() ?? [];
  const focused = editors.find((editor) => editor.hasTextFocus?.()) ?? editors[0];
  if (focused) return focused.getValue();
  const models = win.monaco?.editor?.getModels?.() ?? [];
  if (models.length > 0)
    return models.map((model) => model.getValue()).sort((a, b) => b.length - a.length)[0] ?? null;
  const cm5 = doc.querySelector('.CodeMirror') as (Element & { CodeMirror?: { getValue(): string } }) | null;
  if (cm5?.CodeMirror) return cm5.CodeMirror.getValue();
  const cm6 = doc.querySelector('.cm-content') as
    | (Element & { cmView?: { view?: { state: { doc: { toString(): string } } } } })
    | null;
  if (cm6?.cmView?.view) return cm6.cmView.view.state.doc.toString();
  const ace = doc.querySelector('.ace_editor');
  if (ace && win.ace) return win.ace.edit(ace).getValue();
  const textarea = doc.querySelector(
    'textarea[name="code"], textarea.code, textarea#code',
  ) as HTMLTextAreaElement | null;
  return textarea?.value ?? null;
}

/**
 * Runs in the page's main world, as the injected script. Its first act, before any of the page's
 * code can run, is to hand the content script one end of a new channel: the content script listens
 * on this script element before inserting it and takes the port only while this script is the one
 * running, and stops the event there, so a page listener never sees the port and an event the page
 * dispatches itself is ignored. Only then is the editor read (the page's own code runs from here on).
 */
export function answerEditorRequest(win: Window, doc: Document): void {
  const script = doc.currentScript;
  if (!script) return;
  const channel = new MessageChannel();
  script.dispatchEvent(new MessageEvent(BRIDGE_EVENT, { ports: [channel.port2] }));
  let code: string | null = null;
  try {
    code = readEditorInPage(win, doc);
  } catch {
    code = null;
  }
  channel.port1.postMessage(typeof code === 'string' ? code : null);
}
