import { type ComponentType, StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { PopupApp } from '@/components/PopupApp';
import '@/components/theme.css';
import '@/components/quiz/quiz.css';
import { openPanel } from '@/lib/platform/panel';
import { handleQuizKey } from './keys';
import { useQuiz } from './store';

/** The tab the popup was opened over, known before any click so opening the panel stays synchronous. */
let activeTabId: number | undefined;

/** Open the panel on the active tab. Synchronous up to open(): the click is the user gesture. */
function openPanelForActiveTab() {
  if (activeTabId === undefined) return;
  void openPanel(activeTabId).then(() => window.close());
}

/** Enter or Space on a control that is not the quiz's (a checkbox, the panel button) belongs to that control. */
function isForTheControl(event: KeyboardEvent): boolean {
  if (event.key !== 'Enter' && event.key !== ' ') return false;
  const target = event.target;
  if (!(target instanceof Element) || target.closest('[data-quiz-key]')) return false;
  return target.closest('input, textarea, select, summary, button, a') !== null;
}

function App() {
  const quiz = useQuiz();
  const [Generate, setGenerate] = useState<ComponentType | null>(null);
  const ready = quiz.view.kind !== 'loading';
  useEffect(() => {
    if (ready) void import('./generate').then((module) => setGenerate(() => module.Generate));
  }, [ready]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.repeat || isForTheControl(event)) return;
      if (handleQuizKey(event.key, useQuiz.getState().view, useQuiz.getState())) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <PopupApp
      view={quiz.view}
      stats={quiz.stats}
      topics={quiz.prefs?.topics ?? null}
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
    />
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary name="The quiz">
        <App />
      </ErrorBoundary>
    </StrictMode>,
  );
}
void useQuiz.getState().start();
void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
  activeTabId = tab?.id;
});
