/**
 * Text a page wrote (a statement, a posting, the offline analysis that quotes them, code read from
 * the page's editor) goes into the prompt between Sparring's delimiters. A page must not be able to
 * close its block early and speak as Sparring, however it spells the closing tag: with a full-width
 * or look-alike "<", an HTML entity, zero-width or combining characters inside the name, letters
 * from another script that look Latin, or a hyphen or space for the underscore.
 */

/** Every tag we wrap text in: none may appear, in any spelling, inside wrapped text. */
const BLOCK_TAGS = [
  'untrusted_page',
  'offline_analysis',
  'offline_hint',
  'user_text',
  'user_code',
  'quiz_sample',
] as const;
export type BlockTag = (typeof BLOCK_TAGS)[number];

/** The tag names as compared: lowercase letters only. */
const SKELETONS = BLOCK_TAGS.map((tag) => tag.replace(/_/g, ''));
const LONGEST = Math.max(...SKELETONS.map((name) => name.length));

/** "<" and what a reader could take for it, HTML entities included. */
const OPENERS =
  /[<\u02C2\u1438\u2039\u227A\u2329\u27E8\u27EA\u29FC\u3008\u300A\u276E\u2770\uFE64\uFF1C]|&lt;?|&#0*60;?|&#x0*3c;?/giu;

/** Between the "<" and the name: spaces, slashes and their look-alikes. */
const LEADING = /[\s/\\\u2044\u2215\u29F8\uFF0F]/u;
/** Inside the name, where "_" stands: separators a reader would skip. */
const SEPARATORS = /[\s_\-\u2010-\u2015\u2017\u00B7\uFE4D-\uFE4F\uFF3F\uFF0D.]/u;
/** Characters nobody sees: format controls (zero-width, bidi, tags) and combining marks. */
const INVISIBLE = /\p{Cf}|\p{M}|[\u034F\u115F\u1160\u3164\uFFA0]/u;

/** Letters of other scripts that render like the Latin letters of our tag names. */
const LOOKALIKES: Record<string, string> = {
  а: 'a',
  ɑ: 'a',
  α: 'a',
  с: 'c',
  ϲ: 'c',
  ԁ: 'd',
  е: 'e',
  ε: 'e',
  ɡ: 'g',
  һ: 'h',
  հ: 'h',
  і: 'i',
  ı: 'i',
  ι: 'i',
  ј: 'j',
  κ: 'k',
  к: 'k',
  ӏ: 'l',
  ℓ: 'l',
  ǀ: 'l',
  м: 'm',
  ո: 'n',
  η: 'n',
  о: 'o',
  ο: 'o',
  օ: 'o',
  р: 'p',
  ρ: 'p',
  ԛ: 'q',
  г: 'r',
  ѕ: 's',
  т: 't',
  τ: 't',
  υ: 'u',
  ս: 'u',
  μ: 'u',
  ν: 'v',
  ԝ: 'w',
  х: 'x',
  у: 'y',
  γ: 'y',
};

/** One character as the Latin letter it reads as, or '' when it is not one. */
function fold(char: string): string {
  const base = char.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const latin = LOOKALIKES[base] ?? base;
  return /^[a-z]$/.test(latin) ? latin : '';
}

/**
 * Where the tag name that follows an opener at `from` ends, or -1 when no tag name of ours follows.
 * Reads past invisible characters, spaces and slashes, then the name with its separators.
 */
function tagNameEnd(text: string, from: number): number {
  let index = from;
  let skeleton = '';
  let inName = false;
  for (const char of text.slice(from, from + 4 * LONGEST + 40)) {
    if (INVISIBLE.test(char) || (!inName && LEADING.test(char)) || (inName && SEPARATORS.test(char))) {
      index += char.length;
      continue;
    }
    const letter = fold(char);
    if (!letter) break;
    inName = true;
    skeleton += letter;
    index += char.length;
    if (SKELETONS.some((name) => skeleton === name)) return index;
    if (!SKELETONS.some((name) => name.startsWith(skeleton))) return -1;
  }
  return -1;
}

export interface ForgedDelimiter {
  start: number;
  /** Where the opener ("<" or its look-alike) ends and the rest of the tag begins. */
  openerEnd: number;
  end: number;
}

/** Where something in `text` reads as one of our delimiters: the opener and the name after it. */
export function forgedDelimiters(text: string): ForgedDelimiter[] {
  const found: ForgedDelimiter[] = [];
  for (const match of text.matchAll(OPENERS)) {
    const start = match.index ?? 0;
    const openerEnd = start + match[0].length;
    const end = tagNameEnd(text, openerEnd);
    if (end > 0) found.push({ start, openerEnd, end });
  }
  return found;
}

/** Unicode tag characters and bidi overrides: invisible text a page can hide instructions in. */
const SMUGGLING = /[\u{E0000}-\u{E007F}\u202A-\u202E\u2066-\u2069]/gu;

/**
 * `text` with every look-alike of our delimiters broken: the opener becomes "(" and the invisible
 * characters inside the name go, so the model reads the words but no tag. Invisible tag characters
 * and bidi overrides are removed everywhere.
 */
export function neutraliseDelimiters(text: string): string {
  const clean = text.replace(SMUGGLING, '');
  const forged = forgedDelimiters(clean);
  if (forged.length === 0) return clean;
  let out = '';
  let last = 0;
  for (const { start, openerEnd, end } of forged) {
    if (start < last) continue;
    const name = [...clean.slice(openerEnd, end)].filter((char) => !INVISIBLE.test(char)).join('');
    out += `${clean.slice(last, start)}(${name}`;
    last = end;
  }
  return out + clean.slice(last);
}
