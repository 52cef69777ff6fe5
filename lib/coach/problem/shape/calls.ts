import type { Variable } from '../constraints';
import type { Shape } from '../shape';
import { label, type ShapeReading } from './reading';

const WORD_NAMES = /\b(?:word|words|prefix|key|value|string|str|text|pattern|s|t)\b/i;
/** A statement that defines the operations a structure must answer. */
const DEFINES_OPERATIONS =
  /\bimplement\b|\bdesign\b|\bclass\b|\b(?:operations|queries) (?:of|in) (?:one of )?(?:the )?(?:following|two|three|four|\d) (?:types|forms|kinds)\b|\beach of (?:one of )?(?:the )?(?:following|two|three|four) types\b|\bfunctions?\b.{0,40}\b(?:complete|implement)\b|\bcomplete (?:the )?(?:two |three )?functions\b/;

/**
 * `name.length` (or `|name|`) where a call takes `String name` or an operation is written with it
 * (`type 2 name:`), or the statement says `name` consists of characters.
 */
function isArgumentText(name: string, body: string): boolean {
  const spelled = /^([a-z]\w*)\.length$|^\|([a-z]\w*)\|$/i.exec(name);
  const own = (spelled?.[1] ?? spelled?.[2])?.toLowerCase();
  if (!own) return false;
  return new RegExp(
    `\\bstring ${own}\\b|\\b${own}(?:,? (?:and )?\\w+)* consists? (?:only )?of\\b|^\\s*(?:[-*•]\\s*)?(?:type )?\\w+(?: [a-z]\\w*){0,2} ${own}\\b(?: [a-z]\\w*){0,2}\\s*:`,
    'm',
  ).test(body);
}

/**
 * A structure answering calls (a class to design, a stream of typed operations): the calls share
 * the time budget. `stream` is whether the input is such a stream; `streamed` the tests' count
 * when its lines are the calls.
 */
export function callsShape(reading: ShapeReading, stream: boolean, streamed?: Variable): Shape | undefined {
  const { sizes, body, technique, size } = reading;
  const operations =
    sizes.find((v) => v.names.some((name) => /^(?:(?:the )?number of )?calls$/.test(name))) ??
    (sizes.length === 1 && DEFINES_OPERATIONS.test(body) && sizes.every(reading.countsOperations)
      ? sizes[0]
      : undefined) ??
    // In a stream of typed operations the count of them is the calls, whatever else is bounded.
    (stream ? (sizes.find(reading.countsOperations) ?? streamed) : undefined);
  if (!operations) return undefined;
  // Calls share the time budget; each works on what the structure holds (at most one item
  // per call unless an input array is given) or, for a prefix tree, on one word.
  const rest = sizes.filter((v) => v !== operations);
  // The length of a string a call is given ("String ticker", "name consists of letters") is one
  // key's length, hashed whole: the structure holds as many entries as the calls put in.
  const isWord = (v: Variable) =>
    WORD_NAMES.test(label(v).replace(/[._]/g, ' ')) || isArgumentText(label(v), body);
  const word = technique === 'trie' ? rest.find(isWord) : undefined;
  // A length written |name| is one argument's, never how much the structure holds.
  const held =
    word ?? rest.find((v) => !isWord(v) && v.role !== 'item-size' && !v.total && !/^\|\w+\|$/.test(label(v)));
  return {
    kind: 'design',
    calls: size(operations, 'q'),
    n: held ? size(held, word ? 'm' : 'n') : size(operations, 'n'),
    ...(stream ? { stream: true as const } : {}),
  };
}
