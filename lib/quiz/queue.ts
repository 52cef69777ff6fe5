import { easierFirst } from './first-questions';
import type { QuizPrefs } from './prefs';
import type { Progress } from './progress';
import { dayKey } from './progress';
import { shardOf } from './shards';
import { skillTags, type TargetRole, topicWeights } from './target-role';
import { type Question, TOPICS, type Topic } from './topics';

/*
 * What to ask next. Pure and free of ts-fsrs, so the popup can pick its first question before the
 * scheduler's code has loaded: ordering needs only the stored due dates.
 */

export interface QueueInput {
  /** The questions loaded so far (topics load lazily; the queue works on whatever is here). */
  bank: readonly Question[];
  progress: Progress;
  prefs: QuizPrefs;
  role: TargetRole | null;
  now: Date;
}

export interface Pick {
  question: Question;
  /** `due`: a review the scheduler asked for; `new`: never seen before. */
  reason: 'due' | 'new';
}

/** Ties broken by code units: the first localeCompare builds an ICU collator (10 ms in Node here). */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The ids and cards of seen questions due now in the chosen topics, most overdue first. */
function dueCards({ progress, prefs, now }: QueueInput) {
  return Object.entries(progress.cards)
    .filter(([, card]) => card.due <= now.getTime() && prefs.topics.includes(card.topic))
    .sort(([idA, a], [idB, b]) => a.due - b.due || byCodeUnits(idA, idB));
}

/** Seen questions due now, most overdue first. */
export function dueQuestions(input: QueueInput): Question[] {
  const byId = new Map(input.bank.map((question) => [question.id, question]));
  return dueCards(input).flatMap(([id]) => byId.get(id) ?? []);
}

/** How many unseen questions may still be introduced today. */
export function newLeftToday(progress: Progress, prefs: QuizPrefs, now: Date): number {
  return Math.max(0, prefs.newPerDay - (progress.days[dayKey(now)]?.new ?? 0));
}

/** Multiplier on a question's share when its tags name one of the target role's skills. */
const SKILL_BOOST = 2;

/**
 * Unseen questions in the order to introduce them: topics interleave in proportion to their
 * weight (weighted fair queueing), and within a topic questions on the role's skills come first,
 * then easier before harder, then bank order.
 */
export function newQuestions(input: QueueInput): Question[] {
  return rankedNew(input).map(({ question }) => question);
}

/** Unseen questions with their interleaving keys, lowest (soonest) first. */
function rankedNew({ bank, progress, prefs, role }: QueueInput): { question: Question; key: number }[] {
  const weights = topicWeights(role);
  const skills = skillTags(role);
  const matches = (question: Question) => question.tags.some((tag) => skills.has(tag));
  const ranked: { question: Question; key: number }[] = [];
  const seen = seenPerTopic(progress);
  for (const topic of prefs.topics) {
    const unseen = bank
      .filter((question) => question.topic === topic && !(question.id in progress.cards))
      .map((question, index) => ({ question, index, matches: matches(question) }))
      .sort((a, b) => Number(b.matches) - Number(a.matches) || easierFirst(a, b));
    unseen.forEach(({ question, matches }, rank) => {
      // Counting the topic's seen questions keeps coverage balanced across sessions, not just within one.
      const position = (seen.get(topic) ?? 0) + rank + 1;
      ranked.push({ question, key: position / (weights[topic] * (matches ? SKILL_BOOST : 1)) });
    });
  }
  return ranked.sort(
    (a, b) => a.key - b.key || TOPICS.indexOf(a.question.topic) - TOPICS.indexOf(b.question.topic),
  );
}

function seenPerTopic(progress: Progress): Map<Topic, number> {
  const seen = new Map<Topic, number>();
  for (const card of Object.values(progress.cards)) seen.set(card.topic, (seen.get(card.topic) ?? 0) + 1);
  return seen;
}

