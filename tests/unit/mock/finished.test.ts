import { describe, expect, it } from 'vitest';
import { buildDebrief } from '@/lib/mock/design-debrief';
import { finishedMocks } from '@/lib/mock/finished';
import type { CodingResult, DesignResult, MockResult } from '@/lib/mock/results';
import { buildScorecard } from '@/lib/mock/rubric';

const DAY = 24 * 60 * 60 * 1000;
const MINUTE = 60_000;

function coding(id: string, endedAt: number, fields: Partial<CodingResult> = {}): CodingResult {
  return {
    kind: 'coding',
    id,
    contextKey: 'leetcode:two-sum',
    site: 'leetcode',
    title: 'Two Sum',
    url: 'https://leetcode.com/problems/two-sum/',
    difficulty: 'Easy',
    startedAt: endedAt - 25 * MINUTE,
    endedAt,
    elapsedMs: 25 * MINUTE,
    roundMinutes: 30,
    stageTimes: {},
    followUpsAsked: 1,
    code: null,
    transcript: [],
    scorecard: buildScorecard(
      [
        { dimension: 'problem-solving', score: 3, evidence: ['Named O(n) with a hash map.'] },
        { dimension: 'coding', score: 4, evidence: ['7 lines read from the editor.'] },
        { dimension: 'verification', score: 3, evidence: ['Named test inputs: empty, duplicates.'] },
        { dimension: 'communication', score: 3, evidence: ['Asked 2 questions while clarifying.'] },
      ],
      'Trace the code before saying it works.',
      'self',
    ),
    ...fields,
  };
}

function design(id: string, endedAt: number): DesignResult {
  return {
    kind: 'design',
    id,
    contextKey: 'greenhouse:acme/1',
    company: 'Acme',
    role: 'Senior Backend Engineer',
    caseId: 'url-shortener',
    caseTitle: 'A URL shortener',
    startedAt: endedAt - 50 * MINUTE,
    endedAt,
    elapsedMs: 50 * MINUTE,
    roundMinutes: 45,
    notes: { requirements: '', estimates: '', api: '', 'data-model': '', architecture: '', 'deep-dives': '' },
    transcript: [],
    debrief: buildDebrief(
      ['Read-heavy: cache the redirects', 'Key generation without collisions', 'Expiry and cleanup'],
      [
        { index: 0, verdict: 'covered', evidence: 'CDN and Redis in front of the store.' },
        { index: 1, verdict: 'partly', evidence: 'Hashing named, collisions not handled.' },
      ],
      { strengths: [], gaps: ['Expiry'], score: 2, by: 'self' },
    ),
  };
}

describe('the finished mocks the progress page lists', () => {
  const results: MockResult[] = [coding('old', 1 * DAY), design('designed', 3 * DAY), coding('new', 5 * DAY)];

  it('lists every round newest first, coding and design alike, each once', () => {
    const rows = finishedMocks([...results, coding('new', 5 * DAY)]);
    expect(rows.map((row) => row.id)).toEqual(['new', 'designed', 'old']);
  });

  it('keeps only the kind asked for', () => {
    expect(finishedMocks(results, 'coding').map((row) => row.id)).toEqual(['new', 'old']);
    expect(finishedMocks(results, 'design').map((row) => row.id)).toEqual(['designed']);
  });

  it("says of a coding round its problem, where, its page, its time and the rubric's scores", () => {
    const [row] = finishedMocks([coding('new', 5 * DAY)]);
    expect(row).toMatchObject({
      title: 'Two Sum',
      where: 'leetcode · Easy',
      href: 'https://leetcode.com/problems/two-sum/',
      elapsedMs: 25 * MINUTE,
      roundMinutes: 30,
      overtime: false,
      outcome: 'Hire (your own review)',
      scores: ['Problem solving 3/4', 'Coding 4/4', 'Verification 3/4', 'Communication 3/4'],
    });
  });

  it("says of a design round its case, the posting, that it ran over, and the checklist's coverage", () => {
    const [row] = finishedMocks([design('designed', 3 * DAY)]);
    expect(row).toMatchObject({
      title: 'A URL shortener',
      where: 'Acme · Senior Backend Engineer',
      href: '',
      overtime: true,
      outcome: "2 of 4 against the case's checklist (your own review)",
      scores: ['1 covered', '1 partly', '1 missed of 3'],
    });
  });

  it('links only to web pages: an imported result cannot smuggle a script URL into the page', () => {
    const [row] = finishedMocks([coding('odd', DAY, { url: 'javascript:alert(1)' })]);
    expect(row?.href).toBe('');
  });
});
