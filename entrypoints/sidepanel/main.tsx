import { StrictMode, useEffect, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { JobCoach } from '@/components/coach/JobCoach';
import { ProblemCoach } from '@/components/coach/ProblemCoach';
import { TargetRoleButton } from '@/components/coach/TargetRoleButton';
import { JobModelCoach } from '@/components/model/JobModelCoach';
import { ProblemModelCoach } from '@/components/model/ProblemModelCoach';
import { PanelApp } from '@/components/PanelApp';
import { PasteBox } from '@/components/PasteBox';
import '@/components/theme.css';
import { analyze, analyzeText } from '@/lib/coach';
import { parseIsoDay } from '@/lib/coach/job';
import { contextKey } from '@/lib/extract/context';
import { ContextPaste, EditorRead, sendMessage } from '@/lib/messaging';
import type { AskRequest } from '@/lib/messaging/protocol';
import { saveTargetRole } from '@/lib/quiz/target-role';
import { useAnswers } from './answers';
import { useChat, useCoachState } from './coach-state';
import { follow } from './follow';
import { useProvider } from './provider';
import { usePanel } from './store';

function App() {
  const { tabId, context, loading, error } = usePanel();
  const provider = useProvider();
  const answers = useAnswers();
  const key = context ? contextKey(context) : null;
  const coach = useCoachState(key);
  const chat = useChat(key);
  const interviewDate = coach.state.interviewDate;

  // A new problem or tab: nothing of the previous one may linger.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key is the trigger, not an input.
  useEffect(() => useAnswers.getState().reset(), [key]);

  const result = useMemo(() => {
    if (!context) return null;
    const date = interviewDate ? parseIsoDay(interviewDate) : null;
    return analyze(context, date ? { interviewDate: date } : {});
  }, [context, interviewDate]);

  const modelOn = provider !== null && provider.kind !== 'offline';
  const ask = (slot: string, request: Omit<AskRequest, 'requestId' | 'tabId'>) => {
    if (tabId !== null) answers.ask(slot, { ...request, tabId });
  };
  const controls = {
    answers: answers.bySlot,
    onStop: answers.stop,
    onRetry: (slot: string) => answers.retry(slot),
    onRegenerate: (slot: string) => answers.retry(slot, true),
  };

  // Checklist ticks (a posting's design checklist, a problem's edge cases), kept per context.
  const ticked = new Set(coach.state.ticked);
  const toggle = (id: string, on: boolean) =>
    coach.update({
      ticked: on ? [...new Set([...coach.state.ticked, id])] : coach.state.ticked.filter((t) => t !== id),
    });

  // Pasted text has no page behind it: offer a way back to the paste box for the next one.
  const isPasted = context !== null && context.kind !== 'blocked' && context.url === 'about:blank';
  const pasteAgain =
    isPasted && tabId !== null ? (
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

  let body: React.ReactNode = null;
  if (result?.kind === 'problem' && coach.ready) {
    body = (
      <>
        <ProblemCoach
          key={key}
          analysis={result.analysis}
          hintsShown={coach.state.hintsShown}
          techniquesShown={coach.state.techniquesShown}
          onHintsShownChange={(hintsShown) => coach.update({ hintsShown })}
          onTechniquesShownChange={(techniquesShown) => coach.update({ techniquesShown })}
          ticked={ticked}
          onTickedChange={toggle}
        />
        {modelOn && (
          <ProblemModelCoach
            key={`model-${key}`}
            {...controls}
            onHint={(level, confirmedSolution) =>
              ask(`hint-${level}`, { flow: 'hint', level, confirmedSolution })
            }
            onApproach={(input) => ask('approach', { flow: 'approach', input })}
            onReview={(input) => ask('review', { flow: 'review', input })}
            onReadCode={
              tabId === null
                ? undefined
                : () =>
                    sendMessage(EditorRead, { tabId }).then(
                      (read) => read.code,
                      () => null,
                    )
            }
            chat={chat}
            onChat={(input) => ask('chat', { flow: 'chat', input })}
          />
        )}
        {pasteAgain}
      </>
    );
  } else if (result?.kind === 'job' && coach.ready) {
    const analysis = result.analysis;
    body = (
      <>
        <JobCoach
          analysis={analysis}
          ticked={ticked}
          onToggle={toggle}
          interviewDate={interviewDate ?? undefined}
          onInterviewDateChange={(date) => coach.update({ interviewDate: date })}
        />
        <TargetRoleButton
          onSave={() =>
            saveTargetRole({
              rounds: analysis.rounds.map((round) => ({ kind: round.kind, weight: round.weight })),
              skills: [...analysis.skills],
            })
          }
        />
        {modelOn && (
          <JobModelCoach
            {...controls}
            onPrepare={() => ask('job-prep', { flow: 'job-prep' })}
            chat={chat}
            onChat={(input) => ask('chat', { flow: 'chat', input })}
          />
        )}
        {pasteAgain}
      </>
    );
  } else if (!loading && (!context || context.kind === 'none') && tabId !== null) {
    body = (
      <PasteBox
        onAnalyse={(text) => {
          const pasted = analyzeText(text).context;
          void sendMessage(ContextPaste, { tabId, context: pasted });
        }}
      />
    );
  }

  return (
    <PanelApp context={context} loading={loading} error={error}>
      {body}
    </PanelApp>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
void follow(location.search);
