import { namedTechnique } from '../problem/library/spoilers';
import { IDEA_RULES, type IdeaRule } from './ideas';
import { PANDAS_EMPTY_TABLE, PANDAS_NAMES, PANDAS_QUESTIONS, PANDAS_TRAPS } from './pandas';
import { spoken } from './tables';
import { EMPTY_TABLE, JOIN_TRAPS, TRAPS } from './traps';
import type { QueryDialect, QueryIdea, QueryTable } from './types';
import { fill, type QueryWords } from './wording';

/*
 * From the ideas a result asks for to the coaching: the ideas with their quoted reasons, the traps
 * to test, a three-rung ladder in the page's own nouns and the questions an interviewer asks about
 * a query in place of a big-O figure.
 */

const MAX_IDEAS = 4;
const MAX_TRAPS = 5;
const MAX_QUESTIONS = 3;

/** When the ask names none of the ideas, what is left is a filter. */
const FILTER: IdeaRule = {
  id: 'filter',
  name: 'Filter rows: WHERE with the conditions the page states',
  asks: /[^.]*/,
  nudge: 'Which rows of {main} belong in the answer, and what exactly does each have to satisfy?',
  approach:
    'Keep the rows of {main} that meet every condition the page states and select the columns the result asks for.',
  step: 'keep the rows of {main} that meet every condition',
  traps: ['case-text'],
  question:
    'Which index would let the database find the qualifying rows of {main} without reading the whole table?',
};

const quote = (text: string) => {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  return trimmed.length > 80 ? `${trimmed.slice(0, 77).trimEnd()}…` : trimmed;
};

/** The whole sentence a match sits in when it is short enough to quote, else the match itself. */
function sentenceAround(ask: string, match: RegExpExecArray): string {
  const start = Math.max(ask.lastIndexOf('.', match.index), ask.lastIndexOf('\n', match.index)) + 1;
  const stops = ['.', '\n']
    .map((stop) => ask.indexOf(stop, match.index + match[0].length))
    .filter((i) => i >= 0);
  const sentence = ask.slice(start, stops.length ? Math.min(...stops) : ask.length);
  const quoted = sentence.length <= 100 ? sentence : (match[0].split(/[,;]/)[0] ?? match[0]);
  return quoted.replace(/^[\s:;,)]+|[\s:;,(]+$/g, '');
}

/** The rules the ask calls for, in the table's order, the ones another makes redundant left out. */
export function matchIdeas(
  ask: string,
  tables: readonly QueryTable[],
  output = '',
  dialect: QueryDialect = 'sql',
): { rule: IdeaRule; idea: QueryIdea }[] {
  const named = (rule: IdeaRule) => (dialect === 'pandas' ? (PANDAS_NAMES[rule.id] ?? rule.name) : rule.name);
  const dated = tables.some((t) =>
    t.columns.some((c) => /^(?:date|datetime|timestamp)$/i.test(c.type ?? '')),
  );
  const found = IDEA_RULES.flatMap((rule) => {
    if (rule.needs === 'two-tables' && tables.length < 2) return [];
    if (rule.needs === 'date-column' && !dated) return [];
    const match = ([] as RegExp[])
      .concat(rule.asks)
      .map((pattern) => pattern.exec(ask))
      .find((found) => found !== null);
    if (!match && rule.shownBy?.output.test(output))
      return [{ rule, idea: { id: rule.id, name: named(rule), reason: rule.shownBy.reason } }];
    return match
      ? [
          {
            rule,
            idea: {
              id: rule.id,
              name: named(rule),
              reason: `The page asks: "${quote(sentenceAround(ask, match))}".`,
            },
          },
        ]
      : [];
  });
  const overridden = new Set(found.flatMap((f) => f.rule.overrides ?? []));
  const kept = found.filter((f) => !overridden.has(f.rule.id)).slice(0, MAX_IDEAS);
  return kept.length
    ? kept
    : [
        {
          rule: FILTER,
          idea: {
            id: FILTER.id,
            name: named(FILTER),
            reason: 'Nothing in the ask needs more than its conditions.',
          },
        },
      ];
}

export function queryTraps(
  rules: readonly IdeaRule[],
  words: QueryWords,
  tables: number,
  dialect: QueryDialect = 'sql',
): string[] {
  const joins = tables > 1 || rules.some((rule) => rule.id === 'self-join');
  const ids = [...new Set(rules.flatMap((rule) => rule.traps))].filter((id) => joins || !JOIN_TRAPS.has(id));
  const pandas = dialect === 'pandas';
  const trap = (id: keyof typeof TRAPS) => (pandas ? (PANDAS_TRAPS[id] ?? TRAPS[id]) : TRAPS[id]);
  const empty = pandas ? PANDAS_EMPTY_TABLE : EMPTY_TABLE;
  return [...ids.map((id) => fill(trap(id), words)), fill(empty, words)].slice(0, MAX_TRAPS);
}

/** Level 1 a question naming no construct, level 2 the approach, level 3 an outline in words. */
export function queryRungs(
  rules: readonly IdeaRule[],
  words: QueryWords,
  tables: readonly QueryTable[],
  columns: readonly string[],
): [string, string, string] {
  const [lead, ...rest] = rules as [IdeaRule, ...IdeaRule[]];
  const joined = rules.some((rule) => rule.needs === 'two-tables' || rule.id === 'self-join');
  const steps = [
    ...(tables.length > 1 && !joined
      ? [fill('join {main} and {other} on the column that links them', words)]
      : []),
    ...rules.map((rule) => fill(rule.step, words)),
  ];
  const named = columns.map(spoken);
  const wanted =
    named.length > 1
      ? `return the columns ${named.join(', ')}`
      : named.length
        ? `return one column, ${named[0]}`
        : 'return the columns the result asks for';
  const outline = `In words: ${[...steps, wanted].map((step, i) => `${i + 1}. ${step}`).join('; ')}.`;
  const also = rest
    .slice(0, 2)
    .map((rule) => ` Then ${fill(rule.step, words)}.`)
    .join('');
  // A table called Queue or a column called stack would make the nudge name a structure: the first
  // wording that names none is used, down to one with no page noun at all.
  const generic = {
    main: 'the table',
    other: 'the other table',
    measure: 'value',
    group: 'group',
    groups: 'groups',
  };
  const nudge =
    [words, { ...words, main: generic.main, other: generic.other }, generic]
      .map((choice) => fill(lead.nudge, choice))
      .find((text) => !namedTechnique(text)) ?? fill(lead.nudge, generic);
  return [nudge, `${fill(lead.approach, words)}${also}`, outline];
}

export function queryQuestions(
  rules: readonly IdeaRule[],
  words: QueryWords,
  dialect: QueryDialect = 'sql',
): string[] {
  // The ideas' questions are about a query's plan and its indexes, which pandas code has none of.
  if (dialect === 'pandas') return PANDAS_QUESTIONS.map((question) => fill(question, words));
  const growth = fill(
    'As {main} grows to hundreds of millions of rows, which step of your query grows fastest, and what would you index or precompute?',
    words,
  );
  return [...new Set([...rules.map((rule) => fill(rule.question, words)), growth])].slice(0, MAX_QUESTIONS);
}
