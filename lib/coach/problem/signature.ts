import type { InputKind } from './types';

/**
 * A typed function description: HackerRank's "has the following parameter(s): - *long w[n]*: …"
 * and "**Returns** - *string*: YES or NO", GeeksforGeeks' "complete the function f() which takes an
 * integer array arr[] and returns …". The parameters' types say what the input is; the return type
 * is the output, and the word "string" there says nothing about the input.
 */
export interface Signature {
  /** The input kinds the parameters' types give, most specific first; empty when only scalars. */
  kinds: InputKind[];
  /** Names of parameters typed as text or a list (`glazes`, `w`): their "length of" is a size. */
  collections: string[];
  /** A table's sides in words ("r rows and c columns" for `int floor[r][c]`), for the size reading. */
  sides: string[];
}

const TYPE = String.raw`(?:unsigned\s+)?(?:long\s+long|long\s+int|int(?:eger)?|long|short|float|double|bool(?:ean)?|char(?:acter)?|string|str|List<\w+>|vector<\w+>|SinglyLinkedListNode|DoublyLinkedListNode|LinkedListNode|ListNode|TreeNode|Node)`;
/** "- *int patterns[n]*: …", "- `string s`: …", "- int[] arr: …" (one parameter per list item). */
const PARAMETER = new RegExp(
  String.raw`^[ \t]*[-*•][ \t]+[*\`_]*(${TYPE})((?:\[\w*\])*)[ \t]+([A-Za-z_]\w*)((?:\[[^\]\n]{0,12}\])*)[*\`_]*[ \t]*:`,
  'gim',
);
/** The block that lists them: without it a list item "- int x: …" may be anything. */
const DESCRIPTION = /\bfunction description\b|\bhas the following parameters?\b|\bparameters?\s*\(s\)/i;
/** "**Returns** - *string*: YES or NO" or "Returns: int: the answer": the output's type. */
const RETURNS = new RegExp(
  String.raw`(\*{0,2}returns?\*{0,2}[ \t]*:?[ \t]*\n*[ \t]*(?:[-*•][ \t]+)?)[*\`_]*${TYPE}(?:\[\w*\])*[*\`_]*([ \t]*:)`,
  'gi',
);
/** GeeksforGeeks: "… which takes an integer array arr[] and an integer k as inputs and returns …". */
const TAKES =
  /\bcomplete the (?:function|method)\b[^.\n]{0,60}?\b(?:which|that) takes?\b([^.\n]{1,200}?)\b(?:and|then)?\s*returns?\b([^.\n]{0,160})/i;

function kindsOfType(type: string, dims: number): InputKind[] {
  const t = type.toLowerCase();
  if (/linkedlist|listnode/.test(t)) return ['linked-list'];
  if (/treenode|^node$/.test(t)) return ['tree'];
  const list = /^(?:list|vector)</.test(t) ? dims + 1 : dims;
  if (/string|str\b|^list<string|^vector<string/.test(t)) return list >= 1 ? ['string', 'array'] : ['string'];
  if (/^char/.test(t)) return list >= 2 ? ['matrix', 'string'] : ['string'];
  if (list >= 2) return ['matrix'];
  return list === 1 ? ['array'] : [];
}

/** "arr[n][2]" is a list of pairs, read as an array; "grid[n][m]" is a table. */
function dimensions(typeDims: string, nameDims: string): number {
  const all = `${typeDims}${nameDims}`.match(/\[[^\]]*\]/g) ?? [];
  const last = all[all.length - 1] ?? '';
  return all.length >= 2 && /^\[\s*[2-4]\s*\]$/.test(last) ? all.length - 1 : all.length;
}

function kindsOfWords(phrase: string): InputKind[] {
  const text = phrase.toLowerCase();
  const kinds: InputKind[] = [];
  if (/\blinked list\b|\bhead\b/.test(text)) kinds.push('linked-list');
  if (/\btree\b|\broot\b/.test(text)) kinds.push('tree');
  if (/\bedges?\b|\badj\w*\b|\bgraph\b/.test(text)) kinds.push('graph');
  if (/\bmatrix\b|\bgrid\b|\b2d\b|\btwo[- ]dimensional\b|\w\[\]\[\]/.test(text)) kinds.push('matrix');
  if (/\bstrings?\b|\bchar(?:acter)?s?\b|\bwords?\b/.test(text)) kinds.push('string');
  if (/\barrays?\b|\blists?\b|\bvectors?\b|\w\[\](?!\[)/.test(text)) kinds.push('array');
  return kinds;
}

/** The typed signature a statement gives, or null when it gives none. */
export function readSignature(statement: string): Signature | null {
  const kinds: InputKind[] = [];
  const collections: string[] = [];
  if (DESCRIPTION.test(statement)) {
    let typed = false;
    const sides: string[] = [];
    for (const match of statement.matchAll(PARAMETER)) {
      const [, type = '', typeDims = '', name = '', nameDims = ''] = match;
      const found = kindsOfType(type, dimensions(typeDims, nameDims));
      typed = true;
      kinds.push(...found);
      if (found.length > 0) collections.push(name);
      const table = /^\[([a-z])\]\[([a-z])\]$/i.exec(nameDims);
      if (found.includes('matrix') && table) sides.push(`${table[1]} rows and ${table[2]} columns`);
    }
    if (typed) return { kinds: [...new Set(kinds)], collections, sides };
  }
  const takes = TAKES.exec(statement);
  if (!takes) return null;
  return {
    kinds: kindsOfWords(takes[1] ?? ''),
    collections: [...(takes[1] ?? '').matchAll(/\b([A-Za-z_]\w*)\[\]/g)].map((m) => m[1] ?? ''),
    sides: [],
  };
}

/**
 * The statement without the output's type: "**Returns** - *string*: YES or NO" keeps "YES or NO",
 * "returns the string "Found"" keeps "Found". What the function gives back is no input.
 */
export function withoutOutputTypes(statement: string, signature: Signature | null): string {
  if (!signature) return statement;
  return statement
    .replace(RETURNS, '$1the answer$2')
    .replace(/\b(?:the |a )?strings? (?=[*_]*["'“][A-Za-z]|[*_]*[A-Z]{2,}\b)/g, '');
}

/**
 * The input kinds when a typed signature says what the input is: the types decide whether it is
 * text, a list or a table; the shapes no type spells (a graph, a tree, intervals) still come from
 * the words.
 */
export function typedKinds(signature: Signature, read: readonly InputKind[]): InputKind[] {
  const typed = signature.kinds;
  const structural = read.filter(
    (kind) =>
      kind === 'graph' ||
      kind === 'tree' ||
      kind === 'linked-list' ||
      kind === 'intervals' ||
      (kind === 'matrix' && typed.length === 0),
  );
  const kinds = [...new Set([...structural, ...typed])];
  return kinds.length > 0 ? kinds : ['number'];
}

/** "1 <= length of glazes <= 10^5" for a parameter typed as text or a list: its length, a size. */
export function lengthsOfParameters(constraint: string, signature: Signature | null): string {
  if (!signature) return constraint;
  return signature.collections.reduce(
    (text, name) =>
      text.replace(
        new RegExp(
          `\\b(?:the )?(?:length|size) of (?:the )?(?:string |array )?${name}(\\[\\w+\\])?(?![\\w[])`,
          'gi',
        ),
        `${name}$1.length`,
      ),
    constraint,
  );
}
