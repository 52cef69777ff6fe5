import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
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
        <Suspense fallback={null}>
          <CoachBody tabId={tabId} context={context} />
        </Suspense>
      )}
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
