/**
 * Code editors and text fields: the user types there, and what they type is never the statement
 * or the posting. Monaco (LeetCode), CodeMirror 5 and 6, Ace, and plain fields.
 */
const TYPING_AREAS =
  '.monaco-editor, .CodeMirror, .cm-editor, .ace_editor, textarea, input, [contenteditable]:not([contenteditable="false"])';

function elementOf(node: Node): Element | null {
  return node.nodeType === 1 ? (node as Element) : node.parentElement;
}

/**
 * Whether a batch of DOM mutations may have changed what the page shows to read: anything outside
 * the typing areas. Typing in the editor re-renders its lines on every key; none of that is the
 * statement, so none of it should cost an extraction.
 */
export function changesReadableContent(records: readonly MutationRecord[]): boolean {
  for (const record of records) {
    const element = elementOf(record.target);
    if (!element?.closest(TYPING_AREAS)) return true;
  }
  return false;
}
