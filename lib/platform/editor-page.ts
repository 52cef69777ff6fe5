/**
 * The editor bridge, page side: it runs in the page's main world, so it imports nothing of the
 * extension. The page's editors (Monaco on LeetCode, CodeMirror, Ace) keep their whole text only in
 * the page's own JavaScript objects (the DOM holds just the visible lines), so this script, injected
 * on request, reads them and answers the isolated content script with a DOM event. The page can
 * see and forge that event; what comes back is treated as untrusted user code.
 */
export const CODE_EVENT = 'sparring:editor-code';

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
export function readEditorInPage(win: Window & EditorGlobals, doc: Document): string | null {
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

/** Runs in the page's main world, as the injected script: answer the request its tag carries. */
export function answerEditorRequest(win: Window, doc: Document): void {
  const nonce = (doc.currentScript as HTMLScriptElement | null)?.dataset.nonce;
  if (!nonce) return;
  let code: string | null = null;
  try {
    code = readEditorInPage(win, doc);
  } catch {
    code = null;
  }
  win.dispatchEvent(new CustomEvent(CODE_EVENT, { detail: JSON.stringify({ nonce, code }) }));
}
