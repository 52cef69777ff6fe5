/** English number for the statement's own nouns, which hints and readings put in their sentences. */

const IRREGULAR: Record<string, string> = {
  person: 'people',
  child: 'children',
  man: 'men',
  woman: 'women',
  vertex: 'vertices',
  index: 'indices',
  // Plurals whose singular no ending rule finds: "oases" is no "oase", "halves" no "halve".
  oasis: 'oases',
  crisis: 'crises',
  thesis: 'theses',
  analysis: 'analyses',
  half: 'halves',
  calf: 'calves',
  leaf: 'leaves',
  loaf: 'loaves',
  knife: 'knives',
  wife: 'wives',
  life: 'lives',
  thief: 'thieves',
};

/**
 * Nouns whose singular ends in a single s, which take -es: no ending rule tells "buses" (bus) from
 * "houses" (house) or "bases" (base).
 */
const ENDS_IN_S = new Set([
  'bus',
  'gas',
  'bonus',
  'virus',
  'campus',
  'status',
  'census',
  'atlas',
  'alias',
  'lens',
  'canvas',
  'chorus',
  'iris',
  'plus',
  'minus',
  'walrus',
  'cactus',
  'octopus',
  'circus',
  'fungus',
  'genius',
  'apparatus',
  'prospectus',
  'syllabus',
  'omnibus',
  'trolleybus',
  'minibus',
]);

/** The plurals that do not end in s, for patterns that look for a plural noun. */
export const IRREGULAR_PLURALS: readonly string[] = Object.values(IRREGULAR).filter(
  (many) => !many.endsWith('s'),
);

/** "runner" to "runners", "entry" to "entries", "box" to "boxes", "shelf" to "shelves", "person" to "people". */
export function plural(noun: string): string {
  if (IRREGULAR[noun]) return IRREGULAR[noun];
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(?:s|sh|ch|x)$/.test(noun)) return `${noun}es`;
  if (/lf$/.test(noun)) return `${noun.slice(0, -1)}ves`;
  return `${noun}s`;
}

/** The one a plural counts: "people" to "person", "entries" to "entry", "boxes" to "box". */
export function singular(noun: string): string {
  const irregular = Object.entries(IRREGULAR).find(([, many]) => many === noun)?.[0];
  if (irregular) return irregular;
  if (/ies$/.test(noun)) return noun.replace(/ies$/, 'y');
  if (/(?:ss|sh|ch|x)es$/.test(noun)) return noun.replace(/es$/, '');
  if (/ses$/.test(noun) && ENDS_IN_S.has(noun.slice(0, -2))) return noun.slice(0, -2);
  // "shelves", "wolves": the f the plural turned into v ("valves" and "curves" keep their e).
  if (/[eo]lves$/.test(noun)) return noun.replace(/ves$/, 'f');
  return noun.replace(/s$/, '');
}

/** Whether a noun names many: "towns", "people". */
export function isPlural(noun: string): boolean {
  return /s$/.test(noun) || Object.values(IRREGULAR).includes(noun);
}

/** A noun with its article: "a job", "an order", "an hour", "a user". */
export function indefinite(noun: string): string {
  const vowelSound = /^(?:a|e(?!u)|i|o(?!ne\b)|u(?!s|ni|ny|t)|hour|honest|heir)/i.test(noun);
  return `${vowelSound ? 'an' : 'a'} ${noun}`;
}
