import { spoken } from './tables';
import type { QueryTable } from './types';

/*
 * The page's own nouns for the coach's templates: the main table, the other one, the column the ask
 * is about and what it goes "for each" of, always as words (a hint holds no code, so no column is
 * written as an identifier).
 */

export interface QueryWords {
  main: string;
  other: string;
  measure: string;
  group: string;
  /** The group in the plural: "players", "categories". */
  groups: string;
}

const ID_COLUMN = /(?:^id$|_?id$|Id$|_key$)/;

/** The first column the ask names that is no id: "salary" in "the second highest distinct salary". */
function measureOf(tables: readonly QueryTable[], ask: string): string | null {
  const lower = ask.toLowerCase();
  for (const table of tables)
    for (const column of table.columns) {
      const words = spoken(column.name).toLowerCase();
      if (!ID_COLUMN.test(column.name) && new RegExp(`\\b${words.replace(/\s+/g, '\\s*')}s?\\b`).test(lower))
        return words;
    }
  return null;
}

/** What the ask goes "for each" of, or the entity a foreign key points at ("department"). */
function groupOf(tables: readonly QueryTable[], ask: string): string | null {
  const each = /\b(?:each|every|per)\s+(?:of\s+)?(?:the\s+)?(?:\w+'s\s+)?([a-z]+?)(?:'s|s)?\b/i.exec(
    ask,
  )?.[1];
  if (each && !/^(?:one|other|row|time|day|date)$/i.test(each)) return each.toLowerCase();
  const link = tables.flatMap((t) => t.foreignKeys)[0];
  if (link) return spoken(link.table).toLowerCase();
  const idColumn = tables[0]?.columns.find((c) => ID_COLUMN.test(c.name) && c.name.toLowerCase() !== 'id');
  return idColumn
    ? spoken(idColumn.name)
        .replace(/\s*id$/i, '')
        .toLowerCase() || null
    : null;
}

const plural = (noun: string) =>
  /s$/.test(noun) ? noun : /[^aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`;

export function queryWords(tables: readonly QueryTable[], ask: string): QueryWords {
  const main = tables[0] ? spoken(tables[0].name) : 'the table';
  const group = groupOf(tables, ask) ?? main.toLowerCase();
  return {
    main,
    other: tables[1] ? spoken(tables[1].name) : main,
    measure: measureOf(tables, ask) ?? 'value',
    group,
    groups: plural(group),
  };
}

export function fill(template: string, words: QueryWords): string {
  return template
    .replaceAll('{main}', words.main)
    .replaceAll('{other}', words.other)
    .replaceAll('{measure}', words.measure)
    .replaceAll('{groups}', words.groups)
    .replaceAll('{group}', words.group);
}
