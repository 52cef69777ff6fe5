/*
 * Read what a person sees. A page can plant text a person never sees (display:none, white on
 * white, zero font size, off-screen) to steer the model; no such text may reach the context.
 * Decided from attributes, inline styles and the page's own <style> rules, never from layout or
 * computed style: the Node CLI has neither, and it must read a page exactly as the extension does.
 */

type Declarations = Map<string, string>;
interface Rule {
  selector: string;
  style: Declarations;
}

/** `prop: value` pairs of a style attribute or rule body, lower-cased, `!important` dropped. */
function declarations(text: string): Declarations {
  const out: Declarations = new Map();
  for (const part of text.split(';')) {
    const colon = part.indexOf(':');
    if (colon > 0) {
      const value = part.slice(colon + 1).replace(/!\s*important/i, '');
      out.set(part.slice(0, colon).trim().toLowerCase(), value.trim().toLowerCase());
    }
  }
  return out;
}

const LENGTH = /^(-?[\d.]+)(px|pt|em|rem|%|vw|vh|ch|ex)?$/;

/**
 * A length in CSS pixels, or NaN when it is not one. Relative units are taken at a 16 px font and
 * a 1,000 px box (`percentOf`: 16 for a font size), close enough to tell "gone" from "small".
 */
function pixels(value: string | undefined, percentOf = 1000): number {
  const match = LENGTH.exec(value ?? '');
  if (!match) return Number.NaN;
  const n = Number(match[1]);
  const unit = match[2] ?? 'px';
  if (unit === 'pt') return (n * 4) / 3;
  if (unit === 'px') return n;
  if (unit === '%') return (n * percentOf) / 100;
  return unit === 'vw' || unit === 'vh' ? n * 10 : n * 16;
}

const NAMED: Record<string, string> = {
  white: '255,255,255,1',
  black: '0,0,0,1',
  transparent: '0,0,0,0',
  snow: '255,250,250,1',
  ivory: '255,255,240,1',
  whitesmoke: '245,245,245,1',
};

/** A colour as "r,g,b,a", or '' when it cannot be resolved here (var(), gradients, currentColor). */
export function colour(value: string | undefined): string {
  if (!value) return '';
  const named = NAMED[value];
  if (named) return named;
  const hex = /^#([\da-f]{3,8})$/.exec(value)?.[1];
  if (hex && hex.length !== 5 && hex.length !== 7) {
    const full = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex;
    const channels = [0, 2, 4, 6].map((i) => Number.parseInt(full.slice(i, i + 2) || 'ff', 16));
    return `${channels.slice(0, 3).join(',')},${Math.round(((channels[3] ?? 255) / 255) * 100) / 100}`;
  }
  const fn = /^rgba?\(([^)]*)\)$/.exec(value)?.[1];
  if (!fn) return '';
  const parts = fn.split(/[\s,/]+/).filter(Boolean);
  const channel = (part = '', max: number) =>
    part.endsWith('%') ? (Number.parseFloat(part) / 100) * max : Number.parseFloat(part);
  const [r, g, b] = parts.slice(0, 3).map((part) => Math.round(channel(part, 255)));
  const alpha = parts[3] === undefined ? 1 : channel(parts[3], 1);
  return [r, g, b, alpha].some((n) => n === undefined || Number.isNaN(n)) ? '' : `${r},${g},${b},${alpha}`;
}

const transparent = (rgba: string) => rgba.endsWith(',0');

