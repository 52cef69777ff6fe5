import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { PAGE_CONCEAL_PORT } from '@/lib/messaging/page-signals';
import { concealWhileHeld } from '@/lib/platform/conceal';

const EXTENSION = 'sparring-id';

const page = () =>
  parseHTML('<html><head></head><body><div class="tags">dp</div></body></html>')
    .document as unknown as Document;
const styles = (doc: Document) => [...doc.querySelectorAll('style')].map((style) => style.textContent ?? '');

/** A runtime whose onConnect the test drives, and ports it can close as the browser would. */
function fakeRuntime() {
  let listener: ((port: never) => void) | undefined;
  const runtime = {
    id: EXTENSION,
    onConnect: { addListener: (added: (port: never) => void) => (listener = added) },
  };
  const connect = (name: string, sender: { id?: string; tab?: object }) => {
    const closers: (() => void)[] = [];
    listener?.({
      name,
      sender,
      onDisconnect: { addListener: (close: () => void) => closers.push(close) },
    } as never);
    return () => {
      for (const close of closers) close();
    };
  };
  return { runtime: runtime as unknown as Parameters<typeof concealWhileHeld>[3], connect };
}

describe('hiding the page during a coding mock', () => {
  it("adds one rule over the site's selectors while the panel holds the port, and removes it when the last port closes", () => {
    const doc = page();
    const { runtime, connect } = fakeRuntime();
    concealWhileHeld(doc, '.tags,a[href*="/tag/"]', () => true, runtime);
    expect(styles(doc)).toEqual([]);

    const first = connect(PAGE_CONCEAL_PORT, { id: EXTENSION });
    expect(styles(doc)).toEqual(['.tags,a[href*="/tag/"]{display:none!important}']);
    // The panel re-holds after each read of the page: a second port adds no second rule.
    const second = connect(PAGE_CONCEAL_PORT, { id: EXTENSION });
    expect(styles(doc)).toHaveLength(1);
    first();
    expect(styles(doc)).toHaveLength(1);
    // The round ended, or the panel closed: the browser closed its port.
    second();
    expect(styles(doc)).toEqual([]);
  });

  it('ignores ports from tabs, other extensions and other names, and never conceals a refused page', () => {
    const doc = page();
    const { runtime, connect } = fakeRuntime();
    let problem = true;
    concealWhileHeld(doc, '.tags', () => problem, runtime);
    connect(PAGE_CONCEAL_PORT, { id: EXTENSION, tab: { id: 3 } });
    connect(PAGE_CONCEAL_PORT, { id: 'another-extension' });
    connect('llm', { id: EXTENSION });
    expect(styles(doc)).toEqual([]);
    problem = false;
    connect(PAGE_CONCEAL_PORT, { id: EXTENSION });
    expect(styles(doc)).toEqual([]);
  });

  it('shows the page again when the script is retired, whatever the panel holds', () => {
    const doc = page();
    const { runtime, connect } = fakeRuntime();
    const reveal = concealWhileHeld(doc, '.tags', () => true, runtime);
    connect(PAGE_CONCEAL_PORT, { id: EXTENSION });
    reveal();
    expect(styles(doc)).toEqual([]);
  });
});
