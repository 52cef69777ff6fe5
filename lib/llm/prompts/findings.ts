import {
  LONG,
  MAX_NOTES,
  type OfflineJobAnalysis,
  type OfflineProblemAnalysis,
  type ProblemFindings,
  type PromptAnalysis,
  SHORT,
} from './analysis';

/*
 * The panel's side of the findings: the coach's result cut to what the prompts read, within the
 * bounds the background accepts. Kept apart from the schema so the service worker does not carry it.
 */

/** What the panel's coach result looks like, as far as the prompts care (its full types fit). */
export type CoachFindings =
  | { kind: 'problem'; analysis: OfflineProblemAnalysis }
  | { kind: 'job'; analysis: OfflineJobAnalysis };

const clip = (value: string, max = SHORT) => value.slice(0, max);
const unit = (value: number) => Math.min(Math.max(value, 0), 1);

function problemFindings(analysis: OfflineProblemAnalysis): ProblemFindings {
  const { library, patterns, techniqueSure, techniqueDoubt, complexityTarget, complexityReason } = analysis;
  const { complexityLimit, complexityLimitReason, edgeCases, hints, keyInsight, pitfalls, followUps } =
    analysis;
  const { query } = analysis;
  const notes = (items: readonly string[]) => items.slice(0, MAX_NOTES).map((item) => clip(item, LONG));
  return {
    ...(library === undefined ? {} : { library: library && { title: clip(library.title) } }),
    patterns: patterns.slice(0, 20).map(({ id, confidence, besideNotes }) => ({
      id: clip(id),
      ...(confidence === undefined ? {} : { confidence: unit(confidence) }),
      ...(besideNotes ? { besideNotes } : {}),
    })),
    ...(techniqueSure === undefined ? {} : { techniqueSure }),
    ...(techniqueDoubt ? { techniqueDoubt: clip(techniqueDoubt, LONG) } : {}),
    complexityTarget: clip(complexityTarget),
    ...(complexityReason ? { complexityReason: clip(complexityReason, LONG) } : {}),
    ...(complexityLimit ? { complexityLimit: clip(complexityLimit) } : {}),
    ...(complexityLimitReason ? { complexityLimitReason: clip(complexityLimitReason, LONG) } : {}),
    edgeCases: edgeCases.slice(0, 30).map((edge) => clip(edge, LONG)),
    ...(hints
      ? {
          hints: hints
            .filter(({ level }) => level === 1 || level === 2 || level === 3)
            .slice(0, 3)
            .map(({ level, text }) => ({ level, text: clip(text, LONG) })),
        }
      : {}),
    ...(keyInsight === undefined ? {} : { keyInsight: keyInsight && clip(keyInsight, LONG) }),
    ...(pitfalls ? { pitfalls: notes(pitfalls) } : {}),
    ...(followUps ? { followUps: notes(followUps) } : {}),
    ...(query
      ? {
          query: {
            dialect: query.dialect,
            tables: query.tables.slice(0, 12).map((table) => ({
              name: clip(table.name),
              columns: table.columns
                .slice(0, 40)
                .map((column) => ({ name: clip(column.name), type: column.type && clip(column.type) })),
              primaryKey: table.primaryKey && clip(table.primaryKey),
            })),
            result: clip(query.result, LONG),
            ideas: query.ideas.slice(0, 8).map((idea) => ({ name: clip(idea.name) })),
          },
        }
      : {}),
  };
}

/** Only the fields the prompts read, clipped to the bounds the background accepts. */
export function promptAnalysis(result: CoachFindings): PromptAnalysis {
  if (result.kind === 'problem') return { kind: 'problem', analysis: problemFindings(result.analysis) };
  const { seniority, skills, topics, rounds } = result.analysis;
  return {
    kind: 'job',
    analysis: {
      ...(seniority ? { seniority: clip(seniority) } : {}),
      ...(skills ? { skills: skills.slice(0, 60).map((skill) => clip(skill)) } : {}),
      ...(topics ? { topics: topics.slice(0, 40).map((topic) => clip(topic)) } : {}),
      ...(rounds
        ? {
            rounds: rounds.slice(0, 12).map(({ kind, title, weight }) => ({
              kind: clip(kind),
              title: clip(title),
              ...(weight === undefined ? {} : { weight: unit(weight) }),
            })),
          }
        : {}),
    },
  };
}