/** The next question: a due review first, else a new one while today's limit allows, else none. */
export function nextQuestion(input: QueueInput, skipId?: string): Pick | null {
  const due = dueQuestions(input).find((question) => question.id !== skipId);
  if (due) return { question: due, reason: 'due' };
  if (newLeftToday(input.progress, input.prefs, input.now) === 0) return null;
  const fresh = newQuestions(input).find((question) => question.id !== skipId);
  return fresh ? { question: fresh, reason: 'new' } : null;
}

/**
 * A part of a topic's bank: its first questions (first-questions.ts), one shard (shards.ts), or
 * all of it.
 */
export type BankPart = 'first' | 'all' | { shard: number };

/** The loaded parts of each topic's bank, each named by `partKey`. */
export type LoadedParts = ReadonlyMap<Topic, ReadonlySet<string>>;

/** A part's name, the same for equal parts: `first`, `all`, `shard-3`. */
export function partKey(part: BankPart): string {
  return typeof part === 'string' ? part : `shard-${part.shard}`;
}

/**
 * The one bank part that must be loaded before the next question can be picked right, or null
 * when what is loaded is enough. Call it until it says null: a part is fetched only when the next
 * question may come from it, so opening the popup loads one topic's first questions, or the shard
 * of the most overdue review, not six banks.
 *
 * `bank` holds, for each topic in `loaded`, its first questions in bank order (if loaded), then
 * the questions of its loaded shards that have been seen (`withPart`), then the topic's generated
 * questions (marked `generated`); or, once `all` is loaded, the whole bank then the generated.
 */
export function nextBankToLoad(
  input: QueueInput,
  loaded: LoadedParts,
  skipId?: string,
): { topic: Topic; part: BankPart } | null {
  const ids = new Set(input.bank.map((question) => question.id));
  const has = (topic: Topic, part: BankPart) => loaded.get(topic)?.has(partKey(part)) === true;
  // Due reviews come first, most overdue first: the first one either is loaded, or needs its shard.
  // A card whose question is in no loaded part any more (the bank changed) is passed over.
  for (const [id, card] of dueCards(input)) {
    if (id === skipId) continue;
    if (ids.has(id)) return null;
    const shard = { shard: shardOf(id) };
    if (!has(card.topic, 'all') && !has(card.topic, shard)) return { topic: card.topic, part: shard };
  }
  if (newLeftToday(input.progress, input.prefs, input.now) === 0) return null;
  const skills = skillTags(input.role).size > 0;
  // A topic's first questions decide its next new question while one of them is unseen (the rest
  // of the bank comes after them), unless a role's skills may lift a question from the rest.
  const decided = new Set<Topic>();
  for (const topic of loaded.keys()) {
    const unseenFirst = (question: Question) =>
      question.topic === topic &&
      !question.generated &&
      question.id !== skipId &&
      !(question.id in input.progress.cards);
    if (has(topic, 'all') || (!skills && has(topic, 'first') && input.bank.some(unseenFirst)))
      decided.add(topic);
  }
  // A topic not decided yet could still hold the next new question if the best key its first
  // unseen question could have (with the skill boost, if the role has skills) comes first.
  const best = rankedNew(input).find(({ question }) => question.id !== skipId && decided.has(question.topic));
  const order = (topic: Topic) => TOPICS.indexOf(topic);
  const weights = topicWeights(input.role);
  const boost = skills ? SKILL_BOOST : 1;
  const seen = seenPerTopic(input.progress);
  let next: { topic: Topic; bound: number } | null = null;
  for (const topic of input.prefs.topics) {
    if (decided.has(topic)) continue;
    const bound = ((seen.get(topic) ?? 0) + 1) / (weights[topic] * boost);
    const beatsBest =
      !best || bound < best.key || (bound === best.key && order(topic) < order(best.question.topic));
    const beatsNext =
      !next || bound < next.bound || (bound === next.bound && order(topic) < order(next.topic));
    if (beatsBest && beatsNext) next = { topic, bound };
  }
  if (!next) return null;
  // With skills the first questions decide nothing; once they are used up, the rest is needed.
  return { topic: next.topic, part: skills || has(next.topic, 'first') ? 'all' : 'first' };
}