/** Whether these declarations alone hide the element's text (its colour is judged separately). */
function hides(style: Declarations): boolean {
  const get = (prop: string) => style.get(prop);
  if (get('display') === 'none' || /^(hidden|collapse)$/.test(get('visibility') ?? '')) return true;
  const opacity = get('opacity');
  if (opacity !== undefined && Number.parseFloat(opacity) * (opacity.endsWith('%') ? 0.01 : 1) < 0.1)
    return true;
  if (pixels(get('font-size'), 16) < 2 || transparent(colour(get('color')))) return true;
  // Pushed off-screen: a large negative offset, margin or indent.
  const offsets = ['left', 'top', 'right', 'margin-left', 'margin-top', 'text-indent'].map((p) =>
    pixels(get(p)),
  );
  if (offsets.some((n) => n <= -500)) return true;
  if (/translate[xy3d]*\(\s*-\d{3,}|scale\(\s*0(\.0*)?\s*[,)]/.test(get('transform') ?? '')) return true;
  // Clipped or squeezed to nothing (what "visually hidden" utilities do).
  if (/^rect\(\s*(0|1px)[\s,]+(0|1px)[\s,]+(0|1px)[\s,]+(0|1px)\s*\)$/.test(get('clip') ?? '')) return true;
  if (/inset\(\s*(50|100)%|circle\(\s*0/.test(get('clip-path') ?? '')) return true;
  const clipped = /hidden|clip/.test(get('overflow') ?? '');
  return clipped && ['width', 'height', 'max-height', 'max-width'].some((p) => pixels(get(p)) <= 1);
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
 * width or print query depends on a viewport the reader does not have); `@supports` and `@layer`
 * are read through; other at-rules are skipped.
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
      const readThrough = /^@(supports|layer)\b|^@media\s+(screen|all)\s*$/i.test(head);
      if (readThrough) parseSheet(css.slice(open + 1, end - 1), out);
    } else if (head) {
      out.push({ selector: head, style: declarations(css.slice(open + 1, end - 1)) });
    }
    at = end;
  }
}

/** What the page's style sheets say that can hide text: hiding rules, colours and backgrounds. */
interface Sheet {
  hiding: Rule[];
  colours: Rule[];
  backgrounds: Rule[];
}

const parsed = new WeakMap<Element, { css: string; rules: Rule[] }>();
let sheets = new WeakMap<Node, Sheet>();
let verdicts = new WeakMap<Element, boolean>();
let fills = new WeakMap<Element, string | null>();

/** Forget what the last read learnt: the page may have changed since. */
export function beginRead(): void {
  sheets = new WeakMap();
  verdicts = new WeakMap();
  fills = new WeakMap();
}

/** Rules that only apply in a state (hover, focus) or to generated content never hide text. */
const STATEFUL =
  /:(hover|focus|active|visited|checked|target|focus-within|focus-visible)|::?(before|after|placeholder|selection|marker)/;

