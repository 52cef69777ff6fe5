import { isUnseen } from './visible';

/**
 * Small DOM and text helpers every extractor shares. They read the tree only (textContent, never
 * innerText or layout), so they behave the same in Chromium and in Node under linkedom, and they
 * leave out what a person cannot see (see visible.ts).
 */

const SKIPPED = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|BUTTON|SVG|TEXTAREA|SELECT)$/i;
const BLOCK =
  /^(P|DIV|LI|UL|OL|PRE|H[1-6]|TR|TABLE|SECTION|ARTICLE|HEADER|FOOTER|BLOCKQUOTE|DL|DT|DD|FIGURE)$/i;

/** Whether a node should never contribute text: scripts, styles, controls, icons, hidden text. */
export function isSkipped(node: Node): boolean {
  return node.nodeType === 1 && (SKIPPED.test((node as Element).tagName) || isUnseen(node as Element));
}

/** Whether an element starts a new line when rendered. */
export function isBlock(node: Node): boolean {
  return node.nodeType === 1 && BLOCK.test((node as Element).tagName);
}

/** Collapse every run of whitespace (nbsp included) to one space and trim. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * An element's text on one line, scripts, controls and hidden text left out; powers as `^k`,
 * indices as `_k`, rendered formulas by their TeX source (KaTeX, MathJax v2) read once.
 */
export function textOf(node: Node | null | undefined): string {
  if (!node) return '';
  return squash(rawText(node, false));
}

/** Text with line structure kept: `<br>` and block elements end a line (Codeforces' row divs too). */
export function preText(node: Node | null | undefined): string {
  if (!node) return '';
  return rawText(node, true)
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/^\n+|\s+$/g, '');
}

/** Non-empty, whitespace-collapsed lines of an element, split at `<br>` and block boundaries. */
export function linesOf(node: Node | null | undefined): string[] {
  return preText(node).split('\n').map(squash).filter(Boolean);
}

function rawText(node: Node, lines: boolean): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return '';
  if (node.nodeType === 1) {
    const el = node as Element;
    if (isUnseen(el)) return '';
    const tex = texOf(el);
    if (tex !== null) return tex;
    if (isSkipped(el) || isMathNoise(el)) return '';
    if (el.tagName === 'BR') return '\n';
    // A power stays a power: "10<sup>9</sup> + 7" is 10^9 + 7, not 109 + 7; an index stays one.
    if (el.tagName === 'SUP') return `^${squash(childText(el, lines))}`;
    if (el.tagName === 'SUB') return `_${squash(childText(el, lines))}`;
  }
  return childText(node, lines);
}

function childText(node: Node, lines: boolean): string {
  let out = '';
  for (let child = node.firstChild; child; child = child.nextSibling) {
    const text = rawText(child, lines);
    if (lines && isBlock(child) && out && !out.endsWith('\n')) out += '\n';
    out += text;
    if (lines && isBlock(child) && text && !text.endsWith('\n')) out += '\n';
  }
  return out;
}

