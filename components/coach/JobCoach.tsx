import type { ReactNode } from 'react';
import type { JobAnalysis } from '@/lib/coach/job';
import type { DesignCase } from '@/lib/coach/job/design-cases/schema';
import { DesignCaseList } from './JobCoachCases';
import { PlanList, PromptList, RoundList, StackView } from './JobCoachSections';

export interface JobCoachProps {
  analysis: JobAnalysis;
  /** Ids of the checklist items the user has ticked (the panel restores them from storage). */
  ticked: ReadonlySet<string>;
  /** Called when a tick changes, so the panel can persist it. */
  onToggle: (id: string, ticked: boolean) => void;
  /** The date the user entered, YYYY-MM-DD; absent when the plan assumes six weeks. */
  interviewDate?: string;
  /** Called with YYYY-MM-DD, or null when the field is cleared. */
  onInterviewDateChange: (date: string | null) => void;
  /** The chosen design cases' content, by id, as it arrives (each case is loaded on its own). */
  cases?: ReadonlyMap<string, DesignCase>;
  /** The panel's primary action, shown in the summary rather than after everything else. */
  actions?: ReactNode;
}

const TRACK_LABELS: Record<JobAnalysis['track'], string> = {
  backend: 'Backend',
  frontend: 'Frontend',
  fullstack: 'Full stack',
  mobile: 'Mobile',
  data: 'Data',
  ml: 'Machine learning',
  infra: 'Infrastructure',
  security: 'Security',
  embedded: 'Embedded',
  qa: 'Quality engineering',
  management: 'Engineering management',
  'non-engineering': 'Outside engineering',
};

const percent = (weight: number) => `${Math.round(weight * 100)}%`;

/** One collapsible part of the coach; closed until the user opens it. */
function Section({
  id,
  title,
  count,
  children,
}: {
  id: string;
  title: string;
  count?: number;
  children: ReactNode;
}) {
  return (
    <details className="job-section" data-section={id}>
      <summary>
        <h2 id={`job-${id}`}>{title}</h2>
        {count !== undefined && <span className="job-count">{count}</span>}
      </summary>
      <div className="job-section-body">{children}</div>
    </details>
  );
}

/** The summary the panel opens on: the role, the date and the next step, the heaviest rounds. */
function Summary({ analysis, interviewDate, onInterviewDateChange, actions }: JobCoachProps) {
  const next = analysis.plan[0];
  const past = interviewDate !== undefined && next !== undefined && interviewDate < next.date;
  return (
    <section className="job-summary" aria-label="Summary">
      <p className="job-tags">
        <span className="job-track" data-testid="track" title={`Read from ${analysis.trackReason}`}>
          {TRACK_LABELS[analysis.track]}
        </span>
        <span className="job-seniority" data-testid="seniority" title={`Because ${analysis.seniorityReason}`}>
          {analysis.seniority}
        </span>
      </p>
      <p data-testid="role-summary">{analysis.summary}</p>
      <h3 id="job-heaviest">Heaviest rounds</h3>
      <ul className="job-heaviest" data-testid="heaviest-rounds" aria-labelledby="job-heaviest">
        {analysis.rounds.slice(0, 3).map((round) => (
          <li key={round.kind}>
            {round.title} <span className="job-round-weight">{percent(round.weight)}</span>
            {round.source === 'posting' && <span className="job-source"> · from the posting</span>}
          </li>
        ))}
      </ul>
      <label className="job-date">
        Interview date{' '}
        <input
          type="date"
          value={interviewDate ?? ''}
          onChange={(event) => onInterviewDateChange(event.currentTarget.value || null)}
        />
      </label>
      {interviewDate === undefined && (
        <p className="job-date-note">
          No date yet, so the plan assumes six weeks, to{' '}
          <time dateTime={analysis.interviewDate}>{analysis.interviewDate}</time>.
        </p>
      )}
      {past && (
        <p className="job-date-note" role="status">
          That date has passed, so the plan covers today only.
        </p>
      )}
      {next && (
        <p className="job-next" data-testid="next-step">
          <strong>Next:</strong> {next.title}
          {next.hours > 0 ? `, ${next.hours} h` : ''}
          {next.tasks[0] ? ` · ${next.tasks[0]}` : ''}
        </p>
      )}
      {actions}
    </section>
  );
}

/**
 * The offline coach for a job posting: a short summary first, then sections that open on demand.
 * A view of the analysis; ticks, the date and the loaded cases are passed in.
 */
export function JobCoach(props: JobCoachProps) {
  const { analysis, ticked, onToggle, cases } = props;
  const skillCount = analysis.skillGroups.reduce((sum, group) => sum + group.skills.length, 0);
  return (
    <article className="job-coach" aria-label="Offline coach for this posting">
      <Summary {...props} />
      <Section id="rounds" title="The loop" count={analysis.rounds.length}>
        <RoundList rounds={analysis.rounds} loop={analysis.loop} />
      </Section>
      {analysis.designCases.length > 0 && (
        <Section id="cases" title="Design cases" count={analysis.designCases.length}>
          <DesignCaseList
            picks={analysis.designCases}
            cases={cases ?? new Map()}
            ticked={ticked}
            onToggle={onToggle}
          />
        </Section>
      )}
      <Section id="prompts" title="Behavioural prompts (STAR)" count={analysis.behavioralPrompts.length}>
        <PromptList prompts={analysis.behavioralPrompts} />
      </Section>
      <Section id="plan" title="Prep plan" count={analysis.plan.length}>
        <PlanList plan={analysis.plan} />
      </Section>
      <Section id="stack" title="Stack" count={skillCount}>
        <StackView skillGroups={analysis.skillGroups} topics={analysis.topics} />
      </Section>
    </article>
  );
}
