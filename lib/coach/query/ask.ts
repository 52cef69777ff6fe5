import type { Example } from '@/lib/extract/context';

/*
 * What a database problem asks, apart from its tables: the prose with the schema blocks, headings
 * and markup taken out, and the sentence that says what the result must hold.
 */

/** The statement's prose: no schema grids, no "Table: X" headings, no Markdown marks. */
export function askText(statement: string): string {
  return statement
    .replace(/```[\s\S]*?```/g, ' ')
    .split('\n')
    .filter(
      (line) => !/^\s*[|+]/.test(line) && !/^\s*(?:Table|DataFrame)\s*:?\s*`?\w+`?\s*:?\s*$/i.test(line),
    )
    .join('\n')
    .replace(/[`*]/g, '')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

const ASKING =
  /^(?:Write an? (?:solution|SQL query|query)\b|Query\b|Find\b|Report\b|Return\b(?! the result table (?:in any order|ordered))|Calculate\b|Select\b|Delete\b|Update\b|Swap\b|Generate\b|Output\b|Print\b|Display\b)/i;

/** The ask without the sentence that only says how to order or shape the output ("Return the result table ordered by …"). */
export function ideaText(ask: string): string {
  return ask
    .replace(/\bReturn the result (?:table|dataframe)\b[^.\n]*[.\n]?/gi, ' ')
    .replace(/\bThe result format is[^.\n]*[.\n]?/gi, ' ');
}

/** The sentences that say what to produce: "Write a solution to find …", "Query the two cities …". */
export function resultSentence(ask: string): string {
  const sentences = ask
    .replace(/\n+/g, ' ')
    .split(/(?<=[.!?])\s+(?=[A-Z(])/)
    .map((sentence) => sentence.trim());
  const first = sentences.findIndex((sentence) => ASKING.test(sentence));
  if (first < 0) return sentences.find((s) => !/result format|described as follows/i.test(s)) ?? '';
  // The sentence after the ask often finishes it ("If there is no second highest salary, return null").
  const next = sentences[first + 1];
  const follows = next && /^(?:If|In other words|Note|Round|Return\b(?! the result table))/i.test(next);
  return [sentences[first], follows ? next : ''].filter(Boolean).join(' ');
}

/** The result's columns, from the header of the first example's output grid. */
export function resultColumns(examples: readonly Example[]): string[] {
  const output = examples[0]?.output ?? '';
  const header = output.split('\n').find((line) => /^\|.*\|$/.test(line.trim()));
  if (!header) return [];
  return header
    .split('|')
    .map((cell) => cell.replace(/\(.*\)/, '').trim())
    .filter(Boolean);
}
