import { type SkillGroup, TAXONOMY, type TaxonomyEntry, TECHNOLOGIES } from './taxonomy';

export interface SkillMatch {
  readonly name: string;
  readonly group: SkillGroup;
  /** Offset of the first mention in the scanned text. */
  readonly index: number;
}

interface Hit {
  readonly entry: TaxonomyEntry;
  readonly index: number;
  readonly end: number;
  readonly exact: boolean;
}

const escapeForm = (form: string) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

/**
 * One alternation per case mode, longest forms first so "React Native" wins over "React" and
 * "Spring Boot" over "Spring". The boundaries are word characters plus `+` and `#` on the right,
 * which keeps "Java" out of "JavaScript", "C" out of "C++"/"C#", "Go" out of "good", "Rust" out of
 * "trust"; a bare `\b` would not, because `+`, `#` and `.` are not word characters.
 */
function compile(forms: readonly string[], flags: string): RegExp {
  const alternation = [...forms]
    .sort((a, b) => b.length - a.length)
    .map(escapeForm)
    .join('|');
  return new RegExp(`(?<![A-Za-z0-9_])(?:${alternation})(?![A-Za-z0-9_+#])`, flags);
}

const normaliseSpaces = (text: string) => text.replace(/\s+/g, ' ');

const LOOSE_FORMS = new Map<string, TaxonomyEntry>();
const EXACT_FORMS = new Map<string, TaxonomyEntry>();
for (const entry of TECHNOLOGIES) {
  const exact = new Set(entry.exact ?? []);
  for (const form of exact) EXACT_FORMS.set(form, entry);
  for (const form of [entry.name, ...(entry.aliases ?? [])]) {
    if (!exact.has(form)) LOOSE_FORMS.set(form.toLowerCase(), entry);
  }
}
const LOOSE_PATTERN = compile([...LOOSE_FORMS.keys()], 'gi');
const EXACT_PATTERN = compile([...EXACT_FORMS.keys()], 'g');

/** Words that make a sentence read as being about technology, so "Go" or "R" in it is a language. */
const TECH_CUE =
  /\b(languages?|programming|proficien\w*|fluen\w*|experience (with|in|using)|expertise|knowledge of|familiar\w*|written in|codebases?|services|backend|back-end|stack|such as|e\.g\.|including|tools?|tooling|software|engineer(s|ing)?|frameworks?|librar(y|ies)|coding|scripting|statistic\w*|plus|bonus|preferred|required|runtimes?|compilers?|ecosystem|SDKs?|APIs?)\b/i;
const TITLE_CUE = /\b(engineer|developer|programmer|SWE|SDE|architect|scientist)\b/i;
const BARE_ITEM = /^\s*(?:[-*•+]|\d+[.)])?\s*(?:\S+\s*){1,3}$/;
const isBreak = (text: string, at: number) => {
  const character = text[at];
  if (character === '\n' || character === '!' || character === '?') return true;
  return (character === '.' || character === ';') && /\s/.test(text[at + 1] ?? ' ');
};

/** The sentence or list item around a mention: the unit "the same context" is judged in. */
function segmentAround(text: string, index: number, end: number): { start: number; end: number } {
  let start = index;
  while (start > 0 && !isBreak(text, start - 1)) start--;
  let stop = end;
  while (stop < text.length && !isBreak(text, stop)) stop++;
  return { start, end: stop };
}

function collectHits(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const match of text.matchAll(LOOSE_PATTERN)) {
    const entry = LOOSE_FORMS.get(normaliseSpaces(match[0]).toLowerCase());
    if (entry) hits.push({ entry, index: match.index, end: match.index + match[0].length, exact: false });
  }
  for (const match of text.matchAll(EXACT_PATTERN)) {
    const entry = EXACT_FORMS.get(normaliseSpaces(match[0]));
    if (entry) hits.push({ entry, index: match.index, end: match.index + match[0].length, exact: true });
  }
  hits.sort((a, b) => a.index - b.index || b.end - a.end);
  const kept: Hit[] = [];
  let reach = -1;
  for (const hit of hits) {
    if (hit.index < reach) continue;
    kept.push(hit);
    reach = hit.end;
  }
  return kept;
}

function passesGuards(text: string, hit: Hit): boolean {
  const { notBefore, notAfter } = hit.entry;
  if (notBefore?.test(text.slice(Math.max(0, hit.index - 40), hit.index))) return false;
  if (notAfter?.test(text.slice(hit.end, hit.end + 40))) return false;
  return true;
}

function hasContext(text: string, hit: Hit, others: readonly Hit[], cue: RegExp): boolean {
  const segment = segmentAround(text, hit.index, hit.end);
  if (others.some((other) => other !== hit && other.index >= segment.start && other.end <= segment.end)) {
    return true;
  }
  const sentence = text.slice(segment.start, segment.end);
  return cue.test(sentence) || BARE_ITEM.test(sentence);
}

function scan(text: string, cue: RegExp): Hit[] {
  const guarded = collectHits(text).filter((hit) => !hit.exact || passesGuards(text, hit));
  return guarded.filter(
    (hit) => !hit.exact || !hit.entry.needsContext || hasContext(text, hit, guarded, cue),
  );
}

// V8 compiles a regular expression on its first run; pay that once at load, not on the first posting.
collectHits('Go, C and React');

/**
 * The technologies a posting names, each once, in order of first mention (title first). The title
 * is scanned on its own because "Senior Go Engineer" has no sentence around it to lend context.
 */
export function findSkills(title: string, body: string): SkillMatch[] {
  const found = new Map<string, SkillMatch>();
  const record = (hits: Hit[], offset: number) => {
    for (const { entry, index } of hits) {
      if (!found.has(entry.name))
        found.set(entry.name, { name: entry.name, group: entry.group, index: offset + index });
    }
  };
  record(scan(title, TITLE_CUE), 0);
  record(scan(body, TECH_CUE), title.length + 1);
  return [...found.values()];
}

export interface SkillChipGroup {
  readonly group: SkillGroup;
  readonly label: string;
  readonly skills: readonly string[];
}

/** Skills arranged under the taxonomy's group headings, in the taxonomy's group order. */
export function groupSkills(skills: readonly SkillMatch[]): SkillChipGroup[] {
  return TAXONOMY.map(({ group, label }) => ({
    group,
    label,
    skills: skills.filter((skill) => skill.group === group).map((skill) => skill.name),
  })).filter((chips) => chips.skills.length > 0);
}
