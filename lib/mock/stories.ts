import { createEmptyCard, fsrs, generatorParameters } from 'ts-fsrs';
import { COMPETENCIES, COMPETENCY_LABELS, type Competency } from '../coach/job/knowledge/competencies';
import { STAR_PROMPTS, type StarPrompt } from '../coach/job/knowledge/prompts';
import type { BehavioralPrompt } from '../coach/job/types';
import { type CardFields, cardFields, toCard } from '../quiz/scheduler';
import type { StoryBrief } from './brief';
import { MAX_STAR_PART, MAX_STORY_TITLE, STAR_PARTS, type StarPart } from './names';
import { STORY_CUES } from './story-cues';

/*
 * The story bank: the user's own STAR stories, each tagged with the competencies it shows (the job
 * coach's vocabulary), matched to a posting's behavioural prompts, and brought back for rehearsal
 * on an FSRS schedule in whole days, as problems are: telling a story again ten minutes later
 * proves nothing.
 */

export { MAX_STAR_PART, MAX_STORY_TITLE, STAR_PARTS, type StarPart } from './names';

export const STAR_LABELS: Record<StarPart, string> = {
  situation: 'Situation',
  task: 'Task',
  action: 'Action',
  result: 'Result',
};

export interface StoryFields {
  title: string;
  situation: string;
  task: string;
  action: string;
  result: string;
  competencies: Competency[];
}

export interface Story extends StoryFields {
  id: string;
  createdAt: number;
  updatedAt: number;
  /** The rehearsal schedule; null until first rehearsed (a new story is due at once). */
  review: CardFields | null;
}

export const MAX_STORIES = 200;

function storyFields(fields: StoryFields): StoryFields {
  const text = (value: string, max: number) => value.trim().slice(0, max);
  return {
    title: text(fields.title, MAX_STORY_TITLE),
    situation: text(fields.situation, MAX_STAR_PART),
    task: text(fields.task, MAX_STAR_PART),
    action: text(fields.action, MAX_STAR_PART),
    result: text(fields.result, MAX_STAR_PART),
    competencies: COMPETENCIES.filter((competency) => fields.competencies.includes(competency)),
  };
}

export function newStory(fields: StoryFields, now: number): Story {
  return { ...storyFields(fields), id: `s${now.toString(36)}`, createdAt: now, updatedAt: now, review: null };
}

export function editStory(story: Story, fields: StoryFields, now: number): Story {
  return { ...story, ...storyFields(fields), updatedAt: now };
}

/** A story as its feedback request carries it: its parts as written, its competencies by name. */
export function storyBrief(story: StoryFields): StoryBrief {
  const { title, situation, task, action, result } = story;
  const competencies = story.competencies.map((competency) => COMPETENCY_LABELS[competency]);
  return { kind: 'story', story: { title, competencies, situation, task, action, result } };
}

function storyText(story: StoryFields): string {
  return [story.title, ...STAR_PARTS.map((part) => story[part])].join('\n');
}

/** Competencies the story's own words show, in the vocabulary's order: suggestions for its tags. */
export function suggestCompetencies(story: StoryFields): Competency[] {
  const text = storyText(story);
  return COMPETENCIES.filter((competency) => STORY_CUES[competency].test(text));
}

/* ---------------------------------------------------------------------------------------------- */

const STOP_WORDS = new Set(
  'a an and are as at be but by did do for from had has have how i in is it its me my of on or our so that the their them they this time to us was we were what when where which who why will with you your tell describe about'.split(
    ' ',
  ),
);

function contentWords(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((word) => word.length > 2 && !STOP_WORDS.has(word))
      // A crude stem: "disagreed" and "disagreements" share their first six letters.
      .map((word) => word.slice(0, 6)),
  );
}

function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return shared;
}

export interface PromptMatch {
  prompt: BehavioralPrompt;
  /** Stories tagged with the prompt's competency, the closest in words first. */
  stories: Story[];
}

/**
 * Each behavioural prompt with the stories that answer it: a story answers a prompt when the user
 * tagged it with the prompt's competency; among those, the one sharing the most words with the
 * question (and, at half weight, the posting's words behind it) comes first, then the one edited
 * most recently.
 */
export function matchStories(prompts: readonly BehavioralPrompt[], stories: readonly Story[]): PromptMatch[] {
  const words = new Map(stories.map((story) => [story.id, contentWords(storyText(story))]));
  return prompts.map((prompt) => {
    const question = contentWords(prompt.question);
    const evidence = contentWords(prompt.evidence ?? '');
    // The question says what is asked; the posting's sentence behind it, often about several things, counts half.
    const score = (story: Story) => {
      const told = words.get(story.id) ?? new Set<string>();
      return 2 * overlap(question, told) + overlap(evidence, told);
    };
    const tagged = stories.filter((story) => story.competencies.includes(prompt.competency));
    const ranked = [...tagged].sort(
      (a, b) => score(b) - score(a) || b.updatedAt - a.updatedAt || a.id.localeCompare(b.id),
    );
    return { prompt, stories: ranked };
  });
}

export interface StoryGap {
  competency: Competency;
  label: string;
  /** "Nothing yet for conflict and influence." */
  message: string;
}

