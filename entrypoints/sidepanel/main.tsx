import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PanelApp } from '@/components/PanelApp';
import '@/components/theme.css';
import { follow } from './follow';
import { usePanel } from './store';

function App() {
  const { context, loading, error } = usePanel();
  return <PanelApp context={context} loading={loading} error={error} />;
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
