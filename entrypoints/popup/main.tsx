// The native API, not the polyfill, keeps the popup's first load within its budget (see panel.ts).
import { browser } from '@wxt-dev/browser';
import { type ComponentType, StrictMode, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { PopupApp } from '@/components/PopupApp';
import '@/components/base.css';
import '@/components/quiz/quiz.css';
import { openPanel } from '@/lib/platform/panel';
import { handleQuizKey, isForTheControl, type KeyTarget } from './keys';
import { STUDY_MORE, useQuiz } from './store';
import { whenIdle } from './when-idle';

/** The tab the popup was opened over, known before any click so opening the panel stays synchronous. */
let activeTabId: number | undefined;

/** Open the panel on the active tab. Synchronous up to open(): the click is the user gesture. */
function openPanelForActiveTab() {
  if (activeTabId === undefined) return;
  void openPanel(activeTabId).then(() => window.close());
}

const TYPING_FIELDS = 'textarea, select, [contenteditable], input:not([type="checkbox"], [type="radio"])';

/** Whether the focus last moved by Tab (true) or by a click or tap (false). */
let focusMovedByKeyboard = false;
window.addEventListener('keydown', (event) => {
  if (event.key === 'Tab') focusMovedByKeyboard = true;
});
window.addEventListener('pointerdown', () => {
  focusMovedByKeyboard = false;
});

function keyTarget(target: EventTarget | null): KeyTarget | null {
  if (!(target instanceof Element) || target === document.body) return null;
  const pressable = target.matches('button, summary');
  return {
    typing: target.matches(TYPING_FIELDS),
    operatedBy: pressable
      ? [' ', 'Enter']
      : target.matches('a[href]')
        ? ['Enter']
        : target.matches('input')
          ? [' ']
          : [],
    keyboardFocused: focusMovedByKeyboard,
    quizKey: target.closest('[data-quiz-key]') !== null,
  };
}

function App() {
  const quiz = useQuiz();
  const [Generate, setGenerate] = useState<ComponentType | null>(null);
  const [Due, setDue] = useState<ComponentType | null>(null);
  // The settings' seven inputs took a quarter of the first question's render (a CPU profile of the
  // popup's load); they follow the question, as the views below do.
  const [settingsShown, setSettingsShown] = useState(false);
  const ready = quiz.view.kind !== 'loading';
  useEffect(() => {
    if (!ready) return;
    whenIdle(() => {
      setSettingsShown(true);
      void import('./generate').then((module) => setGenerate(() => module.Generate));
      void import('./due').then((module) => setDue(() => module.Due));
    });
  }, [ready]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.repeat) return;
      if (isForTheControl(event.key, keyTarget(event.target))) return;
      if (handleQuizKey(event.key, useQuiz.getState().view, useQuiz.getState())) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <PopupApp
      view={quiz.view}
      stats={quiz.stats}
      prefs={settingsShown ? quiz.prefs : null}
      studyMoreCount={STUDY_MORE}
      actions={quiz}
      now={new Date()}
      onOpenPanel={openPanelForActiveTab}
      generate={
        Generate ? (
          <ErrorBoundary name="Question generation">
            <Generate />
          </ErrorBoundary>
        ) : null
      }
      due={
        Due ? (
          <ErrorBoundary name="Problems to review">
            <Due />
          </ErrorBoundary>
        ) : null
      }
    />
  );
}

const root = document.getElementById('root');
// The store starts first (its stored items were asked for by quiz-read.js before these modules
// ran), then the shell renders at once (flushSync) while the question's first questions load:
// React is warm when the question arrives (its first render took twice as long), and a render
// left to a later task ran after the answer, holding back the question.
void useQuiz.getState().start();
if (root) {
  const app = createRoot(root);
  flushSync(() =>
    app.render(
      <StrictMode>
        <ErrorBoundary name="The quiz">
          <App />
        </ErrorBoundary>
      </StrictMode>,
    ),
  );
}
void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
  activeTabId = tab?.id;
});
