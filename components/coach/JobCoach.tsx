import type { JobAnalysis } from '@/lib/coach/job';
import { ChecklistView, PlanList, PromptList, RoundList } from './JobCoachSections';

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
}

/** The offline coach for a job posting: a view of the analysis, with ticks and the date passed in. */
export function JobCoach({
  analysis,
  ticked,
  onToggle,
  interviewDate,
  onInterviewDateChange,
}: JobCoachProps) {
  return (
    <article className="job-coach" aria-label="Offline coach for this posting">
      <section aria-labelledby="job-role">
        <h2 id="job-role">The role</h2>
        <p data-testid="role-summary">{analysis.summary}</p>
        <p>
          <span className="job-seniority" data-testid="seniority">
            {analysis.seniority}
          </span>{' '}
          <span className="job-seniority-reason">because {analysis.seniorityReason}</span>
        </p>
      </section>

      <section aria-labelledby="job-skills">
        <h2 id="job-skills">Stack</h2>
        {analysis.skillGroups.length === 0 && <p>The posting names no specific technologies.</p>}
        {analysis.skillGroups.map((chips) => (
          <div key={chips.group} className="job-chip-group">
            <h3>{chips.label}</h3>
            <ul className="chips" data-testid={`skills-${chips.group}`}>
              {chips.skills.map((skill) => (
                <li key={skill} className="chip">
                  {skill}
                </li>
              ))}
            </ul>
          </div>
        ))}
        {analysis.topics.length > 0 && (
          <div className="job-chip-group">
            <h3>Topics</h3>
            <ul className="chips chips--topics" data-testid="topics">
              {analysis.topics.map((topic) => (
                <li key={topic} className="chip">
                  {topic}
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>

      <section aria-labelledby="job-rounds">
        <h2 id="job-rounds">Likely rounds</h2>
        <RoundList rounds={analysis.rounds} />
      </section>

      <section aria-labelledby="job-checklist">
        <h2 id="job-checklist">System-design checklist</h2>
        <ChecklistView items={analysis.checklist} ticked={ticked} onToggle={onToggle} />
      </section>

      <section aria-labelledby="job-prompts">
        <h2 id="job-prompts">Behavioural prompts (STAR)</h2>
        <PromptList prompts={analysis.behavioralPrompts} />
      </section>

      <section aria-labelledby="job-plan">
        <h2 id="job-plan">Prep plan</h2>
        <label className="job-date">
          Interview date{' '}
          <input
            type="date"
            value={interviewDate ?? analysis.interviewDate}
            onChange={(event) => onInterviewDateChange(event.currentTarget.value || null)}
          />
        </label>
        {interviewDate === undefined && (
          <p className="job-date-note">No date set, so the plan assumes six weeks.</p>
        )}
        {interviewDate !== undefined && interviewDate < (analysis.plan[0]?.date ?? interviewDate) && (
          <p className="job-date-note" role="status">
            That date has passed, so the plan covers today only.
          </p>
        )}
        <PlanList plan={analysis.plan} />
      </section>
    </article>
  );
}
