import { isBlock, parseHtml, squash, textOf } from '../dom';
import { visibleCopy } from '../visible';

/** Never part of a posting: controls, apply forms, cookie banners, similar-jobs rails, EEO forms. */
const NOISE = [
  'script',
  'style',
  'noscript',
  'template',
  'form',
  'button',
  'input',
  'select',
  'textarea',
  'iframe',
  'svg',
  '[role="dialog"]',
  '[class*="cookie"]',
  '[id*="cookie"]',
  '[class*="consent"]',
  '[class*="similar"]',
  '[class*="apply"]',
  '[class*="eeo"]',
  '[id*="eeo"]',
].join(',');

/** Equal-opportunity boilerplate: the same on every posting, nothing to prepare for. */
const EEO =
  /equal(\s+employment)?\s+opportunit|\bEEO\b|affirmative action|without regard to|protected veteran|E-Verify/i;
const HEADING = /^H[1-6]$/;

/**
 * An EEO paragraph says so at its start; a posting run together into one block (no paragraphs)
 * that merely ends with the statement is kept whole.
 */
function isBoilerplate(text: string): boolean {
  return text.length <= 1000 && EEO.test(text.slice(0, 250));
}

/** Boilerplate as a line of a `<br>`-separated run (LinkedIn's description is one such run). */
function dropBoilerplateLines(parent: Element): void {
  let line: Node[] = [];
  const flush = () => {
    const text = squash(line.map((node) => node.textContent ?? '').join(''));
    if (isBoilerplate(text)) for (const node of line) node.parentNode?.removeChild(node);
    line = [];
  };
  for (const child of [...parent.childNodes]) {
    if (child.nodeType === 1 && ((child as Element).tagName === 'BR' || isBlock(child))) flush();
    else line.push(child);
  }
  flush();
}

/** A copy of the posting body with the noise and hidden text removed; the page is never changed. */
export function cleanBody(body: Element): Element {
  const copy = visibleCopy(body);
  for (const el of copy.querySelectorAll(NOISE)) el.remove();
  for (const heading of copy.querySelectorAll('h1,h2,h3,h4,h5,h6')) {
    if (!heading.parentNode || !EEO.test(textOf(heading))) continue;
    let next = heading.nextElementSibling;
    while (next && !HEADING.test(next.tagName)) {
      const after = next.nextElementSibling;
      next.remove();
      next = after;
    }
    heading.remove();
  }
  for (const block of copy.querySelectorAll('p,div,section')) {
    if (!block.parentNode || block.querySelector('p,div,section,ul,ol')) continue;
    if (isBoilerplate(textOf(block))) block.remove();
  }
  const runs = new Set([...copy.querySelectorAll('br')].map((br) => br.parentElement));
  for (const run of runs) if (run) dropBoilerplateLines(run);
  return copy;
}

/** Decode HTML entities without parsing tags: "&lt;p&gt;R&amp;D" → "<p>R&D". */
export function decodeEntities(doc: Document, text: string): string {
  if (!text.includes('&')) return text;
  return parseHtml(doc, text.replace(/</g, '&lt;')).textContent ?? '';
}

const BULLET = /^\s*(?:[•·▪◦*‣–-]|\d{1,2}[.)])\s+/;

/** Plain text (blank-line paragraphs, "•"/"-" bullets) as paragraphs and lists. */
export function textToElement(doc: Document, text: string): Element {
  const root = parseHtml(doc, '');
  const owner = root.ownerDocument;
  let list: Element | null = null;
  for (const line of text.split(/\r?\n/)) {
    const bullet = BULLET.exec(line);
    if (!line.trim()) {
      list = null;
      continue;
    }
    if (bullet) {
      list ??= root.appendChild(owner.createElement('ul'));
      list.appendChild(owner.createElement('li')).textContent = line.slice(bullet[0].length).trim();
    } else {
      list = null;
      root.appendChild(owner.createElement('p')).textContent = line.trim();
    }
  }
  return root;
}

/**
 * A description from embedded data: HTML, HTML escaped once or twice ("&lt;p&gt;…"), or plain
 * text. Parsed into an inert document so nothing in it runs or loads.
 */
export function descriptionElement(doc: Document, description: string): Element | null {
  let html = description;
  for (let i = 0; i < 2 && !/<[a-z][^>]*>/i.test(html) && /&(amp;)?lt;\/?[a-z]/i.test(html); i++) {
    html = decodeEntities(doc, html);
  }
  if (!html.trim()) return null;
  if (/<[a-z][^>]*>/i.test(html)) return parseHtml(doc, html);
  return textToElement(doc, decodeEntities(doc, html));
}

/** The first element matching the selectors in the order given (not in document order). */
export function firstOf(root: ParentNode, selectors: string[]): Element | null {
  for (const selector of selectors) {
    const el = root.querySelector(selector);
    if (el) return el;
  }
  return null;
}
