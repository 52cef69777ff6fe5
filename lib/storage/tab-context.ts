import { type PageContext, pageContextSchema } from '../extract/context';
import { defineFamily } from './item';
import { parseOr } from './repair';

/**
 * What each open tab shows (problem, posting, refusal or nothing), one key per tab in
 * storage.session, so a restarted service worker still knows, and one huge page cannot push the
 * others out. Dropped when the tab closes; storage.session is gone when the browser closes.
 */
export const tabContextFamily = defineFamily<PageContext | null>('session', 'context:', {
  version: 1,
  fallback: null,
  repair: (raw) => parseOr(pageContextSchema(), raw, null),
});

export function tabContextItem(tabId: number) {
  return tabContextFamily.item(String(tabId));
}

/*
 * Bounds on what is kept of a page, in characters. Real statements and postings run 1–20 thousand
 * characters; these keep every real page whole while a hostile or broken one (a 10 MB text block)
 * is cut, with a marker that says so. The worst case is about 110 thousand characters a tab.
 */
export const CONTEXT_BOUNDS = {
  /** A problem statement or a posting's description. */
  text: 40_000,
  /** Any other single string: a title, a constraint, an example's input. */
  field: 1_000,
  /** All the strings of one list together (constraints, hints, examples…). */
  list: 8_000,
  /** The page's address and the id taken from it: cut without a marker, which would only garble them. */
  address: 8_192,
} as const;

const LONG_TEXT = new Set(['statement', 'description']);
const ADDRESS = new Set(['url', 'id']);

const count = (n: number) => n.toLocaleString('en-US');

/** The text cut to `max` characters (never inside a surrogate pair), with a marker when cut. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return `${text.slice(0, end)}\n\n[… cut by Sparring: the page had ${count(text.length)} characters here, the first ${count(end)} are kept]`;
}

/** A list's elements in order until their text passes the list bound; string lists say how many went. */
function boundList(items: unknown[]): unknown[] {
  const kept: unknown[] = [];
  let used = 0;
  for (const item of items) {
    const size = JSON.stringify(item).length;
    if (used + size > CONTEXT_BOUNDS.list) break;
    kept.push(item);
    used += size;
  }
  const cut = items.length - kept.length;
  if (cut > 0 && items.every((item) => typeof item === 'string')) {
    kept.push(`[… ${count(cut)} more cut by Sparring]`);
  }
  return kept;
}

function boundValue(value: unknown, key: string): unknown {
  if (typeof value === 'string') {
    if (ADDRESS.has(key)) return value.slice(0, CONTEXT_BOUNDS.address);
    return clip(value, LONG_TEXT.has(key) ? CONTEXT_BOUNDS.text : CONTEXT_BOUNDS.field);
  }
  if (Array.isArray(value)) return boundList(value.map((item) => boundValue(item, key)));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([field, inner]) => [field, boundValue(inner, field)]),
    );
  }
  return value;
}

/**
 * The context as it is kept and passed on: every string and list within CONTEXT_BOUNDS. Only
 * strings shrink and lists shorten, so the result is still a PageContext of the same kind.
 */
export function boundContext(context: PageContext): PageContext {
  return boundValue(context, '') as PageContext;
}
