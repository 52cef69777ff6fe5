import { describe, expect, it } from 'vitest';
import { analyzeJob } from '@/lib/coach/job';
import { COMPETENCIES } from '@/lib/coach/job/knowledge/competencies';
import { STAR_PROMPTS } from '@/lib/coach/job/knowledge/prompts';
import {
  dueStories,
  editStory,
  isDue,
  matchStories,
  newStory,
  rehearsalQuestion,
  rehearse,
  reviewStory,
  type Story,
  type StoryFields,
  storyGaps,
  suggestCompetencies,
} from '@/lib/mock/stories';
import { posting } from '../coach/job/posting';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2025, 0, 6, 9);

const MIGRATION: StoryFields = {
  title: 'Pushed back on the rewrite',
  situation: 'Our team planned to rewrite the billing service in a new language during peak season.',
  task: 'I had to keep billing reliable while the tech lead wanted the rewrite shipped in six weeks.',
  action:
    'I disagreed with the plan in the design review, wrote a one-page risk analysis, and proposed migrating one endpoint at a time behind a flag. I met the tech lead one to one and agreed a pilot.',
  result:
    'We migrated 12 endpoints over 10 weeks with zero billing incidents, and the pilot became the team’s template.',
  competencies: ['conflict', 'impact'],
};

const MENTOR: StoryFields = {
  title: 'Onboarding two new hires',
  situation: 'Two junior engineers joined during a reorganisation with no onboarding plan.',
  task: 'I volunteered to get them shipping on their own.',
  action: 'I paired with each of them twice a week and wrote a starter project list.',
  result: 'Both shipped a feature in their third week.',
  competencies: ['mentoring'],
};

const story = (fields: StoryFields, at = T0): Story => newStory(fields, at);

describe('a story', () => {
  it('keeps its fields trimmed and its tags in the vocabulary’s order, once each', () => {
    const saved = story({
      ...MIGRATION,
      title: '  Pushed back  ',
      competencies: ['impact', 'conflict', 'impact'],
    });
    expect(saved.title).toBe('Pushed back');
    expect(saved.competencies).toEqual(['conflict', 'impact']);
    const edited = editStory(saved, { ...MIGRATION, competencies: ['failure'] }, T0 + DAY);
    expect(edited).toMatchObject({
      id: saved.id,
      createdAt: T0,
      updatedAt: T0 + DAY,
      competencies: ['failure'],
    });
  });

  it('suggests the competencies its own words show', () => {
    expect(suggestCompetencies(MIGRATION)).toEqual(expect.arrayContaining(['conflict', 'impact']));
    expect(suggestCompetencies(MENTOR)).toEqual(expect.arrayContaining(['mentoring', 'ownership']));
    expect(
      suggestCompetencies({
        ...MENTOR,
        title: '',
        situation: '',
        task: '',
        action: 'Nothing much.',
        result: '',
      }),
    ).toEqual([]);
  });
});

describe("matching a posting's prompts to stories", () => {
  const description =
    'You will work closely with product managers and designers, mentor junior engineers, and navigate disagreements about technical direction.';
  const prompts = analyzeJob(posting({ title: 'Senior Software Engineer', description })).behavioralPrompts;

  it('finds the story tagged with each prompt’s competency, and flags what nothing covers yet', () => {
    const stories = [story(MIGRATION), story(MENTOR, T0 + 1)];
    const matches = matchStories(prompts, stories);
    const conflict = matches.find((match) => match.prompt.competency === 'conflict');
    expect(conflict?.stories.map((s) => s.title)).toEqual([MIGRATION.title]);
    const mentoring = matches.find((match) => match.prompt.competency === 'mentoring');
    expect(mentoring?.stories.map((s) => s.title)).toEqual([MENTOR.title]);
    const gaps = storyGaps(prompts, stories);
    expect(gaps.map((gap) => gap.competency)).toContain('cross-team');
    expect(gaps.map((gap) => gap.competency)).not.toContain('conflict');
    expect(gaps.find((gap) => gap.competency === 'cross-team')?.message).toBe(
      'Nothing yet for cross-team work.',
    );
  });

  it('puts the story closest in words to the question first among those tagged alike', () => {
    const unrelated = story({ ...MENTOR, title: 'Argued about lunch', competencies: ['conflict'] }, T0 + 5);
    const matches = matchStories(prompts, [unrelated, story(MIGRATION)]);
    const conflict = matches.find((match) => match.prompt.competency === 'conflict');
    expect(conflict?.stories[0]?.title).toBe(MIGRATION.title);
  });

  it('flags every competency asked when the bank is empty, each once', () => {
    const gaps = storyGaps(prompts, []);
    expect(new Set(gaps.map((gap) => gap.competency)).size).toBe(gaps.length);
    expect(gaps.length).toBe(new Set(prompts.map((prompt) => prompt.competency)).size);
  });
});

