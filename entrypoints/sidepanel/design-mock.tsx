import { type ReactNode, useState } from 'react';
import { DesignReview } from '@/components/mock/DesignReview';
import { DesignRound } from '@/components/mock/DesignRound';
import { MockHistory } from '@/components/mock/MockHistory';
import type { JobAnalysis } from '@/lib/coach/job';
import type { DesignCase } from '@/lib/coach/job/design-cases/schema';
import type { DebriefOutput } from '@/lib/llm/prompts/design-interviewer';
import { elapsedMs } from '@/lib/mock/clock';
import {
  addDesignTurn,
  type DesignMock,
  endDesignRound,
  offlineProbe,
  pickCase,
  sectionDue,
  startDesignMock,
  weakestSection,
  withNotes,
} from '@/lib/mock/design';
import { designBrief } from '@/lib/mock/design-brief';
import { buildDebrief, type Debrief } from '@/lib/mock/design-debrief';
import { designResult } from '@/lib/mock/results';
import { isScore } from '@/lib/mock/rubric';
import type { MockTurn } from '@/lib/mock/transcript';
import { type MockModel, modelScoringOf, pendingOf, useFinishedAnswer } from './mock-model';
import { useActiveMock, useMockResults, useNow } from './mock-state';
import { useMockVoice } from './voice';

const NO_TURNS: readonly MockTurn[] = [];

export interface PostingMockProps {
  contextKey: string;
  analysis: JobAnalysis;
  /** The posting's chosen cases' content, as each arrives. */
  cases: ReadonlyMap<string, DesignCase>;
  /** The model's interviewer, when a model is configured. */
  model: MockModel | null;
  /** The coach: shown when no round is under way (its case notes would give the answer away). */
  children: ReactNode;
}

/**
 * The design mock on one of the posting's cases: notes on the clock, then the case's checklist; with
 * a model, its interviewer probes the weakest part and debriefs the round against the checklist.
 */
