import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import * as z from 'zod/mini';
import {
  ContextGet,
  ContextReport,
  defineMessage,
  onMessages,
  PanelOpen,
  route,
  sendMessage,
} from '@/lib/messaging';

const problem = {
  kind: 'problem',
  site: 'leetcode',
  url: 'https://leetcode.com/problems/two-sum/',
  id: 'two-sum',
  title: 'Two Sum',
  statement: '',
  examples: [],
  constraints: [],
  tags: [],
  hints: [],
  source: 'dom',
} as const;

const selfOrigin = () => fakeBrowser.runtime.getURL('/');
const fromTab = () => ({ id: fakeBrowser.runtime.id, tab: { id: 7 } as never, url: 'https://leetcode.com/' });
const fromPanel = () => ({ id: fakeBrowser.runtime.id, url: `${selfOrigin()}sidepanel.html` });

function deliver(message: unknown, sender: object) {
  return fakeBrowser.runtime.onMessage.trigger(message, sender, () => undefined);
}

describe('the background side of the protocol', () => {
  beforeEach(() => fakeBrowser.reset());

  it('hands a valid report from a content script to its handler', async () => {
    const handler = vi.fn(() => null);
    onMessages('background', [route(ContextReport, handler)]);
    await deliver({ type: 'context/report', data: { context: problem } }, fromTab());
    expect(handler).toHaveBeenCalledWith({ context: problem }, expect.objectContaining({ tab: { id: 7 } }));
  });

  it('rejects a malformed context before the handler runs', async () => {
    const handler = vi.fn(() => null);
    onMessages('background', [route(ContextReport, handler)]);
    const bad = { ...problem, kind: 'problem', title: 42 };
    await expect(deliver({ type: 'context/report', data: { context: bad } }, fromTab())).rejects.toThrow(
      /bad context\/report/,
    );
    expect(handler).not.toHaveBeenCalled();
  });

  it('accepts content-script messages only from tabs and UI messages only from extension pages', async () => {
    const report = vi.fn(() => null);
    const get = vi.fn(() => null);
    onMessages('background', [route(ContextReport, report), route(ContextGet, get)]);

    await expect(
      deliver({ type: 'context/report', data: { context: problem } }, fromPanel()),
    ).rejects.toThrow(/not accepted/);
    await expect(deliver({ type: 'context/get', data: { tabId: 7 } }, fromTab())).rejects.toThrow(
      /not accepted/,
    );
    await expect(
      deliver(
        { type: 'context/get', data: { tabId: 7 } },
        { id: 'another-extension', url: 'chrome-extension://x/' },
      ),
    ).rejects.toThrow(/not accepted/);
    expect(report).not.toHaveBeenCalled();
    expect(get).not.toHaveBeenCalled();

    await deliver({ type: 'context/get', data: { tabId: 7 } }, fromPanel());
    expect(get).toHaveBeenCalledOnce();
  });

  it('calls the handler synchronously so gesture-bound APIs keep the gesture', () => {
    let called = false;
    onMessages('background', [
      route(PanelOpen, () => {
        called = true;
        return null;
      }),
    ]);
    void deliver({ type: 'panel/open', data: {} }, fromTab());
    expect(called).toBe(true);
  });

  it('ignores messages that are not ours', async () => {
    const handler = vi.fn(() => null);
    onMessages('background', [route(ContextReport, handler)]);
    const results = await deliver('hello', fromTab());
    expect(results).toEqual([undefined]);
    expect(handler).not.toHaveBeenCalled();
  });
});

describe('sending', () => {
  beforeEach(() => fakeBrowser.reset());

  it('validates the reply where it enters', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({
      kind: 'problem',
      title: 'half a context',
    } as never);
    await expect(sendMessage(ContextGet, { tabId: 1 })).rejects.toThrow(/bad response to context\/get/);
  });

  it('returns a valid reply typed', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(problem as never);
    await expect(sendMessage(ContextGet, { tabId: 1 })).resolves.toEqual(problem);
  });
});

describe('message declarations', () => {
  it('build their schemas on first use, once, so a waking worker builds only what it checks', () => {
    const buildRequest = vi.fn(() => z.object({ tabId: z.number() }));
    const buildResponse = vi.fn(() => z.null());
    const Probe = defineMessage({
      type: 'probe/lazy',
      request: buildRequest,
      response: buildResponse,
      from: ['extension'],
    });
    expect(buildRequest).not.toHaveBeenCalled();
    expect(buildResponse).not.toHaveBeenCalled();

    expect(z.safeParse(Probe.request, { tabId: 3 }).success).toBe(true);
    expect(z.safeParse(Probe.request, { tabId: 'three' }).success).toBe(false);
    expect(buildRequest).toHaveBeenCalledTimes(1);
    expect(buildResponse).not.toHaveBeenCalled();
  });
});