const TEX_WORDS: [RegExp, string][] = [
  [/\\(leq?|leqslant|le)(?![a-zA-Z])/g, ' <= '],
  [/\\(geq?|geqslant|ge)(?![a-zA-Z])/g, ' >= '],
  [/\\(neq?|ne)(?![a-zA-Z])/g, ' != '],
  [/\\(lt)(?![a-zA-Z])/g, ' < '],
  [/\\(gt)(?![a-zA-Z])/g, ' > '],
  [/\\(cdot|times)(?![a-zA-Z])/g, ' * '],
  [/\\(ldots|dots|cdots|dotsc|dotsb)(?![a-zA-Z])/g, '...'],
  [/\\(mid|vert|lvert|rvert)(?![a-zA-Z])/g, '|'],
  [/\\infty(?![a-zA-Z])/g, 'infinity'],
  [/\\pm(?![a-zA-Z])/g, '±'],
  [/\\in(?![a-zA-Z])/g, ' in '],
  [/\\(text|mathrm|mathit|mathbf|operatorname|texttt|textbf|mathtt)\s*\{([^{}]*)\}/g, '$2'],
  [/\\(left|right|displaystyle|bigl?|bigr?|Bigl?|Bigr?)(?![a-zA-Z])/g, ''],
  [/\\(max|min|log|gcd|lcm|sum|mod|bmod|pmod|sqrt|oplus|land|lor|oplus)(?![a-zA-Z])/g, '$1 '],
  [/\\[,;:!]|\\ |\\quad|\\qquad/g, ' '],
  [/\\([{}_%&$#])/g, '$1'],
];

/**
 * One constraint as a plain readable line: TeX and Unicode relations spelt `<=`, `>=`, `!=`,
 * products `*`, powers `^30`, delimiters (`$$$`, `\(`, `\)`) dropped, whitespace collapsed.
 * Entities are already decoded by the parser; `<sup>` is turned into `^` by the callers that walk
 * markup (see `mathText`).
 */
export function normalizeConstraint(text: string): string {
  let s = text.replace(/\${1,3}|\\\(|\\\)|\\\[|\\\]/g, ' ').replace(/\\,/g, '');
  for (const [pattern, replacement] of TEX_WORDS) s = s.replace(pattern, replacement);
  s = s
    .replace(/\^\{([\w.+-]*)\}/g, (_, exp: string) => (/^\w+$/.test(exp) ? `^${exp}` : `^(${exp})`))
    .replace(/_\{(\w+)\}/g, '_$1')
    .replace(/[≤⩽]/g, ' <= ')
    .replace(/[≥⩾]/g, ' >= ')
    .replace(/≠/g, ' != ')
    .replace(/[×⋅·∙]/g, ' * ')
    .replace(/…/g, '...')
    .replace(/[−–](?=\s*\d)/g, '-');
  return squash(s).replace(/\s+([,.;])(?=\s|$)/g, '$1');
}

/** One line per `<br>` or block of a run of nodes (one constraint a line), powers as `^k`. */
export function mathLines(nodes: Iterable<Node>): string[] {
  let raw = '';
  // Sibling blocks are lines of their own, as inside one element ("<p>1 <= n</p><p>0 <= a_i</p>").
  for (const node of nodes) raw += isBlock(node) ? `\n${rawText(node, true)}\n` : rawText(node, true);
  return raw.split('\n').map(squash).filter(Boolean);
}

/** The TeX source of a rendered formula (KaTeX or MathJax v2), or null when it is not one. */
export function texOf(el: Element): string | null {
  const cls = el.getAttribute('class') ?? '';
  if (/(^|\s)katex(\s|$)/.test(cls)) {
    // `\\` is a line break inside a KaTeX formula, not text.
    const tex = el.querySelector('annotation[encoding="application/x-tex"]')?.textContent ?? '';
    return tex.replace(/\\\\(\[[^\]]*\])?/g, '\n');
  }
  if (el.tagName === 'SCRIPT' && /^math\/tex/.test(el.getAttribute('type') ?? ''))
    return el.textContent ?? '';
  return null;
}

/** Rendered-math duplicates that sit beside the TeX source and must not be read twice. */
export function isMathNoise(el: Element): boolean {
  const cls = el.getAttribute('class') ?? '';
  return /(^|\s)(MathJax|MathJax_Preview|MathJax_SVG|MJX_Assistive_MathML|katex-html|katex-mathml)(\s|$)/.test(
    cls,
  );
}

/** The page's <title> (never rendered, so not read as page text). */
export function titleOf(doc: Document): string {
  return squash(doc.querySelector('title')?.textContent ?? '');
}

/** A `<meta name|property>` value. */
export function metaContent(doc: Document, key: string): string {
  const meta = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  return squash(meta?.getAttribute('content') ?? '');
}

/** Parse a JSON script (e.g. `#__NEXT_DATA__`), or undefined when missing or malformed. */
export function readJsonScript(doc: Document, selector: string): unknown {
  const script = doc.querySelector(selector);
  return parseJson(script?.textContent);
}

/** Parse JSON without throwing. */
export function parseJson(text: string | null | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string field of a JSON object, trimmed ('' when absent or not a string). */
export function str(value: unknown): string {
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
}

/**
 * Parse an HTML string (from JSON) into an element of an inert document (a `<template>`'s content
 * owner): no scripts run and no images load, unlike a live element's innerHTML.
 */
export function parseHtml(doc: Document, html: string): Element {
  const inert = doc.createElement('template').content.ownerDocument ?? doc;
  const root = inert.createElement('div');
  root.innerHTML = html;
  return root;
}

/**
 * The first object in parsed JSON that satisfies `match`, searched breadth-first within a budget:
 * embedded app state moves between releases, the objects in it keep their field names.
 */
export function findObject(
  value: unknown,
  match: (node: JsonObject) => boolean,
  budget = 20000,
): JsonObject | undefined {
  const queue: unknown[] = [value];
  for (let i = 0; i < queue.length && i < budget; i++) {
    const node = queue[i];
    if (Array.isArray(node)) queue.push(...node);
    else if (isObject(node)) {
      if (match(node)) return node;
      queue.push(...Object.values(node));
    }
  }
  return undefined;
}
