import { type ReactNode, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from './ErrorBoundary';

/** Renders an extension page's app into its #root, under a boundary that names the page in a failure. */
export function mountPage(name: string, app: ReactNode): void {
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary name={name}>{app}</ErrorBoundary>
    </StrictMode>,
  );
}