describe('rehearsal', () => {
  it('is due at once for a new story, then days later, sooner after a poor telling', () => {
    const fresh = story(MIGRATION);
    expect(isDue(fresh, T0)).toBe(true);
    const good = rehearse(fresh, 3, T0);
    const poor = rehearse(fresh, 1, T0);
    expect(isDue(good, T0 + 60_000)).toBe(false);
    expect(good.review?.due ?? 0).toBeGreaterThanOrEqual(T0 + DAY);
    expect(poor.review?.due ?? 0).toBeLessThanOrEqual(good.review?.due ?? 0);
    expect(dueStories([good, fresh], T0 + 60_000).map((s) => s.id)).toEqual([fresh.id]);
  });

  it('lists the longest overdue first and never-rehearsed stories after them', () => {
    const older = rehearse(story(MIGRATION, T0), 3, T0);
    const newer = rehearse(story(MENTOR, T0 + 1), 3, T0 + 2 * DAY);
    const fresh = story({ ...MENTOR, title: 'New' }, T0 + 2);
    const later = T0 + 400 * DAY;
    expect(dueStories([fresh, newer, older], later).map((s) => s.title)).toEqual([
      MIGRATION.title,
      MENTOR.title,
      'New',
    ]);
  });

  it('asks a STAR question of the story’s competency, a different one when it comes back', () => {
    const fresh = story(MIGRATION);
    const first = rehearsalQuestion(fresh);
    expect(STAR_PROMPTS.find((prompt) => prompt.question === first)?.competency).toBe('conflict');
    expect(rehearsalQuestion(rehearse(fresh, 3, T0))).not.toBe(first);
    expect(rehearsalQuestion(story({ ...MIGRATION, competencies: [] }))).toContain(MIGRATION.title);
  });

  it('has STAR prompts for every competency a story can carry', () => {
    for (const competency of COMPETENCIES)
      expect(STAR_PROMPTS.some((prompt) => prompt.competency === competency)).toBe(true);
  });
});

describe('the offline read of a story', () => {
  const fixes = (fields: StoryFields) =>
    reviewStory(fields)
      .filter((note) => note.level === 'fix')
      .map((note) => note.part);

  it('passes a story with a measured result told in the first person', () => {
    expect(fixes(MIGRATION)).toEqual([]);
  });

  it('flags holes, a long set-up, "we" instead of "I", and a result without a number', () => {
    expect(fixes({ ...MIGRATION, task: '' })).toEqual(['task']);
    expect(fixes({ ...MIGRATION, situation: 'context '.repeat(100) })).toEqual(['situation', 'action']);
    const weNotes = reviewStory({
      ...MIGRATION,
      action: 'We agreed a plan and we shipped it as a team, our way.',
    })
      .filter((note) => note.part === 'action' && note.level === 'fix')
      .map((note) => note.text);
    expect(weNotes).toContainEqual(expect.stringContaining('"we" 3 times and "I" 0'));
    expect(fixes({ ...MIGRATION, result: 'It went well and everyone was happy.' })).toEqual(['result']);
    expect(fixes({ ...MIGRATION, competencies: ['failure'], result: 'We lost 3 days of data.' })).toEqual([
      'result',
    ]);
    expect(fixes({ ...MIGRATION, competencies: [] })).toEqual(['story']);
  });
});
