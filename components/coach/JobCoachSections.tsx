import type {
  BehavioralPrompt,
  ChecklistItem,
  ChecklistSection,
  InterviewRound,
  PlanEntry,
} from '@/lib/coach/job';
import { SECTION_TITLES } from '@/lib/coach/job/knowledge/checklist';

const percent = (weight: number) => `${Math.round(weight * 100)}%`;

export function RoundList({ rounds }: { rounds: readonly InterviewRound[] }) {
  return (
    <ol className="job-rounds" data-testid="rounds">
      {rounds.map((round) => (
        <li key={round.kind} data-round={round.kind}>
          <div className="job-round-head">
            <strong>{round.title}</strong> <span className="job-round-weight">{percent(round.weight)}</span>
          </div>
          <meter min={0} max={1} value={round.weight} aria-label={`${round.title} share of the loop`} />
          <p className="job-round-why">{round.why}</p>
          {round.covers.length > 0 && (
            <ul>
              {round.covers.map((cover) => (
                <li key={cover}>{cover}</li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}

export interface ChecklistViewProps {
  items: readonly ChecklistItem[];
  ticked: ReadonlySet<string>;
  onToggle: (id: string, ticked: boolean) => void;
}

export function ChecklistView({ items, ticked, onToggle }: ChecklistViewProps) {
  const sections = [...new Set(items.map((item) => item.section))];
  const done = items.filter((item) => ticked.has(item.id)).length;
  return (
    <div data-testid="checklist">
      <p className="job-checklist-progress">
        {done} of {items.length} covered
      </p>
      {sections.map((section: ChecklistSection) => (
        <fieldset key={section} className="job-checklist-section">
          <legend>{SECTION_TITLES[section]}</legend>
          {items
            .filter((item) => item.section === section)
            .map((item) => (
              <label key={item.id} className="job-checklist-item">
                <input
                  type="checkbox"
                  name={item.id}
                  checked={ticked.has(item.id)}
                  onChange={(event) => onToggle(item.id, event.currentTarget.checked)}
                />
                <span>
                  <strong>{item.title}</strong>
                  {item.because && <span className="job-because"> ({item.because.join(', ')})</span>}
                  <br />
                  <span className="job-detail">{item.detail}</span>
                </span>
              </label>
            ))}
        </fieldset>
      ))}
    </div>
  );
}

export function PromptList({ prompts }: { prompts: readonly BehavioralPrompt[] }) {
  return (
    <ul className="job-prompts" data-testid="prompts">
      {prompts.map((prompt) => (
        <li key={prompt.id}>
          <details>
            <summary>
              <span className="job-competency">{prompt.competencyLabel}</span> {prompt.question}
            </summary>
            {prompt.evidence && <p className="job-evidence">From the posting: “{prompt.evidence}”</p>}
            <dl>
              <dt>Situation</dt>
              <dd>{prompt.situation}</dd>
              <dt>Task</dt>
              <dd>{prompt.task}</dd>
              <dt>Action</dt>
              <dd>{prompt.action}</dd>
              <dt>Result</dt>
              <dd>{prompt.result}</dd>
            </dl>
          </details>
        </li>
      ))}
    </ul>
  );
}

export function PlanList({ plan }: { plan: readonly PlanEntry[] }) {
  return (
    <ol className="job-plan" data-testid="plan">
      {plan.map((entry) => (
        <li key={entry.date} data-phases={entry.phases.join(' ')}>
          <time dateTime={entry.date}>{entry.date}</time>
          {entry.endDate && (
            <>
              {' – '}
              <time dateTime={entry.endDate}>{entry.endDate}</time>
            </>
          )}{' '}
          <strong>{entry.title}</strong>
          <ul>
            {entry.tasks.map((task) => (
              <li key={task}>{task}</li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
