import { isValidElement, type ReactElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { JobCoach } from '@/components/coach/JobCoach';
import { ChecklistView } from '@/components/coach/JobCoachSections';
import { analyzeJob } from '@/lib/coach/job';
import { MONDAY, posting } from './posting';

const ANALYSIS = analyzeJob(
  posting({
    title: 'Senior Backend Engineer',
    company: 'Tidepool',
    description: 'Go services on Postgres and Kafka. You will mentor engineers. REST APIs.',
  }),
  { today: MONDAY, interviewDate: new Date(2025, 2, 10) },
);

type Props = { type?: string; name?: string; onChange?: (event: unknown) => void; children?: ReactNode };

/** Every element of a rendered tree, so a callback can be reached without a DOM. */
function elements(node: ReactNode): ReactElement<Props>[] {
  if (Array.isArray(node)) return node.flatMap(elements);
  if (!isValidElement<Props>(node)) return [];
  return [node, ...elements(node.props.children)];
}

describe('JobCoach', () => {
  it('shows the role, the chips by group, the rounds with their weights', () => {
    const html = renderToStaticMarkup(
      <JobCoach
        analysis={ANALYSIS}
        ticked={new Set()}
        onToggle={() => {}}
        onInterviewDateChange={() => {}}
      />,
    );
    expect(html).toContain('Senior Backend Engineer at Tidepool');
    expect(html).toMatch(/data-testid="skills-datastore"[^>]*><li class="chip">PostgreSQL<\/li>/);
    expect(html).toContain('data-testid="skills-messaging"');
    for (const round of ANALYSIS.rounds) expect(html).toContain(`${Math.round(round.weight * 100)}%`);
    expect(html).toContain('REST');
  });

  it('renders exactly the ticked checklist items as checked, with the progress', () => {
    const ticked = new Set(['req-functional', 'dive-log-delivery']);
    const html = renderToStaticMarkup(
      <JobCoach analysis={ANALYSIS} ticked={ticked} onToggle={() => {}} onInterviewDateChange={() => {}} />,
    );
    expect(html.match(/checked=""/g)).toHaveLength(2);
    expect(html).toMatch(/name="req-functional" checked=""/);
    expect(html).toMatch(/name="dive-log-delivery" checked=""/);
    expect(html).toContain(`2 of ${ANALYSIS.checklist.length} covered`);
  });

  it('reports a toggle with the item id and the new state', () => {
    const onToggle = vi.fn();
    const tree = ChecklistView({ items: ANALYSIS.checklist, ticked: new Set(), onToggle });
    const box = elements(tree).find((element) => element.props.name === 'req-scale');
    box?.props.onChange?.({ currentTarget: { checked: true } });
    expect(onToggle).toHaveBeenCalledWith('req-scale', true);
  });

  it('shows every STAR prompt with its four parts and the dated plan', () => {
    const html = renderToStaticMarkup(
      <JobCoach
        analysis={ANALYSIS}
        ticked={new Set()}
        onToggle={() => {}}
        onInterviewDateChange={() => {}}
      />,
    );
    for (const prompt of ANALYSIS.behavioralPrompts) expect(html).toContain(prompt.question);
    expect(html.match(/<dt>Situation<\/dt>/g)).toHaveLength(ANALYSIS.behavioralPrompts.length);
    for (const entry of ANALYSIS.plan) expect(html).toContain(`dateTime="${entry.date}"`);
  });

  it('shows the date the user chose, or the assumed one with a note', () => {
    const chosen = renderToStaticMarkup(
      <JobCoach
        analysis={ANALYSIS}
        ticked={new Set()}
        onToggle={() => {}}
        interviewDate="2025-03-10"
        onInterviewDateChange={() => {}}
      />,
    );
    expect(chosen).toContain('value="2025-03-10"');
    expect(chosen).not.toContain('assumes six weeks');
    const assumed = renderToStaticMarkup(
      <JobCoach
        analysis={ANALYSIS}
        ticked={new Set()}
        onToggle={() => {}}
        onInterviewDateChange={() => {}}
      />,
    );
    expect(assumed).toContain(`value="${ANALYSIS.interviewDate}"`);
    expect(assumed).toContain('assumes six weeks');
  });

  it('reports a new interview date, or null when the field is cleared', () => {
    const onInterviewDateChange = vi.fn();
    const tree = JobCoach({
      analysis: ANALYSIS,
      ticked: new Set(),
      onToggle: () => {},
      onInterviewDateChange,
    });
    const field = elements(tree).find((element) => element.props.type === 'date');
    field?.props.onChange?.({ currentTarget: { value: '2025-04-01' } });
    field?.props.onChange?.({ currentTarget: { value: '' } });
    expect(onInterviewDateChange.mock.calls).toEqual([['2025-04-01'], [null]]);
  });
});
