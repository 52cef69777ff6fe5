import { describe, expect, it } from 'vitest';
import { analyzeJob, type DesignCaseIndexItem, type PlanEntry } from '@/lib/coach/job';
import { addDays, isoDay } from '@/lib/coach/job/dates';
import { techniqueName } from '@/lib/coach/job/knowledge/plan-tasks';
import { TECHNIQUE_IDS } from '@/lib/coach/problem/types';
import { MONDAY, posting } from './posting';

const SENIOR_BACKEND = posting({
  title: 'Senior Backend Engineer',
  description: 'You will build payments services in Go on PostgreSQL and Kafka, and own them end to end.',
});
const CASES: DesignCaseIndexItem[] = [
  {
    id: 'ledger',
    title: 'A payments ledger',
    track: 'backend',
    domains: ['payments'],
    stack: ['Kafka'],
    levels: ['senior'],
    dives: [{ topic: 'Exactly-once postings', stack: ['Kafka'] }],
  },
];
const planIn = (days: number | undefined, context = SENIOR_BACKEND) =>
  analyzeJob(context, {
    today: MONDAY,
    designCases: CASES,
    ...(days === undefined ? {} : { interviewDate: addDays(MONDAY, days) }),
  }).plan;
const prep = (plan: readonly PlanEntry[]) =>
  plan.filter((entry) => !entry.phases.includes('interview') && !entry.phases.includes('review'));
const spanOf = (entry: PlanEntry) =>
  entry.endDate ? (new Date(entry.endDate).getTime() - new Date(entry.date).getTime()) / 86_400_000 + 1 : 1;
const tasks = (plan: readonly PlanEntry[]) => plan.flatMap((entry) => entry.tasks).join('\n');

function expectWellFormed(plan: readonly PlanEntry[], days: number) {
  expect(plan.at(-1)?.phases).toEqual(['interview']);
  expect(plan.at(-1)?.date).toBe(isoDay(addDays(MONDAY, days)));
  let next = isoDay(MONDAY);
  for (const entry of plan) {
    expect(entry.date, entry.title).toBe(next);
    expect(entry.tasks.length, entry.title).toBeGreaterThan(0);
    expect(entry.hours, entry.title).toBeGreaterThanOrEqual(0);
    next = isoDay(addDays(new Date(`${entry.endDate ?? entry.date}T00:00:00`), 1));
  }
}

