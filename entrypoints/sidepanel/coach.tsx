import { lazy, Suspense, useEffect, useMemo } from 'react';
import { browser } from 'wxt/browser';
import { JobCoach } from '@/components/coach/JobCoach';
import { ProblemCoach } from '@/components/coach/ProblemCoach';
import { TargetRoleButton } from '@/components/coach/TargetRoleButton';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { PasteBox } from '@/components/PasteBox';
import { clearChat } from '@/lib/chat';
import { analyze, analyzeText } from '@/lib/coach';
import { parseIsoDay } from '@/lib/coach/job';
import { contextKey, type PageContext } from '@/lib/extract/context';
import { slotOf } from '@/lib/llm/flows';
import { promptAnalysis } from '@/lib/llm/prompts/findings';
import { PROVIDERS } from '@/lib/llm/providers';
import { ContextPaste, EditorRead, sendMessage } from '@/lib/messaging';
import type { AskRequest } from '@/lib/messaging/protocol';
import { recordedTechniques } from '@/lib/practice/techniques';
import { saveTargetRole } from '@/lib/storage/quiz';
import { lastApproach, useAnswers } from './answers';
import { useChat, useCoachState } from './coach-state';
import { ProblemMock } from './coding-mock';
import { DESIGN_CASE_INDEX, usePickedCases } from './design-cases';
import { PostingMock } from './design-mock';
import { useLibraryMatch } from './library';
import { type MockModel, SLOT_OF } from './mock-model';
import { usePractice, useRecordedPractice } from './practice';
import { PracticeNotes, PracticeTop } from './practice-view';
import { useProvider } from './provider';
import { PostingStories } from './stories';

// The model views bring Markdown rendering and code highlighting: most users have no model
// configured, so they are fetched only when one is.
const ProblemModelCoach = lazy(() =>
  import('@/components/model/ProblemModelCoach').then((module) => ({ default: module.ProblemModelCoach })),
);
const JobModelCoach = lazy(() =>
  import('@/components/model/JobModelCoach').then((module) => ({ default: module.JobModelCoach })),
);

const STORY_SLOT = slotOf({ flow: 'story-feedback' });

export interface CoachBodyProps {
  tabId: number;
  /** A problem, a posting, or nothing to read (then the paste box); never a refused page. */
  context: PageContext | null;
}

