import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { PanelApp } from '@/components/PanelApp';
import '@/components/theme.css';
import { follow } from './follow';
import { usePanel } from './store';

// The frame (what the page is) paints first; the coach, its analysis and the model views
// follow as their own chunks, so opening the panel does not wait on code it may not need.
const CoachBody = lazy(() => import('./coach').then((module) => ({ default: module.CoachBody })));

function App() {
  const { tabId, context, loading, error } = usePanel();
  const showsCoach = tabId !== null && !loading && context?.kind !== 'blocked';
  return (
    <PanelApp context={context} loading={loading} error={error}>
      {showsCoach && (
        // Each section of the coach has its own boundary; this one catches the analysis itself.
        <ErrorBoundary key={`${tabId}|${context?.url ?? ''}`} name="The coach">
          <Suspense fallback={null}>
            <CoachBody tabId={tabId} context={context} />
          </Suspense>
        </ErrorBoundary>
      )}
    </PanelApp>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary name="The side panel">
        <App />
      </ErrorBoundary>
    </StrictMode>,
  );
}
void follow(location.search);