/** The competencies the prompts ask about that no story covers yet, in the prompts' order. */
export function storyGaps(prompts: readonly BehavioralPrompt[], stories: readonly Story[]): StoryGap[] {
  const covered = new Set(stories.flatMap((story) => story.competencies));
  const gaps: StoryGap[] = [];
  for (const prompt of prompts) {
    if (covered.has(prompt.competency) || gaps.some((gap) => gap.competency === prompt.competency)) continue;
    const label = COMPETENCY_LABELS[prompt.competency];
    gaps.push({ competency: prompt.competency, label, message: `Nothing yet for ${label.toLowerCase()}.` });
  }
  return gaps;
}

/* ---------------------------------------------------------------------------------------------- */

const scheduler = fsrs(
  generatorParameters({ enable_short_term: false, enable_fuzz: false, maximum_interval: 180 }),
);

export type RehearsalGrade = 1 | 2 | 3 | 4;

export const REHEARSAL_GRADES: Record<RehearsalGrade, string> = {
  1: 'Lost the thread',
  2: 'Hesitant',
  3: 'Told it well',
  4: 'Cold',
};

/** Whether the story is up for rehearsal at `now`: never rehearsed, or its day has come. */
export function isDue(story: Story, now: number): boolean {
  return story.review === null || story.review.due <= now;
}

/** Stories up for rehearsal, the longest overdue first, never-rehearsed ones after those. */
export function dueStories(stories: readonly Story[], now: number): Story[] {
  return stories
    .filter((story) => isDue(story, now))
    .sort(
      (a, b) =>
        (a.review?.due ?? Number.POSITIVE_INFINITY) - (b.review?.due ?? Number.POSITIVE_INFINITY) ||
        a.createdAt - b.createdAt,
    );
}

/** The story after a rehearsal graded `grade` at `now`. */
export function rehearse(story: Story, grade: RehearsalGrade, now: number): Story {
  const from = story.review ? toCard(story.review) : createEmptyCard(new Date(now));
  return { ...story, review: cardFields(scheduler.next(from, new Date(now), grade).card) };
}

/**
 * The question a rehearsal asks: one of the STAR prompts for the story's competencies, a different
 * one each time it comes back; a story with no tags is asked to be told as it stands.
 */
export function rehearsalQuestion(story: Story): string {
  const prompts: StarPrompt[] = STAR_PROMPTS.filter((prompt) =>
    story.competencies.includes(prompt.competency),
  );
  const prompt = prompts[(story.review?.reps ?? 0) % Math.max(1, prompts.length)];
  return prompt?.question ?? `Tell me about "${story.title}": the situation, what you did, and how it ended.`;
}

/* ---------------------------------------------------------------------------------------------- */

export interface StoryNote {
  part: StarPart | 'story';
  /** 'fix' where an interviewer would stop you; 'ok' where the story holds up. */
  level: 'ok' | 'fix';
  text: string;
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;
const countOf = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length;

/**
 * The offline read of a story's structure and specificity, as an interviewer listening to it would
 * note it: every part there, the situation short, the action the longest part and told in the
 * first person, the result measured.
 */
export function reviewStory(story: StoryFields): StoryNote[] {
  const notes: StoryNote[] = [];
  for (const part of STAR_PARTS) {
    if (!story[part].trim())
      notes.push({ part, level: 'fix', text: `${STAR_LABELS[part]} is empty: the story has a hole there.` });
  }
  const words = Object.fromEntries(STAR_PARTS.map((part) => [part, wordCount(story[part])])) as Record<
    StarPart,
    number
  >;
  if (words.situation > 90)
    notes.push({
      part: 'situation',
      level: 'fix',
      text: `The situation runs ${words.situation} words: two or three sentences of context, then move on.`,
    });
  if (words.action > 0 && words.action < Math.max(words.situation, words.task))
    notes.push({
      part: 'action',
      level: 'fix',
      text: 'The action is shorter than the set-up: it is the part the interviewer scores, so give it the most time.',
    });
  const mine = countOf(story.action, /\b(I|I'm|I've|I'd|my|me)\b/g);
  const ours = countOf(story.action, /\b(we|we're|we've|our|us|the team)\b/gi);
  if (words.action > 0 && ours > mine)
    notes.push({
      part: 'action',
      level: 'fix',
      text: `The action says "we" ${ours} times and "I" ${mine}: say what you did yourself.`,
    });
  else if (words.action > 0)
    notes.push({ part: 'action', level: 'ok', text: 'The action is told in the first person.' });
  if (words.result > 0 && !/\d/.test(story.result))
    notes.push({
      part: 'result',
      level: 'fix',
      text: 'The result has no number: how much faster, how many users, how many weeks saved?',
    });
  else if (words.result > 0) notes.push({ part: 'result', level: 'ok', text: 'The result is measured.' });
  if (
    story.competencies.includes('failure') &&
    words.result > 0 &&
    !/\b(learn|lesson|since|now I|changed)\b/i.test(story.result)
  )
    notes.push({
      part: 'result',
      level: 'fix',
      text: 'A story about a failure ends on what you learned and what you do differently since.',
    });
  if (story.competencies.length === 0)
    notes.push({
      part: 'story',
      level: 'fix',
      text: 'No competency tagged: the posting prompts cannot find it.',
    });
  return notes;
}
