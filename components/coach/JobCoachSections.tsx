import type {
  BehavioralPrompt,
  InterviewRound,
  JobAnalysis,
  PlanEntry,
  SkillChipGroup,
} from '@/lib/coach/job';

const percent = (weight: number) => `${Math.round(weight * 100)}%`;

const KIND_NAMES: Partial<Record<InterviewRound['kind'], string>> = {
  'system-design': 'system design',
  'take-home': 'a take-home',
  coding: 'a coding test',
  'ml-design': 'ML system design',
  'mobile-design': 'mobile system design',
  'frontend-design': 'frontend system design',
  'data-design': 'data design',
  'api-design': 'API design',
  'pair-programming': 'pair programming',
  debugging: 'debugging',
  presentation: 'a presentation',
};

function LoopStatement({ loop }: { loop: JobAnalysis['loop'] }) {
  const ruledOut = loop.ruledOut.map((kind) => KIND_NAMES[kind] ?? kind);
  return (
    <p className="job-loop-note" data-testid="loop-statement">
      {loop.described
        ? `These are the interviews the posting describes${loop.interviews ? ` (${loop.interviews} in all)` : ''}, weighted by their time.`
        : 'The posting does not describe its interviews: these are the usual ones for the level and the track.'}
      {ruledOut.length > 0 && ` It rules out ${ruledOut.join(' and ')}.`}
    </p>
  );
}

export function RoundList({
  rounds,
  loop,
}: {
  rounds: readonly InterviewRound[];
  loop: JobAnalysis['loop'];
}) {
  return (
    <>
      <LoopStatement loop={loop} />
      <ol className="job-rounds" data-testid="rounds">
        {rounds.map((round) => (
          <li key={round.kind} data-round={round.kind} data-source={round.source}>
            <div className="job-round-head">
              <strong>{round.title}</strong> <span className="job-round-weight">{percent(round.weight)}</span>
            </div>
            <meter min={0} max={1} value={round.weight} aria-label={`${round.title} share of the loop`} />
            <p className="job-round-why">
              {round.source === 'posting' ? 'From the posting' : 'Likely'} · {round.why}
            </p>
            {round.quotes?.map((quote) => (
              <p key={quote} className="job-evidence">
                “{quote}”
              </p>
            ))}
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
    </>
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
          )}
          {entry.hours > 0 && <span className="job-hours"> · {entry.hours} h</span>}{' '}
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

export function StackView({
  skillGroups,
  topics,
}: {
  skillGroups: readonly SkillChipGroup[];
  topics: readonly string[];
}) {
  return (
    <>
      {skillGroups.length === 0 && <p>The posting names no specific technologies.</p>}
      {skillGroups.map((chips) => (
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
      {topics.length > 0 && (
        <div className="job-chip-group">
          <h3>Topics</h3>
          <ul className="chips chips--topics" data-testid="topics">
            {topics.map((topic) => (
              <li key={topic} className="chip">
                {topic}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
