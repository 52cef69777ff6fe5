import { describe, expect, it } from 'vitest';
import { analyzeJob } from '@/lib/coach/job';
import { posting } from './posting';

const promptsFor = (title: string, description: string) =>
  analyzeJob(posting({ title, description })).behavioralPrompts;
const evidenceOf = (prompts: ReturnType<typeof promptsFor>, competency: string) =>
  prompts.find((prompt) => prompt.competency === competency)?.evidence;

describe('behavioural prompts', () => {
  it('maps the competencies the posting asks of the candidate, quoting the whole sentence', () => {
    const prompts = promptsFor(
      'Senior Engineer',
      'You will mentor junior engineers, work cross-functionally with design, and thrive in ambiguity.',
    );
    expect(prompts.filter((prompt) => prompt.evidence).map((prompt) => prompt.competency)).toEqual(
      expect.arrayContaining(['mentoring', 'cross-team', 'ambiguity']),
    );
    expect(evidenceOf(prompts, 'mentoring')).toBe(
      'You will mentor junior engineers, work cross-functionally with design, and thrive in ambiguity.',
    );
  });

  it('quotes a bullet whole, without its marker, and a long one by the whole clause around the cue', () => {
    const [ownership] = promptsFor('Engineer', '- Own the ledger service end to end, from schema to on-call');
    expect(ownership?.evidence).toBe('Own the ledger service end to end, from schema to on-call');
    const long = `- ${'Steady work on the platform with care and patience, '.repeat(4)}and mentor others on the team; ${'more steady work '.repeat(6)}`;
    const evidence = evidenceOf(promptsFor('Engineer', long), 'mentoring');
    expect(evidence).toBe('…and mentor others on the team');
  });

  it('quotes only what the candidate will do, not what the company or its users do', () => {
    const prompts = promptsFor(
      'Account Executive',
      'Our customers are legal teams who negotiate 200-page agreements and manage conflicts of interest.\n\n- Run discovery calls and demos for new customers',
    );
    expect(prompts.some((prompt) => prompt.evidence?.includes('negotiate'))).toBe(false);
    expect(evidenceOf(prompts, 'conflict')).toBeUndefined();
  });

  it('does not ask a new grad about mentoring because the posting gives them a mentor', () => {
    for (const description of [
      'Every new grad will have a mentor for the first six months.',
      'You will join a team with a dedicated mentor and respond to code review from your mentor.',
      'Interns get a named mentor from the team. You will get written feedback after every project.',
    ]) {
      const prompts = promptsFor('Software Engineer, New Grad', description);
      expect(prompts.some((prompt) => prompt.competency === 'mentoring')).toBe(false);
      expect(prompts.some((prompt) => prompt.evidence?.includes('feedback'))).toBe(false);
    }
  });

  it('reads technical words as technical: end-to-end tests and sync conflicts are not competencies', () => {
    const prompts = promptsFor(
      'Android Engineer',
      '- Write end-to-end tests with Espresso\n- Build offline sync with conflict handling when two devices edit one record\n- Work on your own projects in Kotlin',
    );
    expect(prompts.filter((prompt) => prompt.evidence)).toEqual([]);
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
      'You bring ownership, ambiguity, mentoring, cross-functional collaboration, disagreement, impact, learning from failure, hiring and prioritisation.',
    );
    expect(new Set(prompts.map((prompt) => prompt.id)).size).toBe(prompts.length);
    expect(new Set(prompts.map((prompt) => prompt.question)).size).toBe(prompts.length);
    expect(prompts.length).toBeLessThanOrEqual(8);
  });

  it('always asks a manager about hiring, an underperformer and prioritisation', () => {
    const manager = promptsFor('Engineering Manager', 'Python and Go.');
    expect(manager.map((prompt) => prompt.id)).toEqual(
      expect.arrayContaining(['hiring-built-team', 'mentoring-underperformer', 'prioritisation-said-no']),
    );
  });

  it('asks staff engineers about setting direction across teams, and juniors nothing for seniors', () => {
    const staff = promptsFor('Staff Engineer', 'Go.');
    expect(staff.map((prompt) => prompt.competency)).toEqual(
      expect.arrayContaining(['ambiguity', 'cross-team']),
    );
    const junior = promptsFor(
      'Junior Developer',
      'You will own small features end to end and mentor interns.',
    );
    expect(
      junior.some((prompt) =>
        [
          'mentoring-raise-bar',
          'ownership-long-project',
          'mentoring-underperformer',
          'hiring-built-team',
        ].includes(prompt.id),
      ),
    ).toBe(false);
  });

  it('asks a role outside engineering nothing only an engineer could answer', () => {
    const prompts = promptsFor(
      'Technical Recruiter',
      'You will disagree with hiring managers sometimes, influence them, and own searches end to end.',
    );
    expect(
      prompts.some((prompt) =>
        /technical|production|engineering bar|other teams build/i.test(prompt.question),
      ),
    ).toBe(false);
  });

  it('gives each prompt situation, task, action and result guidance', () => {
    for (const prompt of promptsFor('Staff Engineer', 'You will influence across teams.')) {
      expect(prompt.question).toMatch(/\?|\.$/);
      expect(
        [prompt.situation, prompt.task, prompt.action, prompt.result].every((part) => part.length > 0),
      ).toBe(true);
    }
  });
});
