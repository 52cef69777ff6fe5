import { describe, expect, it } from 'vitest';
import { analyzeJob } from '@/lib/coach/job';
import { posting } from './posting';

const promptsFor = (title: string, description: string) =>
  analyzeJob(posting({ title, description })).behavioralPrompts;

describe('behavioural prompts', () => {
  it('maps the competencies the posting asks for, quoting its words', () => {
    const prompts = promptsFor(
      'Senior Engineer',
      'You will mentor junior engineers, work cross-functionally with design, and thrive in ambiguity.',
    );
    const asked = prompts.filter((prompt) => prompt.evidence);
    expect(asked.map((prompt) => prompt.competency)).toEqual(
      expect.arrayContaining(['mentoring', 'cross-team', 'ambiguity']),
    );
    expect(asked.find((prompt) => prompt.competency === 'mentoring')?.evidence).toBe(
      'You will mentor junior engineers',
    );
    expect(asked.find((prompt) => prompt.competency === 'ambiguity')?.evidence).toBe(
      'and thrive in ambiguity',
    );
  });

  it('quotes a bullet without its marker, and a long clause only around the cue', () => {
    const [ownership] = promptsFor('Engineer', '- Own the ledger service end to end, from schema to on-call');
    expect(ownership?.evidence).toBe('Own the ledger service end to end');
    const long = `${'steady work '.repeat(20)}and mentor others ${'with care '.repeat(20)}`;
    const evidence = promptsFor('Engineer', long).find(
      (prompt) => prompt.competency === 'mentoring',
    )?.evidence;
    expect(evidence).toMatch(/^….*mentor others.*…$/);
    expect(evidence?.length).toBeLessThanOrEqual(122);
  });

  it('tops up with the competencies every loop probes when the posting names none', () => {
    const prompts = promptsFor('Software Engineer', 'Python.');
    expect(prompts.length).toBeGreaterThanOrEqual(5);
    expect(prompts.map((prompt) => prompt.competency)).toEqual(
      expect.arrayContaining(['impact', 'failure', 'conflict']),
    );
    expect(prompts.every((prompt) => prompt.evidence === undefined)).toBe(true);
  });

  it('never repeats a prompt, even when every competency is asked for', () => {
    const prompts = promptsFor(
      'Engineering Manager',
      'Ownership, ambiguity, mentoring, cross-functional collaboration, disagreement, impact and learning from failure. Mentor, mentor, own end-to-end.',
    );
    expect(new Set(prompts.map((prompt) => prompt.id)).size).toBe(prompts.length);
    expect(new Set(prompts.map((prompt) => prompt.question)).size).toBe(prompts.length);
    expect(prompts.length).toBeLessThanOrEqual(8);
  });

  it('gives managers people-leadership prompts and juniors none of the senior ones', () => {
    const manager = promptsFor(
      'Engineering Manager',
      'Mentoring and coaching your direct reports; resolve conflict.',
    );
    expect(manager.some((prompt) => prompt.id === 'mentoring-underperformer')).toBe(true);
    const junior = promptsFor('Junior Developer', 'We mentor you; you own small features end to end.');
    expect(
      junior.some((prompt) =>
        ['mentoring-raise-bar', 'ownership-long-project', 'mentoring-underperformer'].includes(prompt.id),
      ),
    ).toBe(false);
  });

  it('gives each prompt situation, task, action and result guidance', () => {
    for (const prompt of promptsFor('Staff Engineer', 'Influence across teams.')) {
      expect(prompt.question).toMatch(/\?|\.$/);
      expect(
        [prompt.situation, prompt.task, prompt.action, prompt.result].every((part) => part.length > 0),
      ).toBe(true);
    }
  });
});
