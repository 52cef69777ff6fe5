import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getContext } from '@/entrypoints/background/contexts';
import { readPage, refusalFor } from '@/entrypoints/background/read-page';

const ASSESSMENT = 'https://app.codesignal.com/assessment/Xy12AbCdEf';

describe('reading a page on request', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('on a refused site records the refusal from the URL alone, and injects nothing', async () => {
    const inject = vi.fn(async () => [{ result: null }]);
    fakeBrowser.scripting.executeScript = inject as unknown as typeof fakeBrowser.scripting.executeScript;
    await readPage(7, ASSESSMENT);
    expect(inject).not.toHaveBeenCalled();
    expect(await getContext(7)).toMatchObject({ kind: 'blocked', site: 'codesignal', url: ASSESSMENT });
  });

  it('elsewhere reads the page through the injected reader', async () => {
    const context = { kind: 'none', url: 'https://example.com/', title: 'Example' };
    const inject = vi.fn(async () => [{ result: context }]);
    fakeBrowser.scripting.executeScript = inject as unknown as typeof fakeBrowser.scripting.executeScript;
    await readPage(8, 'https://example.com/');
    expect(inject).toHaveBeenCalledOnce();
    expect(await getContext(8)).toEqual(context);
  });

  it('learns the URL from the tab when the gesture did not hand it over, and says nothing without one', async () => {
    const tab = await fakeBrowser.tabs.create({ url: ASSESSMENT });
    expect(await refusalFor(tab.id as number)).toMatchObject({ kind: 'blocked', site: 'codesignal' });
    expect(await refusalFor(tab.id as number, 'https://leetcode.com/problems/two-sum/')).toBeNull();
    expect(await refusalFor(12345)).toBeNull();
  });
});
