import type { QueryColumn, QueryTable } from './types';

/*
 * The tables a database problem declares. LeetCode draws each as "Table: Employee" over a grid of
 * "Column Name | Type" with its keys and row meaning in sentences below; pandas pages say
 * "DataFrame: employees". HackerRank shows the grid as an image and names the table in prose
 * ("The STATION table is described as follows"), so there the columns are the ones the text names.
 */

const HEADING = /^\s*(?:Table|DataFrame)\s*:?\s*`?\*{0,2}([A-Za-z_][\w]*)\*{0,2}`?\s*:?\s*$/i;
const GRID_HEADER = /^\|\s*Column Name\s*\|\s*Type\s*\|/i;
const GRID_ROW = /^\|\s*([^|]+?)\s*\|\s*([^|]+?)\s*\|\s*$/;
const PRIMARY = /^(?:In SQL,\s*)?(\(?[\w, ]+\)?) (?:is|are) the primary key/i;
const FOREIGN = /^(\w+) is a foreign key.*?\bfrom the (?:`)?(\w+)(?:`)? ?(?:table|dataframe)/i;
const MEANING = /^(?:Each row|This table|Each record|In SQL,? )/i;
const DESCRIBED =
  /\b(?:the\s+)?\*{0,2}([A-Z][A-Z_0-9]+)\*{0,2}\s+table\s+(?:is\s+described|contains)|\btables?,?\s+\*{0,2}([A-Z][A-Z_0-9]+)\*{0,2},?\s+(?:containing|with|that has|which has)\b/g;
/** "containing two columns: *N* and *P*": the columns a prose table lists. */
const COLUMN_LIST = /\bcolumns?:\s*((?:\*{0,2}\w+\*{0,2},?\s+)*and\s+\*{0,2}\w+\*{0,2})/;
const UPPER_NAME = /\*{1,2}([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)\*{1,2}/g;

const clean = (line: string) => line.replace(/[`*]/g, '').trim();

function gridTables(lines: readonly string[]): QueryTable[] {
  const tables: QueryTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!GRID_HEADER.test(lines[i] ?? '')) continue;
    let name = '';
    for (let back = i - 1; back >= Math.max(0, i - 6) && !name; back--)
      name = HEADING.exec(lines[back] ?? '')?.[1] ?? '';
    const columns: QueryColumn[] = [];
    let j = i + 1;
    for (; j < lines.length && /^[|+]/.test(lines[j]?.trim() ?? ''); j++) {
      const row = GRID_ROW.exec(lines[j]?.trim() ?? '');
      if (row?.[1] && row[2]) columns.push({ name: row[1], type: row[2] });
    }
    const table: QueryTable = { name, columns, primaryKey: null, foreignKeys: [], rowMeaning: null };
    for (; j < lines.length; j++) {
      const line = clean(lines[j] ?? '');
      if (!line || GRID_HEADER.test(line) || HEADING.test(lines[j] ?? '')) break;
      const primary = PRIMARY.exec(line);
      const foreign = FOREIGN.exec(line);
      if (primary?.[1] && !table.primaryKey) table.primaryKey = primary[1];
      else if (foreign?.[1] && foreign[2]) table.foreignKeys.push({ column: foreign[1], table: foreign[2] });
      else if (MEANING.test(line) && !table.rowMeaning && !/primary key/i.test(line)) table.rowMeaning = line;
    }
    if (columns.length) tables.push(table);
  }
  return tables;
}

/** HackerRank's tables: named in prose, columns the ones the statement sets in capitals. */
function proseTables(text: string): QueryTable[] {
  const names = [...new Set([...text.matchAll(DESCRIBED)].map((m) => (m[1] ?? m[2]) as string))];
  if (!names.length) return [];
  const listed = COLUMN_LIST.exec(text)?.[1]
    ?.match(/\w+/g)
    ?.filter((word) => word !== 'and');
  const columns =
    listed ??
    [...new Set([...text.matchAll(UPPER_NAME)].map((m) => m[1] as string))].filter(
      (word) => !names.includes(word) && word.length > 1,
    );
  return names.map((name, index) => ({
    name,
    // With several tables the prose does not say which capitalised column is whose.
    columns: names.length === 1 || index === 0 ? columns.map((column) => ({ name: column, type: null })) : [],
    primaryKey: null,
    foreignKeys: [],
    rowMeaning: null,
  }));
}

/** Every table the page declares, in its order. */
export function readTables(statement: string): QueryTable[] {
  const grid = gridTables(statement.split('\n'));
  return grid.length ? grid : proseTables(statement);
}

/** "departmentId" → "department Id", "LAT_N" → "LAT N": a column named in prose, not in code. */
export function spoken(name: string): string {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[^A-Za-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
