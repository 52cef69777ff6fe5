import type { TechniqueId } from './types';

/** Links, a board or moves between states: what a search or a graph method walks over. */
const LINKS =
  /\b(?:graph|grid|matrix|boards?|cells?|nodes?|edges?|vertex|vertices|trees?|roads?|links?|linked|connect(?:s|ed|ion|ions)?|neighbou?rs?|adjacent|moves?|steps?|states?|jumps?|paths?|routes?|reach(?:es|ed|able)?|transform(?:s|ed)?|dependenc(?:y|ies)|prerequisites?)\b/;
/** Text: strings, words, letters, characters. */
const TEXT =
  /\bstrings?\b|\bsubstrings?\b|\bcharacters?\b|\bletters?\b|\bwords?\b|\bsentences?\b|\btext\b|\bpalindrom/;
/** A contiguous run the question asks about. */
const RUN =
  /\bsub(?:array|string)s?\b|\bcontiguous\b|\bconsecutive\b|\bwindows?\b|\bstretch(?:es)?\b|\bstreaks?\b|\bunbroken\b|\b(?:in a )?row\b/;

const NEEDS: Partial<Record<TechniqueId, RegExp>> = {
  'breadth-first-search': LINKS,
  'depth-first-search': LINKS,
  'shortest-path': LINKS,
  'topological-sort': LINKS,
  'union-find': LINKS,
  graph: LINKS,
  string: TEXT,
  trie: TEXT,
  'sliding-window': RUN,
};

/**
 * Whether a method has something to work on in this statement (lower-cased): a search needs links,
 * a board or moves; a string method needs text; a window needs a contiguous run asked about.
 */
export function fitsTheInput(id: TechniqueId, text: string): boolean {
  return NEEDS[id]?.test(text) ?? true;
}
