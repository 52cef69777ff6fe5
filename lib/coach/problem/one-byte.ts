import type { ProblemContext } from '@/lib/extract/context';

/**
 * The dashes judges write (Codeforces' "—", HackerRank's "–"), each held by a character that fits
 * in one byte: Windows-1252's codes for them, control characters no statement holds. A dash was
 * the only wide character left in most statements that stayed two bytes wide, and those were the
 * slowest pages to read: every pattern ran there in code compiled for them alone.
 */
const STAND_INS: Readonly<Record<string, string>> = { '–': '\x96', '—': '\x97' };
const DASHES = /[–—]/g;
const STOOD_IN = /[\x96\x97]/;
const RESTORED: Readonly<Record<string, string>> = { '\x96': '–', '\x97': '—' };

/**
 * The same text held one byte per character, where every character fits in one (none above
 * U+00FF) once its dashes are stood in for (`STAND_INS`). V8 keeps a string two bytes wide when
 * it was cut from a wider one (a page whose markup holds one curly quote anywhere), and compiles
 * each pattern apart for each width: the coach's two thousand patterns, compiled twice, passed the
 * size past which V8 compiles further patterns unoptimised, and on the tuned pages that cost a
 * third of the analysis. Parsing the text anew builds it in the narrowest width it fits. A text
 * that holds a stand-in already, or stays wide, is given back as it was.
 */
export function oneByteText(text: string): string {
  if (fitsOneByte(text)) return anew(text);
  if (STOOD_IN.test(text)) return text;
  const narrowed = text.replace(DASHES, (dash) => STAND_INS[dash] ?? dash);
  return fitsOneByte(narrowed) ? anew(narrowed) : text;
}

function fitsOneByte(text: string): boolean {
  for (let at = 0; at < text.length; at++) if (text.charCodeAt(at) > 0xff) return false;
  return true;
}

/** The text built anew, in the narrowest width it fits. */
const anew = (text: string) => JSON.parse(JSON.stringify(text)) as string;

/** The page's texts, each held one byte per character where it fits (`oneByteText`). */
export function oneByteContext(context: ProblemContext): ProblemContext {
  return {
    ...context,
    title: oneByteText(context.title),
    statement: oneByteText(context.statement),
    examples: context.examples.map((example) => ({
      ...example,
      input: oneByteText(example.input),
      output: oneByteText(example.output),
      ...(example.explanation === undefined ? {} : { explanation: oneByteText(example.explanation) }),
    })),
    constraints: context.constraints.map(oneByteText),
    tags: context.tags.map(oneByteText),
    hints: context.hints.map(oneByteText),
  };
}

/**
 * Whether reading the page's one-byte texts can leave stand-ins in what is said of it: it holds a
 * dash, and no text holds a stand-in of its own (which `oneByteText` leaves as it is).
 */
export function standsInDashes(context: ProblemContext): boolean {
  const texts = [
    context.title,
    context.statement,
    ...context.examples.flatMap((e) => [e.input, e.output, e.explanation ?? '']),
    ...context.constraints,
    ...context.tags,
    ...context.hints,
  ];
  return texts.some((text) => /[–—]/.test(text)) && !texts.some((text) => STOOD_IN.test(text));
}

/** What was said of a page read through stand-ins, with its dashes back: plain data, rebuilt. */
export function withDashes<T>(value: T): T {
  if (typeof value === 'string') {
    return (STOOD_IN.test(value) ? value.replace(/[\x96\x97]/g, (c) => RESTORED[c] ?? c) : value) as T;
  }
  if (Array.isArray(value)) return value.map(withDashes) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withDashes(item)])) as T;
  }
  return value;
}
