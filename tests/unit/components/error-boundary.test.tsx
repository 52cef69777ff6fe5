import { parseHTML } from 'linkedom';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '@/components/ErrorBoundary';

function Broken(): never {
  throw new TypeError("Cannot read properties of undefined (reading 'choices')");
}

describe('ErrorBoundary', () => {
  beforeEach(() => {
    const { window } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
    vi.stubGlobal('window', window);
    vi.stubGlobal('document', window.document);
    vi.stubGlobal('IS_REACT_ACT_ENVIRONMENT', true);
    // React logs the caught error; the test is about what the page shows.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('shows a short message in place of a view that throws, and the views beside it still render', async () => {
    const container = document.getElementById('root') as unknown as HTMLElement;
    const root = createRoot(container);
    await act(async () =>
      root.render(
        <main>
          <ErrorBoundary name="The quiz">
            <Broken />
          </ErrorBoundary>
          <ErrorBoundary name="The topic picker">
            <p>Algorithms</p>
          </ErrorBoundary>
        </main>,
      ),
    );
    const alert = container.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain(
      "The quiz could not be shown (Cannot read properties of undefined (reading 'choices')).",
    );
    expect(container.textContent).toContain('Algorithms');
    await act(async () => root.unmount());
  });
});
