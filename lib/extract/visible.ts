/*
 * Read what a person sees. A page can plant text a person never sees (display:none, white on
 * white, zero font size, off-screen) to steer the model; no such text may reach the context.
 * Decided from attributes and styles, never from layout, so a reader gives the same answer in
 * the browser and in Node: the browser's computed style where the page is rendered, and in Node
 * (which has none) the page's own <style> rules and style attributes (see style-sheets.ts).
 * This ships in every content script: it is written small.
 */

/** An element's styles, property → value, lower-cased. */
export type Declarations = Map<string, string>;

/** `prop: value` pairs of a style attribute or rule body, `!important` dropped. */
export function declarations(text: string): Declarations {
  const out: Declarations = new Map();
  for (const part of text.toLowerCase().split(';')) {
    const [prop = '', ...value] = part.split(':');
    if (value.length) out.set(prop.trim(), value.join(':').replace('!important', '').trim());
  }
  return out;
}

/**
 * A length in CSS pixels, or NaN when it is not one. Relative units are taken at a 16 px font and
 * a 1,000 px box (`percent`: 0.16 for a font size), close enough to tell "gone" from "small".
 */
function pixels(value = '', percent = 10): number {
  const [, n = '', unit = ''] = /^(-?[\d.]+)([a-z%]*)$/.exec(value) ?? [];
  const scale = { pt: 4 / 3, em: 16, rem: 16, '%': percent, vw: 10, vh: 10 }[unit] ?? 1;
  return n ? Number(n) * scale : Number.NaN;
}

const WHITE = '255,255,255,1';

/** A colour as "r,g,b,a", or '' when it cannot be resolved here (var(), currentColor). */
export function colour(value = ''): string {
  const hex = /^#([\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})$/.exec(value)?.[1];
  const channels = hex
    ? `${hex.length < 5 ? hex.replace(/./g, '$&$&') : hex}ff`
        .match(/../g)
        ?.slice(0, 4)
        .map((pair, i) =>
          i < 3 ? Number.parseInt(pair, 16) : Math.round(Number.parseInt(pair, 16) / 2.55) / 100,
        )
    : /^rgba?\(([^)]*)\)$/
        .exec(value)?.[1]
        ?.split(/[\s,/]+/)
        .map(Number);
  if (!channels) return { white: WHITE, black: '0,0,0,1', transparent: '0,0,0,0' }[value] ?? '';
  const rgba = [...channels.slice(0, 3), channels[3] ?? 1];
  return rgba.some(Number.isNaN) ? '' : `${rgba}`;
}

const clear = (rgba: string) => rgba.endsWith(',0');

/** Whether these styles alone hide an element's text (its colour is judged against the fill). */
export function hides(style: Declarations): boolean {
  const get = (prop: string) => style.get(prop) ?? '';
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

/** Node's stand-in for computed style: the styles a page's <style> rules give an element. */
export interface StyleSheets {
  /** A new read starts: the page's rules may have changed. */
  begin(): void;
  styleOf(el: Element): Declarations;
}
let sheets: StyleSheets | undefined;

/** Where the browser gives no computed style (Node), resolve the page's <style> rules with this. */
export function readStylesWith(resolver: StyleSheets): void {
  sheets = resolver;
}

/** The properties hiding depends on, read from computed style. */
const PROPS =
  'display visibility opacity font-size color left top margin-left text-indent clip overflow width height max-height background-color background-image'.split(
    ' ',
  );

interface Style {
  style: Declarations;
  computed: boolean;
  /** It belongs to the page itself: the browser's defaults (black on a white canvas) are behind it. */
  rooted: boolean;
}
let styles = new WeakMap<Element, Style>();
let verdicts = new WeakMap<Element, boolean>();
let inks = new WeakMap<Element, string | null>();
let fills = new WeakMap<Element, string | null>();

/** Forget what the last read learnt: the page may have changed since. */
export function beginRead(): void {
  sheets?.begin();
  styles = new WeakMap();
  verdicts = new WeakMap();
  inks = new WeakMap();
  fills = new WeakMap();
}

/**
 * An element's styles: computed where the browser renders it; else its style attribute and, for
 * a page's own elements in Node, its <style> rules.
 */
function styleOf(el: Element): Style {
  let known = styles.get(el);
  if (!known) {
    const view = el.ownerDocument?.defaultView;
    const rooted = el.isConnected && !!view;
    const computed = rooted && view.getComputedStyle?.(el);
    const inline = declarations(el.getAttribute('style') ?? '');
    known = computed
      ? {
          style: new Map(PROPS.map((prop) => [prop, computed.getPropertyValue(prop)])),
          computed: true,
          rooted,
        }
      : {
          style: rooted && sheets ? new Map([...sheets.styleOf(el), ...inline]) : inline,
          computed: false,
          rooted,
        };
    styles.set(el, known);
  }
  return known;
}

/** Memoised per read: `walk` may ask the parent's answer. */
function memo(cache: WeakMap<Element, string | null>, el: Element, walk: () => string | null): string | null {
  let known = cache.get(el);
  if (known === undefined) {
    known = walk();
    cache.set(el, known);
  }
  return known;
}

/** The colour of an element's text: its own, inherited, or the default black at the page's root. */
function ink(el: Element): string | null {
  return memo(inks, el, () => {
    const { style, rooted } = styleOf(el);
    const own = style.get('color');
    if (own && !/^(inherit|currentcolor|unset|initial)$/.test(own)) return colour(own) || null;
    return el.parentElement ? ink(el.parentElement) : rooted ? '0,0,0,1' : null;
  });
}

/**
 * The colour behind an element's text: the nearest background that paints one, the white canvas
 * at the page's root; null when it cannot be told here (an image, a gradient, a variable).
 */
function fill(el: Element): string | null {
  return memo(fills, el, () => {
    const { style, computed, rooted } = styleOf(el);
    const value = style.get('background-color') ?? style.get('background') ?? '';
    let paint: string | null = '';
    if ((computed && style.get('background-image') !== 'none') || /gradient|url\(|var\(/.test(value))
      paint = null;
    else if (!/^(none|transparent|initial|unset|inherit|)$/.test(value))
      paint = colour(value.split(/\s+(?![^(]*\))/).find((part) => colour(part)) ?? '') || null;
    if (paint === null || (paint && !clear(paint))) return paint;
    return el.parentElement ? fill(el.parentElement) : rooted ? WHITE : null;
  });
}

/**
 * Whether a person cannot see this element's text: the `hidden` attribute, `aria-hidden`, or
 * styles that hide it, shrink it to nothing, push it off-screen or paint it in the colour behind
 * it. Only the element itself is judged: readers skip what is inside one that is unseen.
 */
export function isUnseen(el: Element): boolean {
  let known = verdicts.get(el);
  if (known === undefined) {
    const text = ink(el);
    const behind = text && fill(el);
    // Colours a person cannot tell apart.
    const alike = (a: string, b: string) => {
      const y = b.split(',');
      return (
        a.split(',').reduce((sum, x, i) => (i < 3 ? sum + Math.abs(Number(x) - Number(y[i])) : sum), 0) < 25
      );
    };
    known =
      el.hasAttribute('hidden') ||
      el.getAttribute('aria-hidden') === 'true' ||
      hides(styleOf(el).style) ||
      !!(text && behind && alike(text, behind));
    verdicts.set(el, known);
  }
  return known;
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
    if (twin) {
      if (isUnseen(child)) twin.remove();
      else pruneUnseen(child, twin);
    }
  });
}
