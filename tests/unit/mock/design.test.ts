import { describe, expect, it } from 'vitest';
import { elapsedMs } from '@/lib/mock/clock';
import {
  DESIGN_SECTIONS,
  type DesignMock,
  designRoundMinutes,
  endDesignRound,
  offlineProbe,
  pickCase,
  SECTIONS,
  sectionDue,
  startDesignMock,
  weakestSection,
  withNotes,
} from '@/lib/mock/design';
import { buildDebrief, coverage, scoreFromCoverage } from '@/lib/mock/design-debrief';

const MIN = 60_000;
const T0 = Date.UTC(2025, 0, 6, 9);

function start(level: DesignMock['level'] = 'senior'): DesignMock {
  return startDesignMock({
    contextKey: 'greenhouse:4012345008',
    posting: { company: 'Northwind Labs', role: 'Senior Backend Engineer' },
    designCase: {
      id: 'payments-ledger',
      title: 'A payments ledger',
      prompt: 'Design the ledger behind a payments API.',
    },
    level,
    withModel: false,
    now: T0,
  });
}

describe('the design round', () => {
  it('runs 45 minutes, an hour for staff engineers and managers, and its sections share the time', () => {
    expect(designRoundMinutes('senior')).toBe(45);
    expect(designRoundMinutes('staff')).toBe(60);
    expect(designRoundMinutes(null)).toBe(45);
    const total = DESIGN_SECTIONS.reduce((sum, section) => sum + SECTIONS[section].share, 0);
    expect(total).toBeCloseTo(1, 9);
  });

  it('opens on the case’s prompt and moves through the sections as the clock runs', () => {
    const mock = start();
    expect(mock.transcript[0]?.text).toContain('Design the ledger behind a payments API.');
    expect(sectionDue(mock, T0)).toBe('requirements');
    expect(sectionDue(mock, T0 + 7 * MIN)).toBe('estimates');
    expect(sectionDue(mock, T0 + 20 * MIN)).toBe('architecture');
    expect(sectionDue(mock, T0 + 99 * MIN)).toBe('deep-dives');
  });

  it('probes the thinnest section the clock has reached, not one still ahead', () => {
    let mock = withNotes(
      start(),
      'requirements',
      'Record payments, refunds, balances; exactly-once; 99.99%.',
      T0,
    );
    mock = withNotes(mock, 'api', 'POST /payments with an idempotency key', T0);
    // 25 minutes in: requirements to architecture are due; estimates and data model are empty.
    expect(weakestSection(mock, T0 + 25 * MIN)).toBe('estimates');
    expect(offlineProbe(mock, [], T0 + 25 * MIN).question).toBe(SECTIONS.estimates.probe);
    // At the start only the requirements are due.
    expect(weakestSection(start(), T0)).toBe('requirements');
  });

  it('asks about the case’s deep dives one by one once everything else is written', () => {
    let mock = start();
    for (const section of DESIGN_SECTIONS)
      mock = withNotes(mock, section, 'Several words about this part here.', T0);
    mock = withNotes(mock, 'deep-dives', '', T0);
    const first = offlineProbe(mock, ['idempotent retries', 'reconciliation'], T0 + 44 * MIN);
    expect(first.question).toContain('idempotent retries');
    mock = {
      ...mock,
      transcript: [
        ...mock.transcript,
        { speaker: 'interviewer', phase: 'deep-dives', text: first.question, at: 0 },
      ],
    };
    expect(offlineProbe(mock, ['idempotent retries', 'reconciliation'], T0 + 44 * MIN).question).toContain(
      'reconciliation',
    );
  });

  it('stops the clock when the round ends', () => {
    const over = endDesignRound(start(), T0 + 30 * MIN);
    expect(over.phase).toBe('review');
    expect(elapsedMs(over.clock, T0 + 90 * MIN)).toBe(30 * MIN);
  });
});

describe('a design debrief', () => {
  const checklist = [
    'Idempotency keys on writes.',
    'Double-entry postings.',
    'Reconciliation against the processor.',
  ];

  it('has one verdict per checklist item in order, an unjudged item missed', () => {
    const debrief = buildDebrief(
      checklist,
      [
        { index: 2, verdict: 'partly', evidence: 'Mentioned a nightly job.' },
        { index: 0, verdict: 'covered', evidence: 'POST carries an idempotency key.' },
        { index: 7, verdict: 'covered', evidence: 'Out of range: ignored.' },
      ],
      { strengths: ['Clear API'], gaps: [], by: 'model', score: 3 },
    );
    expect(debrief.items.map((item) => [item.item, item.verdict])).toEqual([
      [checklist[0], 'covered'],
      [checklist[1], 'missed'],
      [checklist[2], 'partly'],
    ]);
    expect(debrief.items[1]?.evidence).toBe('Not assessed.');
    expect(debrief.score).toBe(3);
  });

  it('scores a self-review from its coverage, a partly counting half', () => {
    const self = buildDebrief(
      checklist,
      [0, 1, 2].map((index) => ({ index, verdict: 'covered' as const, evidence: '' })),
      {
        strengths: [],
        gaps: [],
        by: 'self',
      },
    );
    expect(self.score).toBe(4);
    expect(
      coverage([{ verdict: 'covered' }, { verdict: 'partly' }, { verdict: 'missed' }, { verdict: 'missed' }]),
    ).toBe(0.375);
    expect(scoreFromCoverage(0.375)).toBe(1);
    expect(scoreFromCoverage(0.5)).toBe(2);
    expect(scoreFromCoverage(0.7)).toBe(3);
  });
});

describe('picking a case from the posting', () => {
  it('takes a case never practised first, then the one practised longest ago', () => {
    const ids = ['payments-ledger', 'recommendations', 'collaborative-editor'];
    expect(pickCase(ids, [])).toBe('payments-ledger');
    expect(pickCase(ids, [{ caseId: 'payments-ledger', endedAt: 5 }])).toBe('recommendations');
    const all = [
      { caseId: 'payments-ledger', endedAt: 50 },
      { caseId: 'recommendations', endedAt: 10 },
      { caseId: 'collaborative-editor', endedAt: 30 },
      { caseId: 'recommendations', endedAt: 60 },
    ];
    expect(pickCase(ids, all)).toBe('collaborative-editor');
    expect(pickCase([], all)).toBeNull();
  });
});
