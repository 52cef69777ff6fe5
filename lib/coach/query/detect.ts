import type { ProblemContext } from '@/lib/extract/context';

/*
 * Whether a page is a database problem, read from its structure rather than from a word: a site's
 * Database tag, a table schema (a column/type grid, a declared primary key), LeetCode's result-table
 * wording beside a declared table, or HackerRank's "The STATION table is described as follows".
 * "Table" and "query" alone prove nothing: algorithm problems have DP tables and queries arrays.
 */

const DATABASE_TAGS =
  /^(?:database|sql|pandas|mysql|postgresql|basic select|advanced select|aggregation|basic join|advanced join)$/i;

interface Signal {
  /** Enough on its own (a schema), or only beside another sign. */
  strong: boolean;
  pattern: RegExp;
  say: (quote: string) => string;
}

const SIGNALS: readonly Signal[] = [
  {
    strong: true,
    pattern:
      /(?:Table|DataFrame):?\s*`?\w+`?:?\s*\n+(?:```\s*\n)?\+-+\+-+\+\s*\n\|\s*Column Name\s*\|\s*Type\s*\|/i,
    say: () => 'It declares a table as a grid of column names and types.',
  },
  {
    strong: true,
    pattern: /\b(?:is|are) the primary key\b[^.\n]*(?:for|of) this (?:table|dataframe)/i,
    say: (quote) => `It declares a key: "${quote}".`,
  },
  {
    strong: true,
    pattern: /\bThe \*{0,2}[A-Z][A-Z_0-9]+\*{0,2} table is described as follows/,
    say: (quote) => `It describes a table: "${quote}".`,
  },
  {
    strong: true,
    pattern:
      /\btables?,?\s+\*{0,2}[A-Z][A-Z_0-9]+\*{0,2},?\s+(?:containing|with|that has|which has)\b[^.\n]*\bcolumns?\b/,
    say: (quote) => `It describes a table: "${quote}".`,
  },
  {
    strong: false,
    pattern: /\bWrite an? (?:SQL |MySQL )?query\b[^.\n]*/i,
    say: (quote) => `It asks for a query: "${quote}".`,
  },
  {
    strong: false,
    pattern:
      /\bReturn the result table\b[^.\n]*|\bThe (?:result|query result) format is in the following example/i,
    say: (quote) => `It asks for a result table: "${quote}".`,
  },
  {
    strong: false,
    pattern: /^Query (?:the|all|a|an|every|each|how|a list)\b[^.\n]*/m,
    say: (quote) => `It asks for a query: "${quote}".`,
  },
  {
    strong: false,
    pattern: /\breturn None in Pandas\b|\bpandas\b|\bDataFrame\b/i,
    say: (quote) => `It mentions pandas: "${quote}".`,
  },
  {
    strong: false,
    pattern: /^\s*(?:Table|DataFrame):?\s*`?\w+`?:?\s*$/im,
    say: (quote) => `It names a table: "${quote.trim()}".`,
  },
];

const shorten = (quote: string) => (quote.length > 90 ? `${quote.slice(0, 87).trimEnd()}…` : quote);

/** Why the page reads as a database problem, each reason quoting it; empty when it does not. */
export function databaseEvidence(context: Pick<ProblemContext, 'statement' | 'tags' | 'site'>): string[] {
  const text = context.statement;
  const tag = context.tags.find((t) => DATABASE_TAGS.test(t.trim()));
  const found = SIGNALS.flatMap((signal) => {
    const match = signal.pattern.exec(text);
    return match
      ? [{ strong: signal.strong, reason: signal.say(shorten(match[0].replace(/[`*]/g, '').trim())) }]
      : [];
  });
  const reasons = [...(tag ? [`The site files it under "${tag}".`] : []), ...found.map((f) => f.reason)];
  const sure = Boolean(tag) || found.some((f) => f.strong) || found.length >= 2;
  return sure ? reasons : [];
}
