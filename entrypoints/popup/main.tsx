import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { PopupApp } from '@/components/PopupApp';
import '@/components/theme.css';
import { openPanel } from '@/lib/platform/panel';

/** Open the panel on the active tab. Synchronous up to open(): the click is the user gesture. */
function openPanelForActiveTab(tabId: number | undefined) {
  if (tabId === undefined) return;
  void openPanel(tabId).then(() => window.close());
}

async function start() {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <PopupApp onOpenPanel={() => openPanelForActiveTab(tab?.id)} />
    </StrictMode>,
  );
}
void start();
