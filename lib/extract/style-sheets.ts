import { hides, type StyleSheets } from './visible';

/** An element's styles, property → value, lower-cased. */
type Declarations = Map<string, string>;

/** A hex colour as browsers give it, `rgb(r, g, b)` or `rgba(r, g, b, a)`. */
function rgb(hex: string): string {
  const full = `${hex.length < 5 ? hex.replace(/./g, '$&$&') : hex}ff`;
  const [r, g, b, a = 255] = (full.match(/../g) ?? []).map((pair) => Number.parseInt(pair, 16));
  return a === 255 ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, ${Math.round(a / 2.55) / 100})`;
}

/**
 * `prop: value` pairs of a style attribute or rule body as a browser would give them: lower-cased,
 * `!important` dropped, hex colours as `rgb()`.
 */
export function declarations(text: string): Declarations {
  const out: Declarations = new Map();
  for (const part of text.toLowerCase().split(';')) {
    const [prop = '', ...value] = part.split(':');
    const clean = value
      .join(':')
      .replace('!important', '')
      .trim()
      .replace(/#([\da-f]{8}|[\da-f]{6}|[\da-f]{3,4})\b/g, (_, hex: string) => rgb(hex));
    // A keyword that defers to the parent says nothing of its own, as a browser's computed style.
    if (value.length && !/^(inherit|currentcolor|initial|unset)$/.test(clean)) out.set(prop.trim(), clean);
  }
  return out;
}

/*
 * The page's own <style> rules, for Node, which has no computed style: what a rule says about an
 * element's visibility, colour and background. Never bundled into the content scripts (the
 * browser computes styles itself); the pipelines that run in Node install it.
 */

interface Rule {
  selector: string;
  style: Declarations;
}

/** The index just past the block that opens at `open` (a `{`), nested blocks included. */
function blockEnd(css: string, open: number): number {
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) return i + 1;
  }
  return css.length;
}

/**
 * The style rules of a sheet. `@media` blocks are read only when they apply to every screen (a
 * width or print query depends on a viewport Node does not have); `@supports` and `@layer` are
 * read through; other at-rules are skipped.
 */
function parseSheet(css: string, out: Rule[]): void {
  let at = 0;
  while (at < css.length) {
    const open = css.indexOf('{', at);
    if (open < 0) return;
    const head = css
      .slice(at, open)
      .replace(/^[\s;}]+/, '')
      .trim();
    const end = blockEnd(css, open);
    if (head.startsWith('@')) {
      if (/^@(supports|layer)\b|^@media\s+(screen|all)\s*$/i.test(head))
        parseSheet(css.slice(open + 1, end - 1), out);
    } else if (head) {
      out.push({ selector: head, style: declarations(css.slice(open + 1, end - 1)) });
    }
    at = end;
  }
}

/** Rules that apply only in a state (hover, focus) or to generated content never hide text. */
const STATEFUL =
  /:(hover|focus|active|visited|checked|target|focus-within|focus-visible)|::?(before|after|placeholder|selection|marker)/;

const parsed = new WeakMap<Element, { css: string; rules: Rule[] }>();
let byDocument = new WeakMap<Document, Rule[]>();

/** The rules of a document's sheets that bear on visibility, in document order. */
function rulesOf(doc: Document): Rule[] {
  const known = byDocument.get(doc);
  if (known) return known;
  const rules: Rule[] = [];
  for (const style of doc.querySelectorAll('style')) {
    const css = style.textContent ?? '';
    let entry = parsed.get(style);
    if (entry?.css !== css) {
      entry = { css, rules: [] };
      parseSheet(css.replace(/\/\*[\s\S]*?\*\//g, ''), entry.rules);
      parsed.set(style, entry);
    }
    for (const rule of entry.rules) {
      const relevant =
        hides((prop) => rule.style.get(prop) ?? '') ||
        ['color', 'background', 'background-color'].some((prop) => rule.style.has(prop));
      if (relevant && !STATEFUL.test(rule.selector)) rules.push(rule);
    }
  }
  byDocument.set(doc, rules);
  return rules;
}

/** Later rules win (specificity is not weighed: hiding rules rarely compete with others). */
export const pageStyleSheets: StyleSheets = {
  begin() {
    byDocument = new WeakMap();
  },
  styleOf(el, rooted) {
    const style: Declarations = new Map();
    for (const rule of rooted ? rulesOf(el.ownerDocument) : []) {
      let applies = false;
      try {
        applies = el.matches(rule.selector);
      } catch {
        // A selector this DOM does not support says nothing about the element.
      }
      if (applies) for (const [prop, value] of rule.style) style.set(prop, value);
    }
    for (const [prop, value] of declarations(el.getAttribute('style') ?? '')) style.set(prop, value);
    return (prop) => style.get(prop) ?? '';
  },
};
