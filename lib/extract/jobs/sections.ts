import { isBlock, isSkipped, squash, textOf } from '../dom';

export interface JobSections {
  requirements: string[];
  responsibilities: string[];
  niceToHave: string[];
}
type Bucket = keyof JobSections;

// Checked in this order. A heading that describes the candidate the team hopes for ("Ideally
// you'd have", "You may be a good fit if you", "You might thrive in this role if you") lists what
// the role requires, although it sounds soft; "Preferred qualifications" and "Strong candidates
// may also have" are nice-to-have; "What you'll need" is a requirement; a bare "You will:" opens
// the list of what the job holder does.
const BUCKETS: [Bucket, RegExp][] = [
  [
    'requirements',
    /^(ideally,? you('d| would) (have|bring)(?!.*\balso\b)|you (may|might|would|will) (be a (good|great) fit|thrive)|(you'll|you will) thrive|what makes you a (good|great) fit)/,
  ],
  [
    'niceToHave',
    /nice[- ]to[- ]haves?|preferred|preferabl|bonus|pluses|\bplus\b|desired|desirable|good to have|extra credit|ideally|stand out|even better|may also|also (have|bring)|strong candidates/,
  ],
  [
    'requirements',
    /requirements?|qualifications?|what you('ll| will)? (need|bring)|(we('re| are)? look(ing)? for)|who you are|about you|you (should |will |'ll )?(have|bring|need)|must[- ]haves?|skills|your (profile|background|experience)|^experience\b|good fit|thrive|ideal candidate/,
  ],
  [
    'responsibilities',
    /responsibilit|what you('ll| will)? (actually |really |get to )?(do|be doing|work on|own|achieve)|you('ll| will) (do|be|work|own|build|lead)\b|^(as an? .{1,60} )?you('ll| will)$|\bthe role\b|your role|in this role|duties|day[- ]to[- ]day|your (impact|mission|tasks)|\btasks\b|accountabilit|projects/,
  ],
];

/** "…:" lines that open a section we do not collect (a plain "…:" line otherwise stays inside one). */
const OTHER =
  /benefit|perks|we offer|offer you|we provide|compensation|salary|why (join|work)|about (us|the company)|our (values|culture)/;

/** Headings that introduce the role as a whole: their prose describes it, it lists nothing. */
const OVERVIEW = /\brole\b|position|opportunity|overview|summary/;

/**
 * A bullet that states what a candidate must have (years, a degree, a skill), for a list that
 * no heading names.
 */
const REQUIRED =
  /\d\+? ?(years?|yrs)\b|\bdegree\b|experience (with|in|of|writing|building)|proficien|knowledge of|familiar(ity)? with|fluen(t|cy)|understanding of|skills in/i;

/**
 * A bullet that calls itself optional ("… is a plus", "… would be an advantage"), whatever its
 * list. One that also states what is required ("English; German is a plus") stays a requirement.
 */
const OPTIONAL =
  /\b(is|are|would be|will be)( also)? (a (big |huge |strong )?(plus|bonus)|an? (added )?advantage|nice to have|preferred)\b/i;

/** Which list a section heading starts, or null for any other section (About us, Benefits…). */
export function classifyHeading(heading: string): Bucket | null {
  const text = squash(heading).replace(/[’‘`]/g, "'").replace(/:$/, '').toLowerCase();
  if (!text || text.length > 160) return null;
  for (const [bucket, pattern] of BUCKETS) if (pattern.test(text)) return bucket;
  return null;
}

/**
 * A paragraph that is one short line in Title Case and names a section ("<p>What You’ll Do</p>",
 * "<p>What We Offer</p>"): the heading of what follows, although it is neither bold nor ends in a
 * colon. Requirement lines written as paragraphs ("Strong communication skills") are not in Title Case.
 */
function isParagraphHeading(text: string): boolean {
  if (text.length > 60 || /[.!?,;]$/.test(text)) return false;
  const words = text.split(/\s+/).filter((word) => /\p{L}{4}/u.test(word));
  if (!words.length || !words.every((word) => /^\p{Lu}/u.test(word))) return false;
  return classifyHeading(text) !== null || OTHER.test(text.toLowerCase());
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
    // A label that shares its line with what it labels ("Minimum Qualifications: A degree…").
    const inline = /^([^:]{3,50}):\s+(\S.*)$/.exec(text);
    if (bullet) tokens.push({ kind: 'item', text: text.slice(bullet[0].length) });
    else if (text.endsWith(':') && text.length <= 80) tokens.push({ kind: 'heading', text, strong: false });
    else if (inline?.[1] && inline[2] && classifyHeading(inline[1])) {
      tokens.push({ kind: 'heading', text: inline[1], strong: false }, { kind: 'line', text: inline[2] });
    } else tokens.push({ kind: 'line', text });
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
        const start = tokens.length;
        walk(el);
        flush();
        const only = tokens.length === start + 1 ? tokens[start] : undefined;
        if (only?.kind === 'line' && isParagraphHeading(only.text))
          tokens[start] = { kind: 'heading', text: only.text, strong: false };
      } else {
        walk(el);
      }
    }
  };
  walk(root);
  flush();
  return tokens;
}

/** Prose as the sentences a list would hold. */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-Z0-9"“(])/).filter((sentence) => sentence.length > 2);
}

/**
 * Requirements, responsibilities and nice-to-haves: one entry per bullet, found by their headings.
 * A section that holds prose and no list gives its sentences ("About You:" as a paragraph, plain
 * text "Minimum Qualifications: …"), unless its heading introduces the role as a whole. A list no
 * heading names is the requirements when most of its bullets read as such.
 */
export function splitSections(root: Element): JobSections {
  const sections: JobSections = { requirements: [], responsibilities: [], niceToHave: [] };
  /** The open section: its list (null when it is not one we collect) and what it held so far. */
  let open = { bucket: null as Bucket | null, heading: '', named: false, items: 0, prose: [] as string[] };
  let unnamed: string[] = [];
  /** A bullet or a sentence into its list; one that calls itself optional is a nice-to-have. */
  const file = (bucket: Bucket, text: string) => {
    const optional = bucket === 'requirements' && OPTIONAL.test(text) && !text.includes(';');
    sections[optional ? 'niceToHave' : bucket].push(text);
  };
  const close = () => {
    const { bucket, heading, items, prose } = open;
    if (bucket && !items && !OVERVIEW.test(heading))
      for (const line of prose) for (const sentence of sentences(line)) file(bucket, sentence);
    const required = unnamed.filter((item) => REQUIRED.test(item)).length;
    if (unnamed.length > 1 && required * 2 >= unnamed.length) sections.requirements.push(...unnamed);
    unnamed = [];
  };
  const tokens = tokenize(root);
  for (const [i, token] of tokens.entries()) {
    // A line right before a list introduces it: a short one ("What you will do" in plain-text
    // postings), or a sentence ending in a colon ("Preferably, you also have one of the following:").
    const text = token.text;
    const intro =
      token.kind === 'line' &&
      tokens[i + 1]?.kind === 'item' &&
      (text.length <= 80 || (text.endsWith(':') && text.length <= 160));
    if (token.kind === 'heading' || intro) {
      const bucket = classifyHeading(token.text);
      const heading = token.text.toLowerCase();
      const other = OTHER.test(heading);
      // A bold heading always ends the section before it; a "…:" line only when it names one.
      if (bucket || other || (token.kind === 'heading' && token.strong)) {
        close();
        open = { bucket, heading, named: bucket !== null || other, items: 0, prose: [] };
      }
    } else if (token.kind === 'line') {
      if (open.bucket) open.prose.push(token.text);
    } else if (open.bucket) {
      file(open.bucket, token.text);
      open.items++;
    } else if (!open.named) unnamed.push(token.text);
  }
  close();
  return sections;
}
