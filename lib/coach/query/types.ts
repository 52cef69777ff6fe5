/** A column of a table the page describes; its type when the page gives one (HackerRank's is an image). */
export interface QueryColumn {
  name: string;
  type: string | null;
}

/** One table as the page describes it: its columns, its keys and what one of its rows records. */
export interface QueryTable {
  name: string;
  columns: QueryColumn[];
  /** "id", "(player_id, event_date)": what the page says is unique. */
  primaryKey: string | null;
  /** "departmentId → Department": the links the page declares. */
  foreignKeys: { column: string; table: string }[];
  /** The page's own sentence on what a row means ("Each row of this table …"). */
  rowMeaning: string | null;
}

/** A SQL idea the problem needs, with the page's words that call for it. */
export interface QueryIdea {
  id: string;
  name: string;
  /** Why, quoting the page ("asks for 'the second highest distinct salary'"). */
  reason: string;
}

/** What the page is solved in: SQL, or pandas for LeetCode's pandas problems (DataFrames, no table). */
export type QueryDialect = 'sql' | 'pandas';

/** The SQL coach's reading of a database problem; the panel shows it in place of complexity figures. */
export interface QueryReading {
  dialect: QueryDialect;
  /** Why the page is read as a SQL problem, each quoting what showed it. */
  why: string[];
  tables: QueryTable[];
  /** What the result must hold, in the page's words. */
  result: string;
  /** The result's columns, read from the first example's output when there is one. */
  resultColumns: string[];
  ideas: QueryIdea[];
}
