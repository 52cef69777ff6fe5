/*
 * Read what a person sees. A page can plant text a person never sees (display:none, white on
 * white, zero font size, off-screen) to steer the model; no such text may reach the context.
 * Decided from attributes and styles, never from layout, so a reader gives the same answer in
 * the browser and in Node: the browser's computed style where the page is rendered, and in Node
 * (which has none) the page's own <style> rules and style attributes (see style-sheets.ts).
 * This ships in every content script: it is written small.
 */

/** An element's style, one property at a time ('' when it says nothing). */
export type StyleOf = (prop: string) => string;

/**
 * A length in CSS pixels, or NaN when it is not one. Relative units are taken at a 16 px font and
 * a 1,000 px box (`percent`: 0.16 for a font size), close enough to tell "gone" from "small".
 */
function pixels(value: string, percent = 10): number {
  const [, n, unit = ''] = /^(-?[\d.]+)([a-z%]*)$/.exec(value) ?? [];
  return n ? Number(n) * ({ pt: 4 / 3, em: 16, rem: 16, '%': percent }[unit] ?? 1) : Number.NaN;
}

const WHITE = '255,255,255,1';
const BLACK = '0,0,0,1';

/**
 * A colour as "r,g,b,a", or '' when it cannot be resolved here. Browsers give `rgb()` (computed
 * and specified styles alike, keeping only keywords); Node's stand-in turns hex into `rgb()` too.
 */
export function colour(value: string): string {
  const rgba = /^rgba?\(([^)]*)\)$/
    .exec(value)?.[1]
    ?.split(/[\s,/]+/)
    .map(Number);
  if (!rgba) return { white: WHITE, black: BLACK, transparent: '0,0,0,0' }[value] ?? '';
  if (rgba.length < 4) rgba.push(1);
  return rgba.some(Number.isNaN) ? '' : `${rgba.slice(0, 4)}`;
}

const clear = (rgba: string) => rgba.endsWith(',0');

/** Whether these styles alone hide an element's text (its colour is judged against the fill). */
export function hides(get: StyleOf): boolean {
  return (
    get('display') === 'none' ||
    /^(hidden|collapse)$/.test(get('visibility')) ||
    Number.parseFloat(get('opacity')) < 0.1 ||
    // Browsers render relative sizes at 6 px at least: that small, text is fine print no one reads.
    pixels(get('font-size'), 0.16) < 6.5 ||
    clear(colour(get('color'))) ||
    // Pushed off-screen by a large negative offset, margin or indent.
    ['left', 'top', 'margin-left', 'text-indent'].some((prop) => pixels(get(prop)) <= -500) ||
    // Clipped or squeezed to nothing, as "visually hidden" utilities do.
    /^rect\(((0|1)(px)?[\s,]*){4}\)$/.test(get('clip')) ||
    (/hidden|clip/.test(get('overflow')) &&
      ['width', 'height', 'max-height'].some((p) => pixels(get(p)) <= 1))
  );
}

/**
 * Node's stand-in for computed style: an element's style attribute and, for a page's own
 * elements (`rooted`), the page's <style> rules.
 */
export interface StyleSheets {
  /** A new read starts: the page's rules may have changed. */
  begin(): void;
  styleOf(el: Element, rooted: boolean): StyleOf;
}
let sheets: StyleSheets | undefined;

/** Where the browser gives no computed style (Node), resolve styles with this. */
export function readStylesWith(resolver: StyleSheets): void {
  sheets = resolver;
}

/** What the current read learnt about each element: its style, its verdict, its colours. */
let known = new Map<string, WeakMap<Element, unknown>>();

/** Forget what the last read learnt: the page may have changed since. */
export function beginRead(): void {
  sheets?.begin();
  known = new Map();
}

function memo<T>(kind: string, el: Element, learn: () => T): T {
  let cache = known.get(kind) as WeakMap<Element, T> | undefined;
  if (!cache) {
    cache = new WeakMap();
    known.set(kind, cache);
  }
  if (!cache.has(el)) cache.set(el, learn());
  return cache.get(el) as T;
}

interface Style {
  get: StyleOf;
  computed: boolean;
  /** It belongs to the page itself: the browser's defaults (black on a white canvas) are behind it. */
  rooted: boolean;
}

/**
 * An element's style: computed where the browser renders it; its style attribute where it does
 * not (markup parsed from a page's data); in Node, the stand-in's.
 */
function styleOf(el: Element): Style {
  return memo('style', el, () => {
    const view = el.ownerDocument?.defaultView;
    const rooted = el.isConnected && !!view;
    const computed = rooted && view.getComputedStyle?.(el);
    const inline = (el as HTMLElement).style;
    const get: StyleOf = computed
      ? (prop) => computed.getPropertyValue(prop)
      : (sheets?.styleOf(el, rooted) ?? ((prop) => inline?.getPropertyValue(prop) ?? ''));
    return { get, computed: !!computed, rooted };
  });
}

/** The colour of an element's text: its own, inherited, or the default black at the page's root. */
function ink(el: Element): string | null {
  return memo('ink', el, () => {
    const { get, rooted } = styleOf(el);
    const own = get('color');
    if (own) return colour(own) || null;
    return el.parentElement ? ink(el.parentElement) : rooted ? BLACK : null;
  });
}

/**
 * The colour behind an element's text: the nearest background that paints one, the white canvas
 * at the page's root; null when it cannot be told here (an image, a gradient, a variable).
 */
function fill(el: Element): string | null {
  return memo('fill', el, () => {
    const { get, computed, rooted } = styleOf(el);
    const value = get('background-color') || get('background');
    if ((computed && get('background-image') !== 'none') || /gradient|url\(|var\(/.test(value)) return null;
    const paint = colour(value.split(/\s+(?![^(]*\))/).find(colour) ?? '');
    if (paint && !clear(paint)) return paint;
    if (value && !paint && !/^(none|transparent|initial|unset|inherit)$/.test(value)) return null;
    return el.parentElement ? fill(el.parentElement) : rooted ? WHITE : null;
  });
}

/** Colours a person cannot tell apart. */
function alike(a: string, b: string): boolean {
  const other = b.split(',');
  let distance = 0;
  for (const [i, channel] of a.split(',').slice(0, 3).entries())
    distance += Math.abs(+channel - +(other[i] ?? 0));
  return distance < 25;
}

/**
 * Whether a person cannot see this element's text: the `hidden` attribute, `aria-hidden`, or
 * styles that hide it, shrink it to nothing, push it off-screen or paint it in the colour behind
 * it. Only the element itself is judged: readers skip what is inside one that is unseen.
 *
 * An element with no attributes at all is not judged: text is hidden through the element that
 * carries a style, a class, an id or an attribute (or one of its ancestors, which is judged in
 * turn). Reading computed style costs over a microsecond a property, and a statement is mostly
 * bare <p>, <code> and <li>: judging them would cost a long page hundreds of milliseconds.
 */
export function isUnseen(el: Element): boolean {
  if (!el.attributes.length) return false;
  return memo('unseen', el, () => {
    if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || hides(styleOf(el).get))
      return true;
    const text = ink(el);
    const behind = text && fill(el);
    return !!(text && behind && alike(text, behind));
  });
}

/**
 * A copy of an element without what a person cannot see, judged on the original, where the
 * page's styles and the ancestors' backgrounds still apply.
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
    if (twin && isUnseen(child)) twin.remove();
    else if (twin) pruneUnseen(child, twin);
  });
}
