/**
 * Model output is untrusted, and Markdown parsing is not linear in every input: 20,000 nested
 * quotes overflow the stack, a 400-level list takes seconds and a hundred megabytes, and one
 * paragraph of 40,000 alternating emphasis marks takes minutes. An answer is rendered as Markdown
 * only up to a nesting depth, a count of inline marks per paragraph and a length that no coaching
 * answer comes near; from the first line past a bound, the rest is shown as plain text.
 */

/** Quotes and lists inside each other; a real answer rarely goes past three. */
export const MAX_NESTING = 8;
/** About 4,000 tokens of answer; the flows ask for at most 1,800, a continued answer twice that. */
export const MAX_MARKDOWN_CHARS = 16_000;
/** Lines of Markdown; a long answer has a few hundred, code included. */
export const MAX_MARKDOWN_LINES = 800;
/** Characters that open inline constructs (emphasis, links, code, HTML, entities), in one paragraph. */
export const MAX_INLINE_MARKS = 400;

const INLINE_MARKS = new Set(['*', '_', '[', ']', '`', '<', '&', '!', '\\']);

/** How many characters of `line` open inline constructs. */
function marksOf(line: string): number {
  let marks = 0;
  for (const char of line) if (INLINE_MARKS.has(char)) marks += 1;
  return marks;
}

const FENCE = /^\s*(?:>\s*)*(?:(?:[-+*]|\d{1,9}[.)])\s+)*(`{3,}|~{3,})/;

/** How deeply a line nests its content: its quote markers, list markers and list indentation. */
export function nestingOf(line: string): number {
  let depth = 0;
  let index = 0;
  let indent = 0;
  let sawMarker = false;
  while (index < line.length) {
    const char = line[index];
    if (char === ' ' || char === '\t') {
      if (!sawMarker) indent += char === '\t' ? 4 : 1;
      index += 1;
    } else if (char === '>') {
      depth += 1;
      sawMarker = true;
      index += 1;
    } else {
      const marker = /^(?:[-+*]|\d{1,9}[.)])(?=\s)/.exec(line.slice(index, index + 11));
      if (!marker) break;
      depth += 1;
      sawMarker = true;
      index += marker[0].length;
    }
  }
  // Leading indentation nests a list item under the items above it.
  return sawMarker ? depth + Math.floor(indent / 2) : depth;
}

/** The part of `text` to render as Markdown, and the rest to show as plain text. */
export function boundMarkdown(text: string): { markdown: string; plain: string } {
  let end = Math.min(text.length, MAX_MARKDOWN_CHARS);
  let inFence = false;
  let offset = 0;
  let paragraphStart = 0;
  let marks = 0;
  let lines = 0;
  while (offset < end) {
    const next = text.indexOf('\n', offset);
    const lineEnd = next === -1 ? text.length : next;
    const line = text.slice(offset, Math.min(lineEnd, offset + 2_000));
    lines += 1;
    if (lines > MAX_MARKDOWN_LINES) {
      end = offset;
      break;
    }
    if (FENCE.test(line)) {
      inFence = !inFence;
      marks = 0;
    } else if (!inFence) {
      if (line.trim() === '') {
        paragraphStart = lineEnd + 1;
        marks = 0;
      }
      marks += marksOf(text.slice(offset, Math.min(lineEnd, offset + MAX_MARKDOWN_CHARS)));
      if (nestingOf(line) > MAX_NESTING) {
        end = offset;
        break;
      }
      if (marks > MAX_INLINE_MARKS) {
        end = paragraphStart;
        break;
      }
    }
    offset = lineEnd + 1;
  }
  if (end >= text.length) return { markdown: text, plain: '' };
  // Cut at a line end where possible, so the Markdown part does not end mid-construct.
  const lineStart = text.lastIndexOf('\n', end - 1) + 1;
  const cut = lineStart > 0 ? lineStart : end;
  return { markdown: text.slice(0, cut), plain: text.slice(cut) };
}
