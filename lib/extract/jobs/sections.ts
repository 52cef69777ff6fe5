import { isBlock, isSkipped, squash, textOf } from '../dom';

export interface JobSections {
  requirements: string[];
  responsibilities: string[];
  niceToHave: string[];
}
type Bucket = keyof JobSections;

// Checked in this order: "Preferred qualifications" is nice-to-have, "What you'll need" a requirement.
const BUCKETS: [Bucket, RegExp][] = [
  [
    'niceToHave',
    /nice[- ]to[- ]haves?|preferred|bonus|pluses|\bplus\b|desired|desirable|good to have|extra credit|ideally|stand out|even better/,
  ],
  [
    'requirements',
    /requirements?|qualifications?|what you('ll| will)? (need|bring)|(we('re| are)? look(ing)? for)|who you are|about you|you (should |will |'ll )?(have|bring|need)|must[- ]haves?|skills|your (profile|background|experience)|^experience\b/,
  ],
  [
    'responsibilities',
    /responsibilit|what you('ll| will)? (do|be doing|work on|own|achieve)|you('ll| will) (do|be|work|own|build|lead)\b|\bthe role\b|your role|in this role|duties|day[- ]to[- ]day|your (impact|mission|tasks)|\btasks\b|accountabilit/,
  ],
];

/** "…:" lines that open a section we do not collect (a plain "…:" line otherwise stays inside one). */
const OTHER =
  /benefit|perks|we offer|offer you|we provide|compensation|salary|why (join|work)|about (us|the company)|our (values|culture)/;

/** Which list a section heading starts, or null for any other section (About us, Benefits…). */
export function classifyHeading(heading: string): Bucket | null {
  const text = squash(heading).replace(/[’‘`]/g, "'").replace(/:$/, '').toLowerCase();
  if (!text || text.length > 80) return null;
  for (const [bucket, pattern] of BUCKETS) if (pattern.test(text)) return bucket;
  return null;
}

/** A posting read as a flat run: section headings, bullets and prose lines, in document order. */
type Token = { kind: 'heading'; text: string; strong: boolean } | { kind: 'item' | 'line'; text: string };

const BULLET = /^(?:[•·▪◦*‣–-]|\d{1,2}[.)])\s+/;
const EMPHASIS = /^(STRONG|B|U)$/;

function isBreak(node: Node | null): boolean {
  while (node && node.nodeType === 3 && !node.nodeValue?.trim()) node = node.nextSibling;
  return !node || (node.nodeType === 1 && ((node as Element).tagName === 'BR' || isBlock(node)));
}

/** Text of a bullet without its nested sub-list (those are bullets of their own). */
function itemText(li: Element): string {
  const copy = li.cloneNode(true) as Element;
  for (const nested of copy.querySelectorAll('ul,ol')) nested.remove();
  return textOf(copy);
}

function tokenize(root: Element): Token[] {
  const tokens: Token[] = [];
  let line = '';
  const flush = () => {
    const text = squash(line);
    line = '';
    if (!text) return;
    const bullet = BULLET.exec(text);
    if (bullet) tokens.push({ kind: 'item', text: text.slice(bullet[0].length) });
    else if (text.endsWith(':') && text.length <= 80) tokens.push({ kind: 'heading', text, strong: false });
    else tokens.push({ kind: 'line', text });
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        line += child.nodeValue ?? '';
        continue;
      }
      if (child.nodeType !== 1 || isSkipped(child)) continue;
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (/^H[1-6]$/.test(tag)) {
        flush();
        tokens.push({ kind: 'heading', text: textOf(el), strong: true });
      } else if (tag === 'LI') {
        flush();
        const text = itemText(el);
        if (text) tokens.push({ kind: 'item', text: text.replace(BULLET, '') });
        for (const nested of el.children) if (/^(UL|OL)$/i.test(nested.tagName)) walk(nested);
      } else if (tag === 'BR') {
        flush();
      } else if (EMPHASIS.test(tag) && !squash(line) && isBreak(el.nextSibling) && textOf(el).length <= 80) {
        // A bold line on its own ("<p><b>Requirements</b></p>", "<b>Skills</b><br>") is a heading.
        flush();
        tokens.push({ kind: 'heading', text: textOf(el), strong: true });
      } else if (isBlock(el)) {
        flush();
        walk(el);
        flush();
      } else {
        walk(el);
      }
    }
  };
  walk(root);
  flush();
  return tokens;
}

/** Requirements, responsibilities and nice-to-haves: one entry per bullet, found by their headings. */
export function splitSections(root: Element): JobSections {
  const sections: JobSections = { requirements: [], responsibilities: [], niceToHave: [] };
  let current: Bucket | null = null;
  const tokens = tokenize(root);
  for (const [i, token] of tokens.entries()) {
    // A short line right before a list introduces it ("What you will do" in plain-text postings).
    const intro = token.kind === 'line' && token.text.length <= 80 && tokens[i + 1]?.kind === 'item';
    if (token.kind === 'heading' || intro) {
      const bucket = classifyHeading(token.text);
      // A bold heading always ends the section before it; a "…:" line only when it names one.
      const strong = token.kind === 'heading' && token.strong;
      if (bucket || strong || OTHER.test(token.text.toLowerCase())) current = bucket;
    } else if (token.kind === 'item' && current) {
      sections[current].push(token.text);
    }
  }
  return sections;
}
