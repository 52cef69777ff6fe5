import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ProblemCoach } from '@/components/coach/ProblemCoach';
import type { ProblemAnalysis } from '@/lib/coach/problem';

const STATEMENT: ProblemAnalysis = {
  source: 'statement',
  library: null,
  patterns: [
    { id: 'sliding-window', confidence: 0.8, reason: '"longest substring": a window' },
    { id: 'hash-table', confidence: 0.4, reason: 'counts of what is inside' },
  ],
  techniqueSure: true,
  complexityTarget: 'O(n)',
  complexityReason: 'A window touches each character twice.',
  complexityLimit: 'O(n log n)',
  complexityLimitReason: 'n <= 10^5 → about 10^8 simple steps per second, so O(n log n) fits.',
  edgeCases: ['A single character'],
  hints: [
    { level: 1, text: 'What if the window could shrink?', source: 'coach', site: [] },
    { level: 2, text: 'Use a window over the string.', source: 'coach', site: ['Use KMP-table'] },
    { level: 3, text: 'Keep a left edge and a right edge.', source: 'coach', site: [] },
  ],
  keyInsight: null,
  pitfalls: [],
  followUps: [],
  related: [],
};

const LIBRARY: ProblemAnalysis = {
  ...STATEMENT,
  source: 'library',
  library: { slug: 'two-sum', title: 'Two Sum' },
  keyInsight: 'The partner each number needs is fixed.',
  pitfalls: ['Pairing an element with itself.'],
  followUps: ['What if the array is sorted?'],
  related: [
    {
      slug: '3sum',
      title: '3Sum',
      url: 'https://leetcode.com/problems/3sum/',
      why: 'Fix one number and the rest is this problem.',
    },
  ],
};

const render = (props: Parameters<typeof ProblemCoach>[0]) =>
  renderToStaticMarkup(<ProblemCoach {...props} />);

describe('ProblemCoach', () => {
  it('says the coaching is read from the statement, with both complexity figures and the arithmetic', () => {
    const html = render({ analysis: STATEMENT });
    expect(html).toContain('Read from the statement');
    expect(html).toMatch(
      /Interviewers expect <strong[^>]*>O\(n\)<\/strong>; the limits allow up to <strong[^>]*>O\(n log n\)/,
    );
    expect(html).toContain('10^8 simple steps per second');
    expect(html).toContain('A single character');
  });

  it('hides techniques and hints at first', () => {
    const html = render({ analysis: STATEMENT });
    expect(html).toContain('Show techniques');
    expect(html).not.toContain('longest substring');
    expect(html).not.toContain('What if the window could shrink?');
    expect(html).toContain('Show first hint');
    expect(html).not.toContain('Start the hints again');
  });

  it('shows exactly the hint levels already opened, the site’s hint inside its level, and a way to start again', () => {
    const html = render({ analysis: STATEMENT, hintsShown: 2, techniquesShown: true });
    expect(html).toContain('What if the window could shrink?');
    expect(html).toContain('Use a window over the string.');
    expect(html).toContain('From the site: </span>Use KMP-table');
    expect(html).not.toContain('Keep a left edge');
    expect(html).toContain('Next hint');
    expect(html).toContain('Start the hints again');
    expect(html).toContain('sliding window');
    expect(html).toContain('Hide techniques');
  });

  it('says when the ladder is finished', () => {
    const html = render({ analysis: STATEMENT, hintsShown: 3 });
    expect(html).not.toContain('Next hint');
    expect(html).toContain('last hint');
  });

  it('says it is not sure and names both candidates when the evidence is weak', () => {
    const html = render({ analysis: { ...STATEMENT, techniqueSure: false }, techniquesShown: true });
    expect(html).toContain('Not sure');
    expect(html).toContain('could be read as sliding window or as hash table');
    const alone = render({
      analysis: { ...STATEMENT, techniqueSure: false, patterns: STATEMENT.patterns.slice(0, 1) },
      techniquesShown: true,
    });
    expect(alone).toContain('only faint evidence points at sliding window');
  });

  it("shows the coach's own account of its doubt when it gives one", () => {
    const techniqueDoubt =
      'Not sure: one phrase points at sliding window and nothing else on the page confirms it. The statement also points at hash table.';
    const html = render({
      analysis: { ...STATEMENT, techniqueSure: false, techniqueDoubt },
      techniquesShown: true,
    });
    expect(html).toContain('one phrase points at sliding window and nothing else on the page confirms it');
    expect(html).not.toContain('could be read as');
    const sure = render({ analysis: { ...STATEMENT, techniqueDoubt }, techniquesShown: true });
    expect(sure).not.toContain('Not sure');
  });

  it('names the library notes and offers insight, pitfalls, follow-ups and related problems', () => {
    const html = render({ analysis: LIBRARY });
    expect(html).toContain('Sparring&#x27;s notes for Two Sum');
    expect(html).toContain('Show the key insight');
    expect(html).not.toContain('The partner each number needs is fixed.');
    expect(html).toContain('Pairing an element with itself.');
    expect(html).toContain('What if the array is sorted?');
    expect(html).toContain('href="https://leetcode.com/problems/3sum/"');
  });

  it('says so once when the expected complexity is also the most the limits allow', () => {
    const html = render({ analysis: { ...STATEMENT, complexityLimit: 'O(n)' } });
    expect(html).toContain('which is also the most the limits allow');
    expect(html).not.toContain('data-testid="complexity-limit"');
  });

  it('reads two spellings of one bound as the same figure (a note writes m * n, the limits n * m)', () => {
    const html = render({
      analysis: { ...STATEMENT, complexityTarget: 'O(m * n)', complexityLimit: 'O(n * m)' },
    });
    expect(html).toContain('which is also the most the limits allow');
    expect(html).not.toContain('data-testid="complexity-limit"');
  });
});
