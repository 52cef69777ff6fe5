import { describe, expect, it } from 'vitest';
import { analyzeJob, type PlanEntry } from '@/lib/coach/job';
import { addDays, isoDay } from '@/lib/coach/job/dates';
import { MONDAY, posting } from './posting';

const SENIOR_BACKEND = posting({
  title: 'Senior Backend Engineer',
  description: 'Go, PostgreSQL and Kafka.',
});
const planIn = (days: number | undefined, context = SENIOR_BACKEND) =>
  analyzeJob(context, {
    today: MONDAY,
    ...(days === undefined ? {} : { interviewDate: addDays(MONDAY, days) }),
  }).plan;
const prep = (plan: readonly PlanEntry[]) => plan.filter((entry) => !entry.phases.includes('interview'));
const firstIndex = (plan: readonly PlanEntry[], phase: PlanEntry['phases'][number]) =>
  plan.findIndex((entry) => entry.phases.includes(phase));

function expectWellFormed(plan: readonly PlanEntry[], days: number) {
  const last = plan.at(-1);
  expect(last?.phases).toEqual(['interview']);
  expect(last?.date).toBe(isoDay(addDays(MONDAY, days)));
  expect(plan[0]?.date).toBe(isoDay(MONDAY));
  let next = isoDay(MONDAY);
  for (const entry of plan) {
    expect(entry.date, entry.title).toBe(next);
    expect(entry.tasks.length, entry.title).toBeGreaterThan(0);
    const end = entry.endDate ?? entry.date;
    expect(end >= entry.date).toBe(true);
    next = isoDay(addDays(new Date(`${end}T00:00:00`), 1));
  }
}

describe('prep plan', () => {
  it('defaults to six weeks: fundamentals, then system design, then mocks, then a light day', () => {
    const plan = planIn(undefined);
    expectWellFormed(plan, 42);
    expect(analyzeJob(SENIOR_BACKEND, { today: MONDAY }).interviewDate).toBe(isoDay(addDays(MONDAY, 42)));
    const fundamentals = firstIndex(plan, 'fundamentals');
    const design = firstIndex(plan, 'system-design');
    const mocks = firstIndex(plan, 'mocks');
    expect(fundamentals).toBe(0);
    expect(design).toBeGreaterThan(fundamentals);
    expect(mocks).toBeGreaterThan(design);
    expect(plan.at(-2)?.phases).toEqual(['review']);
  });

  it.each([2, 3, 5, 7, 10, 14, 21, 30, 60])('covers every day up to an interview in %i days', (days) => {
    expectWellFormed(planIn(days), days);
  });

  it('squeezes everything into one day when the interview is tomorrow', () => {
    const plan = planIn(1);
    expect(plan).toHaveLength(2);
    expect(plan[0]?.phases).toEqual(expect.arrayContaining(['fundamentals', 'system-design', 'mocks']));
    expect(plan[0]?.tasks.length).toBeLessThanOrEqual(6);
  });

  it('keeps a light day before the interview from three days out', () => {
    expect(planIn(2).some((entry) => entry.phases.includes('review'))).toBe(false);
    expect(planIn(3).at(-2)?.phases).toEqual(['review']);
  });

  it('plans day by day for a week and in blocks of at most a week further out', () => {
    expect(prep(planIn(7)).every((entry) => entry.endDate === undefined)).toBe(true);
    for (const entry of prep(planIn(42))) {
      const span = entry.endDate
        ? (new Date(entry.endDate).getTime() - new Date(entry.date).getTime()) / 86_400_000 + 1
        : 1;
      expect(span).toBeLessThanOrEqual(7);
    }
  });

  it('gives only interview-day advice when the date is today or past', () => {
    expect(planIn(0).map((entry) => entry.phases)).toEqual([['interview']]);
    expect(planIn(-3)).toEqual([expect.objectContaining({ date: isoDay(MONDAY), phases: ['interview'] })]);
  });

  it('is shaped by the rounds: no system design for a junior frontend role, a domain phase for ML', () => {
    const junior = planIn(21, posting({ title: 'Junior Frontend Developer', description: 'React and CSS.' }));
    expect(junior.some((entry) => entry.phases.includes('system-design'))).toBe(false);
    expect(junior.some((entry) => entry.phases.includes('domain'))).toBe(true);
    const ml = planIn(21, posting({ title: 'Machine Learning Engineer', description: 'PyTorch.' }));
    expect(ml.find((entry) => entry.phases.includes('domain'))?.title).toMatch(/Machine learning/);
  });

  it('spends longer on design than on coding for a staff role, and the reverse for a junior', () => {
    const days = (plan: readonly PlanEntry[], phase: PlanEntry['phases'][number]) =>
      prep(plan)
        .filter((entry) => entry.phases.includes(phase))
        .reduce(
          (sum, entry) =>
            sum +
            (entry.endDate
              ? (new Date(entry.endDate).getTime() - new Date(entry.date).getTime()) / 86_400_000 + 1
              : 1),
          0,
        );
    const staff = planIn(42, posting({ title: 'Staff Engineer', description: 'Go and Kafka.' }));
    expect(days(staff, 'system-design')).toBeGreaterThan(days(staff, 'fundamentals'));
    const junior = planIn(42, posting({ title: 'Junior Engineer', description: 'Go and Kafka.' }));
    expect(days(junior, 'fundamentals')).toBeGreaterThan(days(junior, 'system-design'));
  });

  it('names the stack’s deep dives and language in its tasks', () => {
    const tasks = planIn(42)
      .flatMap((entry) => entry.tasks)
      .join('\n');
    expect(tasks).toMatch(/in Go/);
    expect(tasks).toMatch(/Deep dive: Partitioned logs/);
  });
});
