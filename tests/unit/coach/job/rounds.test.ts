import { describe, expect, it } from 'vitest';
import { analyzeJob, type InterviewRound, type RoundKind } from '@/lib/coach/job';
import { posting } from './posting';

const weight = (rounds: readonly InterviewRound[], kind: RoundKind) =>
  rounds.find((round) => round.kind === kind)?.weight ?? 0;
const roundsOf = (title: string, description = '') => analyzeJob(posting({ title, description })).rounds;

describe('interview rounds', () => {
  it('weights always sum to 1, heaviest first', () => {
    for (const title of [
      'Intern',
      'Junior Developer',
      'Software Engineer',
      'Senior Backend Engineer',
      'Staff Engineer',
      'Principal Engineer',
      'Engineering Manager',
    ]) {
      const rounds = roundsOf(title, 'Python, Django, PostgreSQL and REST APIs.');
      expect(rounds.reduce((sum, round) => sum + round.weight, 0)).toBeCloseTo(1, 5);
      expect(rounds.map((round) => round.weight)).toEqual(
        [...rounds.map((round) => round.weight)].sort((a, b) => b - a),
      );
    }
  });

  it('tests juniors and interns mostly on coding, without system design', () => {
    for (const title of ['Junior Frontend Developer', 'Software Engineering Intern']) {
      const rounds = roundsOf(title, 'React and TypeScript.');
      expect(rounds[0]?.kind).toBe('coding');
      expect(weight(rounds, 'coding')).toBeGreaterThanOrEqual(0.5);
      expect(weight(rounds, 'system-design')).toBe(0);
    }
  });

  it('gives system design more weight as the level rises', () => {
    const mid = weight(roundsOf('Software Engineer II'), 'system-design');
    const senior = weight(roundsOf('Senior Software Engineer'), 'system-design');
    const staff = weight(roundsOf('Staff Software Engineer'), 'system-design');
    expect(mid).toBeGreaterThan(0);
    expect(senior).toBeGreaterThan(mid);
    expect(staff).toBeGreaterThan(senior);
    expect(weight(roundsOf('Staff Software Engineer'), 'coding')).toBeLessThan(staff);
  });

  it('weights managers towards behavioural rounds', () => {
    const rounds = roundsOf('Engineering Manager, Platform', 'Hire and grow a team of eight engineers.');
    expect(rounds[0]?.kind).toBe('behavioral');
    expect(weight(rounds, 'behavioral')).toBeGreaterThanOrEqual(0.5);
    expect(rounds[0]?.title).toMatch(/people leadership/i);
  });

  it('adds API design for backend and API work but not for a pure frontend role', () => {
    expect(weight(roundsOf('Senior Backend Engineer', 'Go services.'), 'api-design')).toBeGreaterThan(0);
    expect(
      weight(roundsOf('Software Engineer', 'Design REST APIs in Django.'), 'api-design'),
    ).toBeGreaterThan(0);
    expect(weight(roundsOf('Senior Frontend Engineer', 'React, CSS and accessibility.'), 'api-design')).toBe(
      0,
    );
  });

  it('names the API styles the posting uses in the API round', () => {
    const api = roundsOf('Backend Engineer', 'gRPC between services and a public GraphQL API.').find(
      (round) => round.kind === 'api-design',
    );
    expect(api?.covers[0]).toMatch(/GraphQL/);
    expect(api?.covers[0]).toMatch(/gRPC/);
  });

  it.each([
    ['Senior Machine Learning Engineer', 'PyTorch models.', 'ml'],
    ['Data Engineer', 'Airflow and Spark.', 'data'],
    ['Senior iOS Engineer', 'Swift and SwiftUI.', 'mobile'],
    ['Frontend Engineer', 'React and TypeScript.', 'frontend'],
    ['Product Security Engineer', 'Threat modelling and OAuth.', 'security'],
    ['Site Reliability Engineer', 'Kubernetes and Terraform.', 'infrastructure'],
    ['Software Engineer', 'Train models with PyTorch and scikit-learn; deep learning and NLP.', 'ml'],
  ])('%s gets a %s domain round saying what it covers', (title, description, area) => {
    const domain = roundsOf(title, description).find((round) => round.kind === 'domain');
    expect(domain?.domain).toBe(area);
    expect(domain?.covers.length).toBeGreaterThanOrEqual(3);
  });

  it('adds no domain round to a generalist backend role that lists cloud tools', () => {
    const rounds = roundsOf('Senior Backend Engineer', 'Go, PostgreSQL, Kubernetes, Terraform and AWS.');
    expect(rounds.some((round) => round.kind === 'domain')).toBe(false);
  });

  it('asks for coding in the posting’s language', () => {
    const coding = roundsOf('Software Engineer', 'We write Kotlin.').find((round) => round.kind === 'coding');
    expect(coding?.covers.join(' ')).toMatch(/Kotlin/);
  });
});