/** Everything under the panel's title: the offline coach, the model flows when configured, the paste box. */
export function CoachBody({ tabId, context }: CoachBodyProps) {
  const provider = useProvider();
  const answers = useAnswers();
  const key = context ? contextKey(context) : null;
  const coach = useCoachState(key);
  const chat = useChat(key);
  const interviewDate = coach.state.interviewDate;
  const library = useLibraryMatch(context);

  // A new problem or tab: nothing of the previous one may linger.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key is the trigger, not an input.
  useEffect(() => useAnswers.getState().reset(), [key]);

  const result = useMemo(() => {
    if (!context) return null;
    const date = interviewDate ? parseIsoDay(interviewDate) : null;
    return analyze(context, {
      designCases: DESIGN_CASE_INDEX,
      library: library.match,
      ...(date ? { interviewDate: date } : {}),
    });
  }, [context, interviewDate, library.match]);
  const cases = usePickedCases(result?.kind === 'job' ? result.analysis.designCases : []);
  const practice = usePractice(context?.kind === 'problem' && context.site !== 'generic' ? key : null);
  useRecordedPractice(practice, coach, result?.kind === 'problem' ? recordedTechniques(result.analysis) : []);

  if (!context || context.kind === 'none') {
    return (
      <PasteBox
        onAnalyse={(text) => {
          const pasted = analyzeText(text).context;
          void sendMessage(ContextPaste, { tabId, context: pasted });
        }}
      />
    );
  }
  if (!coach.ready || !library.ready || !result || (result.kind !== 'problem' && result.kind !== 'job'))
    return null;

  const modelOn = provider !== null && PROVIDERS[provider.kind].transport !== 'none';
  // The coach's findings travel with the request: the background does not load the coach.
  const findings = promptAnalysis(result);
  const ask = (request: Omit<AskRequest, 'requestId' | 'tabId' | 'analysis'>) =>
    answers.ask({ ...request, tabId, analysis: findings });
  const mockModel: MockModel | null = modelOn
    ? {
        ask: (flow, mock) => ask({ flow, mock }),
        answer: (flow) => answers.bySlot[SLOT_OF[flow]],
        retry: (flow) => answers.retry(SLOT_OF[flow]),
      }
    : null;
  const controls = {
    answers: answers.bySlot,
    onStop: answers.stop,
    onRetry: (slot: string) => answers.retry(slot),
    onRegenerate: (slot: string) => answers.retry(slot, true),
    onContinue: answers.continueAnswer,
    onOpenOptions: () => void browser.runtime.openOptionsPage(),
    onClearChat: () => key && void clearChat(key),
  };

  // Checklist ticks (a posting's design cases, a problem's edge cases), kept per context.
  const ticked = new Set(coach.state.ticked);
  const toggle = (id: string, on: boolean) =>
    coach.update({
      ticked: on ? [...new Set([...coach.state.ticked, id])] : coach.state.ticked.filter((t) => t !== id),
    });

  // A change that could not be saved stays on screen; this says so, and what to do.
  const unsaved = coach.saveError ? (
    <p role="alert" className="status-error" data-testid="save-error">
      {coach.saveError}
    </p>
  ) : null;

  // Pasted text has no page behind it: offer a way back to the paste box for the next one.
  const pasteAgain =
    context.url === 'about:blank' ? (
      <p>
        <button
          type="button"
          onClick={() =>
            void sendMessage(ContextPaste, {
              tabId,
              context: { kind: 'none', url: 'about:blank', title: '' },
            })
          }
        >
          Paste something else
        </button>
      </p>
    ) : null;

  if (result.kind === 'problem') {
    // A problem's analysis comes from a problem's context, which always has a key.
    if (context.kind !== 'problem' || !key) return null;
    // A new attempt (a review) starts the ladder afresh: the coach remounts with it.
    const attempt = practice.record?.attempt.startedAt ?? 0;
    return (
      <ProblemMock
        tabId={tabId}
        context={context}
        contextKey={key}
        library={library.match}
        notes={result.analysis.source === 'library' ? result.analysis : null}
        queryQuestions={result.analysis.query ? result.analysis.followUps : null}
        model={mockModel}
      >
        {unsaved}
        {practice.saveError && (
          <p role="alert" className="status-error" data-testid="practice-save-error">
            {practice.saveError}
          </p>
        )}
        <ErrorBoundary key={`practice-${key}`} name="Your practice">
          <PracticeTop practice={practice} />
          <PracticeNotes practice={practice} at="top" />
        </ErrorBoundary>
        <ErrorBoundary key={key} name="The offline coach">
          <ProblemCoach
            key={`${key}|${attempt}`}
            analysis={result.analysis}
            hintsShown={coach.state.hintsShown}
            techniquesShown={coach.state.techniquesShown}
            onHintsShownChange={(hintsShown) => {
              coach.update({ hintsShown });
              practice.hint('offline', hintsShown);
            }}
            onTechniquesShownChange={(techniquesShown) => coach.update({ techniquesShown })}
            ticked={ticked}
            onTickedChange={toggle}
          />
        </ErrorBoundary>
        {modelOn && (
          <ErrorBoundary key={`model-${key}`} name="The model coach">
            <Suspense fallback={null}>
              <ProblemModelCoach
                key={`model-${key}`}
                {...controls}
                onHint={(level, confirmedSolution, attempt) => {
                  practice.hint('model', level);
                  ask({ flow: 'hint', level, confirmedSolution, ...(attempt ? { attempt } : {}) });
                }}
                lastApproach={lastApproach(answers.bySlot)}
                onApproach={(input) => ask({ flow: 'approach', input })}
                onReview={(input) => ask({ flow: 'review', input })}
                onReadCode={() =>
                  sendMessage(EditorRead, { tabId }).then(
                    (read) => read.code,
                    () => null,
                  )
                }
                chat={chat}
                onChat={(input) => ask({ flow: 'chat', input })}
              />
            </Suspense>
          </ErrorBoundary>
        )}
        <ErrorBoundary key={`notes-${key}`} name="Your notes">
          <PracticeNotes practice={practice} at="bottom" />
        </ErrorBoundary>
        {pasteAgain}
      </ProblemMock>
    );
  }

  const analysis = result.analysis;
  if (!key) return null;
  return (
    <PostingMock contextKey={key} analysis={analysis} cases={cases} model={mockModel}>
      {unsaved}
      <ErrorBoundary key={key} name="The posting's preparation">
        <JobCoach
          analysis={analysis}
          ticked={ticked}
          onToggle={toggle}
          interviewDate={interviewDate ?? undefined}
          onInterviewDateChange={(date) => coach.update({ interviewDate: date })}
          cases={cases}
          actions={
            <TargetRoleButton
              onSave={() =>
                saveTargetRole({
                  rounds: analysis.rounds.map((round) => ({ kind: round.kind, weight: round.weight })),
                  skills: [...analysis.skills],
                })
              }
            />
          }
        />
      </ErrorBoundary>
      <ErrorBoundary key={`stories-${key}`} name="Your stories">
        <PostingStories
          prompts={analysis.behavioralPrompts}
          model={
            modelOn
              ? {
                  ask: (mock) => ask({ flow: 'story-feedback', mock }),
                  view: {
                    answer: answers.bySlot[STORY_SLOT],
                    onStop: () => answers.stop(STORY_SLOT),
                    onRetry: () => answers.retry(STORY_SLOT),
                    onRegenerate: () => answers.retry(STORY_SLOT, true),
                    onContinue: () => answers.continueAnswer(STORY_SLOT),
                    onOpenOptions: controls.onOpenOptions,
                  },
                }
              : null
          }
        />
      </ErrorBoundary>
      {modelOn && (
        <ErrorBoundary key={`model-${key}`} name="The model coach">
          <Suspense fallback={null}>
            <JobModelCoach
              {...controls}
              onPrepare={() => ask({ flow: 'job-prep' })}
              chat={chat}
              onChat={(input) => ask({ flow: 'chat', input })}
            />
          </Suspense>
        </ErrorBoundary>
      )}
      {pasteAgain}
    </PostingMock>
  );
}
