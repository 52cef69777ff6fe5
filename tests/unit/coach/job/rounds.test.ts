import { describe, expect, it } from 'vitest';
import { analyzeJob, type InterviewRound, ROUND_KINDS, type RoundKind } from '@/lib/coach/job';
import { posting } from './posting';

const DESIGN: readonly RoundKind[] = [
  'system-design',
  'frontend-design',
  'mobile-design',
  'ml-design',
  'data-design',
  'api-design',
];
const weight = (rounds: readonly InterviewRound[], kind: RoundKind) =>
  rounds.find((round) => round.kind === kind)?.weight ?? 0;
const roundsOf = (title: string, description = '') => analyzeJob(posting({ title, description })).rounds;
const kindsOf = (title: string, description = '') => roundsOf(title, description).map((round) => round.kind);

describe('interview rounds', () => {
  it('weights always sum to 1, heaviest first, in the round-kind vocabulary', () => {
    for (const title of [
      'Intern',
      'Junior Developer',
      'Software Engineer',
      'Senior Backend Engineer',
      'Staff Engineer',
      'Principal Engineer',
      'Engineering Manager',
      'Account Executive',
    ]) {
      const rounds = roundsOf(title, 'Python, Django, PostgreSQL and REST APIs.');
      expect(rounds.reduce((sum, round) => sum + round.weight, 0)).toBeCloseTo(1, 5);
      expect(rounds.map((round) => round.weight)).toEqual(
        [...rounds.map((round) => round.weight)].sort((a, b) => b - a),
      );
      for (const round of rounds) expect(ROUND_KINDS).toContain(round.kind);
    }
  });

  it('tests juniors and interns mostly on coding, without design unless the posting says so', () => {
    for (const title of [
      'Junior Frontend Developer',
      'Software Engineering Intern',
      'Junior Data Engineer',
    ]) {
      const rounds = roundsOf(title, 'React, TypeScript, Airflow.');
      expect(rounds[0]?.kind).toBe('coding');
      expect(weight(rounds, 'coding')).toBeGreaterThanOrEqual(0.5);
      expect(rounds.some((round) => DESIGN.includes(round.kind))).toBe(false);
    }
    const stated = kindsOf(
      'Junior Backend Engineer',
      'Our interview process:\n- A coding interview\n- A small system design interview: a URL shortener',
    );
    expect(stated).toContain('system-design');
  });

  it('gives design more weight as the level rises', () => {
    const mid = weight(roundsOf('Software Engineer II'), 'system-design');
    const senior = weight(roundsOf('Senior Software Engineer'), 'system-design');
    const staff = weight(roundsOf('Staff Software Engineer'), 'system-design');
    expect(mid).toBeGreaterThan(0);
    expect(senior).toBeGreaterThan(mid);
    expect(staff).toBeGreaterThan(senior);
    expect(weight(roundsOf('Staff Software Engineer'), 'coding')).toBeLessThan(staff);
  });

  it.each([
    ['Senior Frontend Engineer', 'frontend-design'],
    ['Senior iOS Engineer', 'mobile-design'],
    ['Senior Machine Learning Engineer', 'ml-design'],
    ['Senior Data Engineer', 'data-design'],
    ['Senior Site Reliability Engineer', 'system-design'],
  ])('gives a %s the design round of the track: %s', (title, kind) => {
    const kinds = kindsOf(title);
    expect(kinds).toContain(kind);
    expect(kinds.filter((candidate) => DESIGN.includes(candidate) && candidate !== kind)).toEqual([]);
  });

  it('interviews managers on people, leadership and architecture, with no coding unless stated', () => {
    const rounds = roundsOf('Engineering Manager, Mobile', 'Hire and grow a team of eight engineers.');
    expect(rounds[0]?.kind).toBe('people-management');
    expect(rounds.map((round) => round.kind)).toEqual(
      expect.arrayContaining(['people-management', 'behavioral', 'mobile-design']),
    );
    expect(weight(rounds, 'coding')).toBe(0);
  });

  it('asks a manager hired to keep coding, and only such a manager, to code', () => {
    expect(kindsOf('Tech Lead Manager, Search')).toContain('coding');
    expect(kindsOf('Player-Coach Engineering Manager')).toContain('coding');
    expect(kindsOf('Director of Engineering')).not.toContain('coding');
  });

  it('never gives a role outside engineering a coding or design round, even when its posting states one', () => {
    for (const description of [
      'You will work with engineers on our APIs and Kubernetes platform.',
      'Our interview process:\n- A coding exercise in SQL\n- A system design conversation\n- A presentation of a launch plan',
    ]) {
      const rounds = roundsOf('Product Marketing Manager', description);
      expect(rounds.some((round) => round.kind === 'coding' || DESIGN.includes(round.kind))).toBe(false);
      expect(rounds.length).toBeGreaterThan(0);
    }
  });

  it('takes a described loop as written, each round marked as the posting’s and weighted by its time', () => {
    const rounds = roundsOf(
      'Senior Backend Engineer',
      `## How we interview
- A 60-minute pair-programming session
- A 90-minute debugging interview
- A 30-minute conversation with the team`,
    );
    expect(rounds.map((round) => [round.kind, round.weight, round.source])).toEqual([
      ['debugging', 0.5, 'posting'],
      ['pair-programming', 0.33, 'posting'],
      ['behavioral', 0.17, 'posting'],
    ]);
    expect(rounds[0]?.quotes).toEqual(['A 90-minute debugging interview']);
  });

  it('marks the rest inferred when the posting describes only conversations', () => {
    const rounds = roundsOf(
      'Backend Engineer',
      'Our interview process:\n- A conversation with the hiring manager\n- A values conversation',
    );
    expect(rounds.find((round) => round.kind === 'behavioral')?.source).toBe('posting');
    expect(rounds.find((round) => round.kind === 'coding')?.source).toBe('inferred');
  });

  it('drops what the posting rules out from the usual loop', () => {
    const kinds = kindsOf(
      'Senior Software Engineer',
      'We do not run a system design interview for this role.',
    );
    expect(kinds).not.toContain('system-design');
    expect(kinds).toContain('coding');
  });

  it('adds API design for service work, not for a client role', () => {
    expect(weight(roundsOf('Senior Backend Engineer', 'Go services.'), 'api-design')).toBeGreaterThan(0);
    expect(
      weight(roundsOf('Software Engineer', 'Design REST APIs in Django.'), 'api-design'),
    ).toBeGreaterThan(0);
    expect(weight(roundsOf('Senior Frontend Engineer', 'React, CSS and accessibility.'), 'api-design')).toBe(
      0,
    );
  });

  it.each([
    ['Senior Machine Learning Engineer', 'domain', /ML fundamentals/],
    ['Data Engineer', 'domain', /SQL/],
    ['Frontend Engineer', 'domain', /Frontend fundamentals/],
    ['Site Reliability Engineer', 'debugging', /troubleshooting/],
    ['Data Scientist, Growth', 'domain', /Statistics/],
  ])('gives a %s the specialist round (%s) that says what it covers', (title, kind, name) => {
    const round = roundsOf(title).find((candidate) => candidate.kind === kind);
    expect(round?.title).toMatch(name);
    expect(round?.covers.length).toBeGreaterThanOrEqual(3);
  });

  it('interviews product data scientists on statistics and experiments, not system design', () => {
    expect(kindsOf('Data Scientist').some((kind) => DESIGN.includes(kind))).toBe(false);
  });

  it('asks for coding in the posting’s language', () => {
    const coding = roundsOf('Software Engineer', 'We write Kotlin.').find((round) => round.kind === 'coding');
    expect(coding?.covers.join(' ')).toMatch(/Kotlin/);
  });
});
