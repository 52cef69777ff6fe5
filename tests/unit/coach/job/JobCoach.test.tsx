import { isValidElement, type ReactElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { JobCoach, type JobCoachProps } from '@/components/coach/JobCoach';
import { caseItemId, DesignCaseList } from '@/components/coach/JobCoachCases';
import { analyzeJob, type DesignCaseIndexItem } from '@/lib/coach/job';
import type { DesignCase } from '@/lib/coach/job/design-cases/schema';
import { MONDAY, posting } from './posting';

const point = (text: string) => `${text}, said as an interviewer would say it.`;
const LEDGER: DesignCase = {
  id: 'ledger',
  title: 'A payments ledger',
  track: 'backend',
  domains: ['payments'],
  stack: ['Kafka', 'PostgreSQL'],
  levels: ['senior'],
  prompt: 'Design the ledger behind a payments platform.',
  requirements: [
    point('Which money movements'),
    point('How fresh balances'),
    point('Which currencies'),
    point('Who audits'),
  ],
  api: [point('POST /transfers'), point('GET /balances')],
  dataModel: [point('Entries'), point('Accounts')],
  estimate: [point('Twenty thousand postings a second'), point('Seven years of history')],
  architecture: [point('An API'), point('A posting service'), point('An append-only store')],
  deepDives: [
    { topic: 'Reconciliation with banks', points: [point('Daily files'), point('Breaks')] },
    {
      topic: 'Exactly-once postings',
      points: [point('Idempotency keys'), point('Outbox')],
      stack: ['Kafka'],
    },
    { topic: 'Hot accounts', points: [point('Sharded balances'), point('Batching')], stack: ['PostgreSQL'] },
  ],
  tradeoffs: [point('Sync or async balances'), point('One store or two')],
  followUps: [point('A refund'), point('A currency')],
  levelNotes: { senior: 'Drives the design and goes deep on exactly-once postings unprompted.' },
  checklist: [
    'Double entry',
    'Idempotent writes',
    'Immutable entries',
    'Reconciliation',
    'Hot accounts',
    'Audit trail',
  ],
};
const INDEX: DesignCaseIndexItem[] = [
  {
    id: 'ledger',
    title: 'A payments ledger',
    track: 'backend',
    domains: ['payments'],
    stack: ['Kafka', 'PostgreSQL'],
    levels: ['senior'],
    dives: LEDGER.deepDives.map((dive) => ({ topic: dive.topic, stack: dive.stack ?? [] })),
  },
];
const ANALYSIS = analyzeJob(
  posting({
    title: 'Senior Backend Engineer',
    company: 'Tidepool',
    description:
      'Tidepool runs payments for gyms.\n\n- Build Go services on Postgres and Kafka\n- You will mentor engineers',
  }),
  { today: MONDAY, interviewDate: new Date(2025, 2, 10), designCases: INDEX },
);
const props = (overrides: Partial<JobCoachProps> = {}): JobCoachProps => ({
  analysis: ANALYSIS,
  ticked: new Set(),
  onToggle: () => {},
  onInterviewDateChange: () => {},
  ...overrides,
});
const render = (overrides: Partial<JobCoachProps> = {}) =>
  renderToStaticMarkup(<JobCoach {...props(overrides)} />);

type Props = { type?: string; name?: string; onChange?: (event: unknown) => void; children?: ReactNode };

/** Every element of a rendered tree, so a callback can be reached without a DOM. */
function elements(node: ReactNode): ReactElement<Props>[] {
  if (Array.isArray(node)) return node.flatMap(elements);
  if (!isValidElement<Props>(node)) return [];
  if (typeof node.type === 'function') return elements((node.type as (p: unknown) => ReactNode)(node.props));
  return [node, ...elements(node.props.children)];
}

describe('JobCoach', () => {
  it('opens on a summary: track, level, the heaviest rounds, the next step and the primary action', () => {
    const html = render({ actions: <button type="button">Practise this role</button> });
    const summary = html.slice(0, html.indexOf('<details'));
    expect(summary).toContain('Senior Backend Engineer at Tidepool');
    expect(summary).toContain('data-testid="track"');
    expect(summary).toMatch(/data-testid="seniority"[^>]*>senior</);
    for (const round of ANALYSIS.rounds.slice(0, 2)) expect(summary).toContain(round.title);
    expect(summary).toContain(`Next:</strong> ${ANALYSIS.plan[0]?.title}, ${ANALYSIS.plan[0]?.hours} h`);
    expect(summary).toContain('does not describe its interviews');
    expect(summary).toContain('Practise this role');
  });

  it('keeps every other section closed until opened', () => {
    const html = render();
    const sections = html.match(/<details class="job-section"[^>]*>/g) ?? [];
    expect(sections.length).toBeGreaterThanOrEqual(5);
    for (const section of sections) expect(section).not.toContain('open');
  });

  it('shows the rounds with their weights, their source and the posting’s words', () => {
    const described = analyzeJob(
      posting({
        title: 'Backend Engineer',
        description: 'How we interview:\n- A 90-minute debugging interview\n- A coding interview',
      }),
    );
    const html = render({ analysis: described });
    expect(html).toContain('the interviews the posting describes');
    expect(html).toContain('The rounds are the ones the posting describes.');
    expect(html).toContain('“A 90-minute debugging interview”');
    expect(html).toMatch(/data-round="debugging" data-source="posting"/);
    for (const round of described.rounds) expect(html).toContain(`${Math.round(round.weight * 100)}%`);
  });

  it('shows each design case with why it was chosen, and its content once loaded, stack dives first', () => {
    const waiting = render();
    expect(waiting).toContain('A payments ledger');
    expect(waiting).toContain(ANALYSIS.designCases[0]?.why ?? 'missing');
    expect(waiting).toContain('Loading the case…');
    const loaded = render({ cases: new Map([['ledger', LEDGER]]) });
    expect(loaded).toContain('Design the ledger behind a payments platform.');
    expect(loaded).toContain('Drives the design and goes deep');
    expect(loaded.indexOf('Exactly-once postings')).toBeLessThan(loaded.indexOf('Reconciliation with banks'));
    expect(loaded).toContain('(for Kafka)');
  });

  it('renders exactly the ticked checklist items of a case as checked, with the progress', () => {
    const ticked = new Set([caseItemId('ledger', 0), caseItemId('ledger', 3)]);
    const html = render({ ticked, cases: new Map([['ledger', LEDGER]]) });
    expect(html.match(/checked=""/g)).toHaveLength(2);
    expect(html).toContain(`name="${caseItemId('ledger', 3)}" checked=""`);
    expect(html).toContain(`2 of ${LEDGER.checklist.length} covered`);
  });

  it('reports a tick with the item id and the new state', () => {
    const onToggle = vi.fn();
    const tree = DesignCaseList({
      picks: ANALYSIS.designCases,
      cases: new Map([['ledger', LEDGER]]),
      ticked: new Set(),
      onToggle,
    });
    const box = elements(tree).find((element) => element.props.name === caseItemId('ledger', 1));
    box?.props.onChange?.({ currentTarget: { checked: true } });
    expect(onToggle).toHaveBeenCalledWith(caseItemId('ledger', 1), true);
  });

  it('says plainly that a role outside engineering is not what Sparring is built for, and offers no design cases', () => {
    const outside = analyzeJob(
      posting({ title: 'Account Executive', description: '- Run discovery calls and demos' }),
      {
        designCases: INDEX,
      },
    );
    const html = render({ analysis: outside });
    expect(html).toContain('Sparring is built for engineering interviews');
    expect(html).not.toContain('data-section="cases"');
    expect(html).toContain('data-section="prompts"');
    expect(html).toContain('data-section="plan"');
  });

  it('shows every STAR prompt with its four parts, and the dated plan with its hours', () => {
    const html = render();
    for (const prompt of ANALYSIS.behavioralPrompts) expect(html).toContain(prompt.question);
    expect(html.match(/<dt>Situation<\/dt>/g)).toHaveLength(ANALYSIS.behavioralPrompts.length);
    for (const entry of ANALYSIS.plan) expect(html).toContain(`dateTime="${entry.date}"`);
    expect(html).toMatch(/ · \d+ h/);
  });

  it('leaves the date empty and says what the plan assumes, and never says so beside a chosen date', () => {
    const chosen = render({ interviewDate: '2025-03-10' });
    expect(chosen).toContain('value="2025-03-10"');
    expect(chosen).not.toContain('No date yet');
    const assumed = render();
    expect(assumed).toContain('type="date" value=""');
    expect(assumed).toContain(
      `No date yet, so the plan assumes six weeks, to <time dateTime="${ANALYSIS.interviewDate}"`,
    );
  });

  it('reports a new interview date, or null when the field is cleared', () => {
    const onInterviewDateChange = vi.fn();
    const field = elements(JobCoach(props({ onInterviewDateChange }))).find(
      (element) => element.props.type === 'date',
    );
    field?.props.onChange?.({ currentTarget: { value: '2025-04-01' } });
    field?.props.onChange?.({ currentTarget: { value: '' } });
    expect(onInterviewDateChange.mock.calls).toEqual([['2025-04-01'], [null]]);
  });
});
