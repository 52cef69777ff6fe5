import type { DesignCasePick } from '@/lib/coach/job';
import type { DesignCase } from '@/lib/coach/job/design-cases/schema';

/** Ticks on a case's checklist are stored under the case and the item's place in it. */
export const caseItemId = (caseId: string, index: number) => `case:${caseId}:${index}`;

export interface DesignCaseListProps {
  picks: readonly DesignCasePick[];
  cases: ReadonlyMap<string, DesignCase>;
  ticked: ReadonlySet<string>;
  onToggle: (id: string, ticked: boolean) => void;
}

function Points({ title, points }: { title: string; points: readonly string[] }) {
  return (
    <>
      <h4>{title}</h4>
      <ul>
        {points.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
    </>
  );
}

function CaseChecklist({
  designCase,
  ticked,
  onToggle,
}: {
  designCase: DesignCase;
  ticked: ReadonlySet<string>;
  onToggle: DesignCaseListProps['onToggle'];
}) {
  const ids = designCase.checklist.map((_, index) => caseItemId(designCase.id, index));
  const done = ids.filter((id) => ticked.has(id)).length;
  return (
    <fieldset className="job-case-checklist" data-testid={`checklist-${designCase.id}`}>
      <legend>What a strong answer covers</legend>
      <p className="job-checklist-progress">
        {done} of {ids.length} covered
      </p>
      {designCase.checklist.map((item, index) => {
        const id = caseItemId(designCase.id, index);
        return (
          <label key={id} className="job-checklist-item">
            <input
              type="checkbox"
              name={id}
              checked={ticked.has(id)}
              onChange={(event) => onToggle(id, event.currentTarget.checked)}
            />
            <span>{item}</span>
          </label>
        );
      })}
    </fieldset>
  );
}

/** A case as an interviewer runs it: the question, then each part of a good answer in order. */
function CaseBody({
  pick,
  designCase,
  ticked,
  onToggle,
}: { pick: DesignCasePick; designCase: DesignCase } & Omit<DesignCaseListProps, 'picks' | 'cases'>) {
  const forStack = new Map(pick.deepDives.map((dive) => [dive.topic, dive.because]));
  // The stack's deep dives first: they are where this posting's interviewer is likeliest to push.
  const dives = [...designCase.deepDives].sort(
    (a, b) => Number(forStack.has(b.topic)) - Number(forStack.has(a.topic)),
  );
  const levelNote = pick.level ? designCase.levelNotes[pick.level] : undefined;
  return (
    <div className="job-case-body">
      <p className="job-case-prompt">{designCase.prompt}</p>
      {levelNote && (
        <p className="job-case-level">
          <strong>At the {pick.level} bar:</strong> {levelNote}
        </p>
      )}
      <Points title="Requirements to ask about" points={designCase.requirements} />
      <Points title="The estimate, aloud" points={designCase.estimate} />
      <Points title="API" points={designCase.api} />
      <Points title="Data model" points={designCase.dataModel} />
      <Points title="Architecture" points={designCase.architecture} />
      <h4>Deep dives</h4>
      {dives.map((dive) => (
        <div key={dive.topic} className="job-case-dive">
          <strong>{dive.topic}</strong>
          {forStack.has(dive.topic) && (
            <span className="job-because"> (for {forStack.get(dive.topic)?.join(', ')})</span>
          )}
          <ul>
            {dive.points.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
        </div>
      ))}
      <Points title="Trade-offs" points={designCase.tradeoffs} />
      <Points title="Follow-ups" points={designCase.followUps} />
      <CaseChecklist designCase={designCase} ticked={ticked} onToggle={onToggle} />
    </div>
  );
}

/** The chosen design cases, each with why it was chosen; a case's content opens on demand. */
export function DesignCaseList({ picks, cases, ticked, onToggle }: DesignCaseListProps) {
  return (
    <ol className="job-cases" data-testid="design-cases">
      {picks.map((pick) => {
        const designCase = cases.get(pick.id);
        return (
          <li key={pick.id} data-case={pick.id}>
            <strong>{pick.title}</strong>
            <p className="job-case-why">{pick.why}</p>
            {pick.deepDives.length > 0 && (
              <p className="job-because">
                Deep dives for this stack: {pick.deepDives.map((dive) => dive.topic).join('; ')}
              </p>
            )}
            <details className="job-case">
              <summary>Open the case</summary>
              {designCase ? (
                <CaseBody pick={pick} designCase={designCase} ticked={ticked} onToggle={onToggle} />
              ) : (
                <p className="note">Loading the case…</p>
              )}
            </details>
          </li>
        );
      })}
    </ol>
  );
}
