import { parseJson } from '../dom';

/** Index of the `}` closing the object that opens at `start`, strings and escapes respected; -1 if none. */
function objectEnd(text: string, start: number): number {
  let depth = 0;
  let quote = '';
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return i;
  }
  return -1;
}

/**
 * The JSON object a page script assigns to a global (`window.__appData = {…};`), read without
 * running anything: the literal is cut out by bracket matching and handed to JSON.parse.
 */
export function readAssignedJson(doc: Document, name: string): unknown {
  for (const script of doc.querySelectorAll('script')) {
    if (script.hasAttribute('src')) continue;
    const text = script.textContent ?? '';
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const start = /^\s*=\s*\{/.exec(text.slice(at + name.length, at + name.length + 200));
      if (!start) continue;
      const open = at + name.length + start[0].length - 1;
      const end = objectEnd(text, open);
      const value = end > 0 ? parseJson(text.slice(open, end + 1)) : undefined;
      if (value !== undefined) return value;
    }
  }
  return undefined;
}