describe('prep plan', () => {
  it('defaults to six weeks, week by week with the hours each asks, mocks at the end, a light day before', () => {
    const plan = planIn(undefined);
    expectWellFormed(plan, 42);
    expect(
      prep(plan)
        .slice(0, -1)
        .every((entry) => spanOf(entry) <= 7 && entry.title.startsWith('Week')),
    ).toBe(true);
    expect(prep(plan).at(-1)?.phases).toEqual(['mocks']);
    expect(plan.at(-2)?.phases).toEqual(['review']);
    for (const entry of prep(plan)) expect(entry.hours).toBeGreaterThanOrEqual(spanOf(entry) >= 5 ? 6 : 1);
  });

  it.each([1, 2, 3, 5, 7, 10, 11, 14, 21, 30, 60])(
    'covers every day up to an interview in %i days',
    (days) => {
      expectWellFormed(planIn(days), days);
    },
  );

  it('names the design cases, their stack deep dives and problem sets by technique', () => {
    const text = tasks(planIn(42));
    expect(text).toMatch(/Design case “A payments ledger”/);
    expect(text).toMatch(/Exactly-once postings \(Kafka\)/);
    expect(text).toMatch(/timed problems in Go on hash maps/);
    expect(text).toMatch(/Draft a STAR story for ownership/);
  });

  it('draws its problem sets from the problem coach’s techniques', () => {
    const named = new Set(TECHNIQUE_IDS.map(techniqueName));
    const sets = [...tasks(planIn(42)).matchAll(/timed problems in Go on ([^;\n]+)/g)].map(
      (match) => match[1],
    );
    expect(sets.length).toBeGreaterThanOrEqual(4);
    for (const set of sets) {
      for (const name of set?.split(/, | and (?!sweeps)/) ?? []) {
        expect(named.has(name), name).toBe(true);
      }
    }
  });

  it('with days left, puts the heaviest rounds first: a manager starts on people, not problems', () => {
    const manager = planIn(
      3,
      posting({ title: 'Engineering Manager', description: 'Lead a team of eight.' }),
    );
    expect(manager[0]?.phases[0]).toBe('people-management');
    expect(manager.some((entry) => entry.phases.includes('coding'))).toBe(false);
    const junior = planIn(3, posting({ title: 'Junior Developer', description: 'Python.' }));
    expect(junior[0]?.phases[0]).toBe('coding');
  });

  it('squeezes everything into one day when the interview is tomorrow', () => {
    const plan = planIn(1);
    expect(plan).toHaveLength(2);
    expect(plan[0]?.phases.length).toBeGreaterThanOrEqual(3);
    expect(plan[0]?.tasks.length).toBeLessThanOrEqual(6);
  });

  it('keeps a light day before the interview from three days out, and plans day by day up to ten days', () => {
    expect(planIn(2).some((entry) => entry.phases.includes('review'))).toBe(false);
    expect(planIn(3).at(-2)?.phases).toEqual(['review']);
    expect(prep(planIn(10)).every((entry) => entry.endDate === undefined)).toBe(true);
  });

  it('gives only interview-day advice when the date is today or past', () => {
    expect(planIn(0).map((entry) => entry.phases)).toEqual([['interview']]);
    expect(planIn(-3)).toEqual([expect.objectContaining({ date: isoDay(MONDAY), phases: ['interview'] })]);
  });

  it('is shaped by the rounds: practice for the take-home and debugging the posting describes, no design for a junior', () => {
    const stated = planIn(
      21,
      posting({
        title: 'Software Engineer, New Grad',
        description:
          'Our interview process:\n- A take-home exercise\n- A 60-minute debugging interview\n- A chat with the team',
      }),
    );
    const phases = new Set(stated.flatMap((entry) => entry.phases));
    expect(phases.has('take-home')).toBe(true);
    expect(phases.has('debugging')).toBe(true);
    expect(phases.has('system-design')).toBe(false);
    expect(tasks(stated)).toMatch(/README/);
  });

  it('spends more hours on design than on coding for a staff role, and the reverse for a junior', () => {
    const hoursOn = (plan: readonly PlanEntry[], phase: string) =>
      prep(plan)
        .flatMap((entry) => entry.tasks)
        .filter((task) => task.startsWith(phase))
        .reduce((sum, task) => sum + Number(/, (\d+) h:/.exec(task)?.[1] ?? 0), 0);
    const staff = planIn(42, posting({ title: 'Staff Engineer', description: 'Go and Kafka.' }));
    expect(hoursOn(staff, 'System design')).toBeGreaterThan(hoursOn(staff, 'Coding'));
    const junior = planIn(42, posting({ title: 'Junior Engineer', description: 'Go and Kafka.' }));
    expect(hoursOn(junior, 'Coding')).toBeGreaterThan(hoursOn(junior, 'System design'));
  });

  it('never repeats a task from one week to the next, and keeps every round warm each week', () => {
    const weeks = prep(planIn(42)).filter((entry) => entry.title.startsWith('Week'));
    const seen = new Set<string>();
    for (const week of weeks) {
      expect(new Set(week.phases)).toEqual(new Set(weeks[0]?.phases));
      for (const task of week.tasks.map((line) => line.replace(/^[^:]+, \d+ h: /, ''))) {
        if (/^(Redo|Repeat|Tell two)/.test(task)) continue;
        expect(seen.has(task), task).toBe(false);
        seen.add(task);
      }
    }
  });

  it('plans a role outside engineering without problems, design or coding warm-ups', () => {
    const plan = planIn(
      21,
      posting({
        title: 'Account Executive',
        description:
          'Our process:\n- A 45-minute presentation of a demo\n- A conversation with the VP of Sales',
      }),
    );
    const text = tasks(plan);
    expect(text).not.toMatch(/timed problems|problem you|design case|complexity/i);
    expect(text).toMatch(/Rehearse to time/);
    expect(plan.at(-1)?.tasks).toContain('Run your presentation once, to time, in the morning');
  });

  it('drills each track’s own craft: SQL for an analyst, a broken Linux box for an SRE', () => {
    const analyst = tasks(
      planIn(42, posting({ title: 'Data Scientist, Growth', description: 'A/B tests and SQL.' })),
    );
    expect(analyst).toMatch(/SQL questions/);
    expect(analyst).not.toMatch(/timed problems/);
    const sre = tasks(
      planIn(42, posting({ title: 'Site Reliability Engineer', description: 'Kubernetes on AWS.' })),
    );
    expect(sre).toMatch(/Break a Linux VM/);
    expect(sre).toMatch(/timed problems/);
  });

  it('fits a day’s tasks in its two hours: one problem set, or two other tasks', () => {
    for (const entry of prep(planIn(8))) {
      const sets = entry.tasks.filter((task) => /timed problems/.test(task)).length;
      expect(sets, entry.title).toBeLessThanOrEqual(1);
      if (entry.phases.length === 1) expect(entry.tasks.length, entry.title).toBeLessThanOrEqual(4);
    }
  });
});
