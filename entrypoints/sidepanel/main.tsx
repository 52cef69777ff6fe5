import { lazy, Suspense, useEffect, useState } from 'react';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { mountPage } from '@/components/mount-page';
import { PanelApp } from '@/components/PanelApp';
import '@/components/theme.css';
import { follow } from './follow';
import { saveSnapshot } from './snapshot';
import { usePanel } from './store';

// The frame (what the page is) paints first; the coach, its analysis and the model views
// follow as their own chunks, so opening the panel does not wait on code it may not need.
const CoachBody = lazy(() => import('./coach').then((module) => ({ default: module.CoachBody })));

function App() {
  const { tabId, context, loading, error } = usePanel();
  const showsCoach = tabId !== null && !loading && context?.kind !== 'blocked';
  const [reportNote, setReportNote] = useState<string | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new page clears the last note.
  useEffect(() => setReportNote(null), [tabId, context?.url]);
  return (
    <PanelApp
      context={context}
      loading={loading}
      error={error}
      onReportMisread={tabId === null ? undefined : () => void saveSnapshot(tabId).then(setReportNote)}
      reportNote={reportNote}
    >
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

mountPage('The side panel', <App />);
void follow(location.search);