export function PostingMock({ contextKey, analysis, cases, model, children }: PostingMockProps) {
  const { mock, ready, saveError, start, update } = useActiveMock<DesignMock>(contextKey, 'design');
  const history = useMockResults();
  const working = mock?.phase === 'working';
  const now = useNow(working);
  const voice = useMockVoice(mock?.transcript ?? NO_TURNS);
  const picks = analysis.designCases;
  const practised = history.results.flatMap((result) => (result.kind === 'design' ? [result] : []));
  const suggested = pickCase(
    picks.map((pick) => pick.id),
    practised,
  );
  const [chosen, setChosen] = useState<string | null>(null);
  // A mock started with a model keeps it; one started without stays offline.
  const interviewer = mock?.withModel ? model : null;
  const caseOf = (current: DesignMock) => cases.get(current.caseId);
  const askInterviewer = (current: DesignMock) => {
    const designCase = caseOf(current);
    if (designCase) interviewer?.ask('interviewer', designBrief(current, designCase, Date.now()));
  };

  useFinishedAnswer(interviewer, 'interviewer', (text) =>
    update((current, at) =>
      current.phase === 'working'
        ? addDesignTurn(current, 'interviewer', text, weakestSection(current, at), at)
        : current,
    ),
  );
  useFinishedAnswer(interviewer, 'design-debrief', (text) => {
    const checklist = mock ? caseOf(mock)?.checklist : undefined;
    if (mock?.phase !== 'review' || !checklist) return;
    const debrief = parseDebrief(checklist, text);
    if (debrief) void history.add(designResult(mock, debrief, Date.now())).then(() => update(() => null));
  });

  if (!ready) return null;
  const unsaved = saveError ? (
    <p role="alert" className="status-error">
      {saveError}
    </p>
  ) : null;

  if (mock?.phase === 'working') {
    const designCase = cases.get(mock.caseId);
    const pick = picks.find((entry) => entry.id === mock.caseId);
    const topics = [
      ...(pick?.deepDives.map((dive) => dive.topic) ?? []),
      ...(designCase?.deepDives.map((dive) => dive.topic) ?? []),
    ];
    return (
      <>
        {unsaved}
        <DesignRound
          mock={mock}
          elapsedMs={elapsedMs(mock.clock, now)}
          due={sectionDue(mock, now)}
          onNotes={(section, text) => update((current, at) => withNotes(current, section, text, at))}
          interviewer={pendingOf(interviewer?.answer('interviewer'))}
          onRetryInterviewer={() => interviewer?.retry('interviewer')}
          voice={voice}
          onAsk={() =>
            interviewer
              ? askInterviewer(mock)
              : update((current, at) => {
                  const probe = offlineProbe(current, [...new Set(topics)], at);
                  return addDesignTurn(current, 'interviewer', probe.question, probe.section, at);
                })
          }
          onSay={(text) =>
            update((current, at) => {
              const next = addDesignTurn(current, 'candidate', text, sectionDue(current, at), at);
              askInterviewer(next);
              return next;
            })
          }
          onEnd={() => update((current, at) => endDesignRound(current, at))}
        />
      </>
    );
  }

  if (mock) {
    const designCase = caseOf(mock);
    if (!designCase) return null;
    const checklist = designCase.checklist;
    return (
      <>
        {unsaved}
        <DesignReview
          checklist={checklist}
          modelScoring={modelScoringOf(interviewer, 'design-debrief', () =>
            designBrief(mock, designCase, Date.now()),
          )}
          onDiscard={() => update(() => null)}
          onSubmit={(verdicts, gaps) => {
            const debrief = buildDebrief(
              checklist,
              verdicts.map((entry) => ({ ...entry, evidence: '' })),
              { strengths: [], gaps, by: 'self' },
            );
            void history.add(designResult(mock, debrief, Date.now())).then(() => update(() => null));
          }}
        />
      </>
    );
  }

  const selected = chosen ?? suggested;
  const selectedCase = selected ? cases.get(selected) : undefined;
  const selectedPick = picks.find((pick) => pick.id === selected);
  return (
    <>
      {unsaved}
      {picks.length > 0 && (
        // Closed until opened, as the coach's sections are: the posting's panel opens on its summary.
        <details className="job-section" data-section="mock-design">
          <summary>
            <h2>Mock design round</h2>
          </summary>
          <div className="job-section-body">
            <label>
              Case{' '}
              <select value={selected ?? ''} onChange={(event) => setChosen(event.target.value)}>
                {picks.map((pick) => (
                  <option key={pick.id} value={pick.id}>
                    {pick.title}
                    {pick.id === suggested ? ' (Sparring’s pick)' : ''}
                  </option>
                ))}
              </select>
            </label>{' '}
            <button
              type="button"
              disabled={!selectedCase}
              onClick={() =>
                selectedCase &&
                start(
                  startDesignMock({
                    contextKey,
                    posting: { company: analysis.company, role: analysis.title },
                    designCase: selectedCase,
                    level: selectedPick?.level ?? null,
                    withModel: model !== null,
                    now: Date.now(),
                  }),
                )
              }
            >
              Start a mock design round
            </button>
            <p className="mock-start-note">
              A timed round on one of this posting's cases: requirements to deep dives in your notes, then the
              case's checklist as your review. The case's notes stay hidden until it ends.
            </p>
          </div>
        </details>
      )}
      <MockHistory results={history.results.filter((result) => result.contextKey === contextKey)} />
      {children}
    </>
  );
}

/** The model's debrief against the case's checklist, as the flow's schema validated it; null for anything else. */
function parseDebrief(checklist: readonly string[], text: string): Debrief | null {
  try {
    const data = JSON.parse(text) as DebriefOutput;
    return buildDebrief(checklist, data.items, {
      strengths: data.strengths,
      gaps: data.gaps,
      ...(isScore(data.score) ? { score: data.score } : {}),
      by: 'model',
    });
  } catch {
    return null;
  }
}
