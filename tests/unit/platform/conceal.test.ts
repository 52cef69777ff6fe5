import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parsePage } from '@/lib/cli/parse';
import { leetcode } from '@/lib/extract/sites/leetcode';
import { PAGE_CONCEAL_PORT } from '@/lib/messaging/page-signals';
import { CONCEAL_MARK, concealWhileHeld } from '@/lib/platform/conceal';

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
    concealWhileHeld(doc, { conceal: '.tags,a[href*="/tag/"]' }, () => true, runtime);
    expect(styles(doc)).toEqual([]);

    const first = connect(PAGE_CONCEAL_PORT, { id: EXTENSION });
    expect(styles(doc)).toEqual([`.tags,a[href*="/tag/"],[${CONCEAL_MARK}]{display:none!important}`]);
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
    concealWhileHeld(doc, { conceal: '.tags' }, () => problem, runtime);
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
    const reveal = concealWhileHeld(doc, { conceal: '.tags' }, () => true, runtime);
    connect(PAGE_CONCEAL_PORT, { id: EXTENSION });
    reveal();
    expect(styles(doc)).toEqual([]);
  });
});

describe("hiding leetcode.cn's 题解 tab by its label", () => {
  const cnPage = () => {
    const doc = parsePage(
      readFileSync(join(__dirname, '../../fixtures/leetcode/cn-two-sum-tabs.html'), 'utf8'),
    );
    // linkedom's observers belong to their document; the content script uses the page's global one.
    vi.stubGlobal('MutationObserver', (doc.defaultView as unknown as typeof globalThis).MutationObserver);
    return doc;
  };
  const marked = (doc: Document) =>
    [...doc.querySelectorAll(`[${CONCEAL_MARK}]`)].map((el) => el.getAttribute('data-layout-path'));
  /** A tab button as FlexLayout renders one (the fixture's shape), added to the editor's tab bar (/ts1). */
  const renderTab = (doc: Document, path: string, label: string) => {
    const bar = [...doc.querySelectorAll('.flexlayout__tabset_tabbar_inner_tab_container')].at(-1) as Element;
    const button = doc.createElement('div');
    button.className = 'flexlayout__tab_button flexlayout__tab_button_top flexlayout__tab_button--unselected';
    button.setAttribute('data-layout-path', path);
    button.innerHTML = `<div class="flexlayout__tab_button_content"><div class="medium">${label}</div></div>`;
    bar.append(button);
  };
  const settled = () => new Promise((resolve) => setTimeout(resolve, 0));
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('marks the tab while the panel holds the port and leaves no mark once the last port closes', () => {
    const doc = cnPage();
    const { runtime, connect } = fakeRuntime();
    concealWhileHeld(doc, leetcode, () => true, runtime);
    expect(marked(doc)).toEqual([]);
    const first = connect(PAGE_CONCEAL_PORT, { id: EXTENSION });
    const second = connect(PAGE_CONCEAL_PORT, { id: EXTENSION });
    expect(marked(doc)).toEqual(['/ts0/tb1']);
    first();
    expect(marked(doc)).toEqual(['/ts0/tb1']);
    second();
    expect(marked(doc)).toEqual([]);
    expect(styles(doc)).toEqual([]);
  });

  it('marks a 题解 tab rendered mid-round (the layout rearranged), and none after the round', async () => {
    const doc = cnPage();
    const { runtime, connect } = fakeRuntime();
    concealWhileHeld(doc, leetcode, () => true, runtime);
    const release = connect(PAGE_CONCEAL_PORT, { id: EXTENSION });
    doc.querySelector('[data-layout-path="/ts0/tb1"]')?.remove();
    renderTab(doc, '/ts1/tb1', '题解');
    renderTab(doc, '/ts1/tb2', '测试用例');
    await settled();
    expect(marked(doc)).toEqual(['/ts1/tb1']);

    release();
    renderTab(doc, '/ts1/tb3', '题解');
    await settled();
    expect(marked(doc)).toEqual([]);
  });

  it('marks nothing on a page Sparring refuses, nor when the script is retired', async () => {
    const doc = cnPage();
    const { runtime, connect } = fakeRuntime();
    concealWhileHeld(doc, leetcode, () => false, runtime);
    connect(PAGE_CONCEAL_PORT, { id: EXTENSION });
    renderTab(doc, '/ts1/tb1', '题解');
    await settled();
    expect(marked(doc)).toEqual([]);

    const heldDoc = cnPage();
    const held = fakeRuntime();
    const retire = concealWhileHeld(heldDoc, leetcode, () => true, held.runtime);
    held.connect(PAGE_CONCEAL_PORT, { id: EXTENSION });
    expect(marked(heldDoc)).toEqual(['/ts0/tb1']);
    retire();
    renderTab(heldDoc, '/ts1/tb1', '题解');
    await settled();
    expect(marked(heldDoc)).toEqual([]);
  });
});
