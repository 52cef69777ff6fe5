import { isMathNoise, isSkipped, normalizeConstraint, preText, texOf, textOf } from './dom';
import { isUnseen } from './visible';

/*
 * A small HTML → Markdown walker. Turndown would do more, but the content script must stay under
 * 12 KB gzipped on every matched page, and statements only use a handful of elements. Links
 * keep their text only: an address is attribute text, which a person does not read on the page.
 */

const HEADING = /^H([1-6])$/;
const BLOCKS =
  /^(P|DIV|SECTION|ARTICLE|HEADER|FOOTER|MAIN|ASIDE|BLOCKQUOTE|FIGURE|FIGCAPTION|DL|DT|DD|DETAILS|SUMMARY|CENTER|FORM|TR)$/;
/** Private-use mark around placeholders; stripped from page text so a page cannot forge one. */
const MARK = /\uE000/g;

/** Convert an element's content to Markdown: blocks separated by blank lines, inline runs collapsed. */
export function htmlToMarkdown(root: Element): string {
  return renderChildren(root);
}

/** Markdown of a run of sibling nodes (a section of a statement without its heading). */
export function nodesToMarkdown(nodes: Iterable<Node>): string {
  return renderNodes(nodes);
}

/** Chunks that must keep their exact whitespace (code, lists) wait behind a placeholder. */
type Held = string[];

function renderChildren(parent: Node): string {
  return renderNodes(parent.childNodes);
}

function renderNodes(nodes: Iterable<Node>): string {
  const held: Held = [];
  let md = '';
  for (const node of nodes) md += render(node, held);
  md = md
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/ {2,}/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return md.replace(/\uE000(\d+)\uE000/g, (_, i: string) => held[Number(i)] ?? '');
}

function hold(held: Held, chunk: string): string {
  held.push(chunk);
  return `\n\n\uE000${held.length - 1}\uE000\n\n`;
}

function inline(node: Node, held: Held): string {
  let out = '';
  for (let child = node.firstChild; child; child = child.nextSibling) out += render(child, held);
  return out;
}

/** `**x**` around the text, its surrounding spaces kept outside so "Input: " stays readable. */
function wrap(text: string, mark: string): string {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text);
  const [, lead = '', body = '', trail = ''] = match ?? [];
  if (!body || body.includes('\n\n')) return text;
  return `${lead}${mark}${body}${mark}${trail}`;
}

function code(text: string): string {
  const body = text.replace(/\s+/g, ' ').trim();
  if (!body) return '';
  return body.includes('`') ? `\`\` ${body} \`\`` : `\`${body}\``;
}

function render(node: Node, held: Held): string {
  if (node.nodeType === 3) return (node.nodeValue ?? '').replace(MARK, '').replace(/\s+/g, ' ');
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  if (isUnseen(el)) return '';
  const tex = texOf(el);
  if (tex !== null) return code(normalizeConstraint(tex));
  if (isSkipped(el) || isMathNoise(el)) return '';
  const tag = el.tagName.toUpperCase();
  const heading = HEADING.exec(tag);
  if (heading) {
    const text = inline(el, held).replace(/\s+/g, ' ').trim();
    return text ? `\n\n${'#'.repeat(Number(heading[1]))} ${text}\n\n` : '';
  }
  switch (tag) {
    case 'BR':
      return '\n';
    case 'HR':
      return '\n\n---\n\n';
    case 'IMG':
    case 'INPUT':
    case 'IFRAME':
    case 'VIDEO':
    case 'CANVAS':
      return '';
    case 'PRE':
      return fence(el, held);
    case 'UL':
    case 'OL':
      return list(el, tag === 'OL', held);
    case 'TABLE':
      return table(el, held);
    case 'CODE':
    case 'KBD':
    case 'SAMP':
    case 'TT':
      return code(inline(el, held));
    case 'VAR':
      return code(normalizeConstraint(textOf(el)));
    case 'STRONG':
    case 'B':
      return wrap(inline(el, held), '**');
    case 'EM':
    case 'I':
      return wrap(inline(el, held), '*');
    case 'SUP':
      return `^${inline(el, held).trim()}`;
    case 'SUB':
      return `_${inline(el, held).trim()}`;
    case 'LI':
      return `\n${inline(el, held)}\n`;
  }
  if (BLOCKS.test(tag)) return `\n\n${inline(el, held)}\n\n`;
  return inline(el, held);
}

function fence(el: Element, held: Held): string {
  const text = preText(el);
  if (!text) return '';
  const ticks = text.includes('```') ? '~~~' : '```';
  return hold(held, `${ticks}\n${text}\n${ticks}`);
}

function list(el: Element, ordered: boolean, held: Held): string {
  const items: string[] = [];
  let n = Number(el.getAttribute('start') ?? '1') || 1;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (child.tagName.toUpperCase() !== 'LI') continue;
    const body = renderChildren(child);
    if (!body) continue;
    const marker = ordered ? `${n++}. ` : '- ';
    const pad = ' '.repeat(marker.length);
    items.push(marker + body.replace(/\n(?=.)/g, `\n${pad}`));
  }
  return items.length ? hold(held, items.join('\n')) : '';
}

function table(el: Element, held: Held): string {
  const rows: string[] = [];
  for (const row of el.querySelectorAll('tr')) {
    const cells = [...row.children].map((cell) => renderChildren(cell).replace(/\s*\n\s*/g, ' '));
    if (cells.some(Boolean)) rows.push(`| ${cells.join(' | ')} |`);
  }
  return rows.length ? hold(held, rows.join('\n')) : inline(el, held);
}