function sheetOf(root: Node): Sheet {
  const known = sheets.get(root);
  if (known) return known;
  const sheet: Sheet = { hiding: [], colours: [], backgrounds: [] };
  const styles = (root as ParentNode).querySelectorAll?.('style') ?? [];
  for (const style of styles) {
    const css = style.textContent ?? '';
    let entry = parsed.get(style);
    if (entry?.css !== css) {
      entry = { css, rules: [] };
      parseSheet(css.replace(/\/\*[\s\S]*?\*\//g, ''), entry.rules);
      parsed.set(style, entry);
    }
    for (const rule of entry.rules) {
      if (STATEFUL.test(rule.selector)) continue;
      if (hides(rule.style)) sheet.hiding.push(rule);
      if (rule.style.has('color')) sheet.colours.push(rule);
      if (rule.style.has('background') || rule.style.has('background-color')) sheet.backgrounds.push(rule);
    }
  }
  // A text colour rule matters only when its colour is painted behind text somewhere: the others
  // are never tested, which keeps large site style sheets cheap.
  const fills = new Set(['255,255,255,1', ...sheet.backgrounds.map((rule) => fillColour(rule.style) ?? '')]);
  sheet.colours = sheet.colours.filter((rule) => fills.has(colour(rule.style.get('color'))));
  sheets.set(root, sheet);
  return sheet;
}

function rootOf(node: Node): Node {
  let root = node;
  while (root.parentNode) root = root.parentNode;
  return root;
}

function matches(el: Element, rule: Rule): boolean {
  try {
    return el.matches(rule.selector);
  } catch {
    return false;
  }
}

/** The element's own value of a property: its style attribute first, then the last matching rule. */
function declared(el: Element, prop: string, rules: Rule[], inline: Declarations | null): string | undefined {
  const own = inline?.get(prop);
  if (own !== undefined) return own;
  let value: string | undefined;
  for (const rule of rules) if (rule.style.has(prop) && matches(el, rule)) value = rule.style.get(prop);
  return value;
}

function inlineStyle(el: Element): Declarations | null {
  const style = el.getAttribute('style');
  return style ? declarations(style) : null;
}

/**
 * The colour a background declaration paints: '' for none or transparent, null when it cannot be
 * told (an image, a gradient, a variable), undefined when there is no declaration.
 */
function fillColour(style: Declarations): string | null | undefined {
  const value = style.get('background-color') ?? style.get('background');
  if (value === undefined) return undefined;
  if (/^(none|transparent|initial|unset|inherit)$/.test(value)) return '';
  if (/gradient|url\(|var\(/.test(value)) return null;
  const rgba = colour(value.split(/\s+/).find((part) => colour(part)) ?? '');
  return rgba && transparent(rgba) ? '' : rgba || null;
}

/** The colour painted behind an element: the nearest declared background, white on a bare page. */
function fillBehind(el: Element, sheet: Sheet): string | null {
  const known = fills.get(el);
  if (known !== undefined) return known;
  const inline = inlineStyle(el);
  let fill = inline ? fillColour(inline) : undefined;
  if (fill === undefined || fill === '') {
    for (const rule of sheet.backgrounds) {
      if (matches(el, rule)) fill = fillColour(rule.style) ?? fill;
    }
  }
  if (fill === undefined || fill === '') {
    const parent = el.parentElement;
    // Past the root element of a real document: the browser's canvas, white by default.
    if (parent) fill = fillBehind(parent, sheet);
    else fill = el.ownerDocument?.documentElement === el ? '255,255,255,1' : null;
  }
  fills.set(el, fill);
  return fill;
}

/**
 * Whether a person cannot see this element's text: the `hidden` attribute, `aria-hidden`, or
 * styles (inline or from the page's <style> rules) that hide it, shrink it to nothing, push it
 * off-screen or paint it in the colour behind it.
 */
export function isUnseen(el: Element): boolean {
  const known = verdicts.get(el);
  if (known !== undefined) return known;
  let unseen = el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';
  if (!unseen) {
    const inline = inlineStyle(el);
    const sheet = sheetOf(rootOf(el));
    unseen =
      (inline !== null && hides(inline)) ||
      sheet.hiding.some((rule) => matches(el, rule)) ||
      sameAsFill(el, sheet, inline);
  }
  verdicts.set(el, unseen);
  return unseen;
}

function sameAsFill(el: Element, sheet: Sheet, inline: Declarations | null): boolean {
  const text = colour(declared(el, 'color', sheet.colours, inline));
  if (!text) return false;
  const fill = fillBehind(el, sheet);
  return fill !== null && fill === text;
}

/**
 * A copy of an element without what a person cannot see. Judged on the original, where the
 * page's style sheets and the ancestors' backgrounds still apply.
 */
export function visibleCopy(el: Element): Element {
  const copy = el.cloneNode(true) as Element;
  pruneUnseen(el, copy);
  return copy;
}

/** Remove from `copy` (a deep clone of `original`) what a person cannot see in `original`. */
export function pruneUnseen(original: Element, copy: Element): void {
  const clones = [...copy.children];
  [...original.children].forEach((child, i) => {
    const twin = clones[i];
    if (!twin) return;
    if (isUnseen(child)) twin.remove();
    else pruneUnseen(child, twin);
  });
}
