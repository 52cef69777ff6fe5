import { parseHTML } from 'linkedom';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Answer } from '@/components/model/AnswerView';
import { ProblemModelCoach, type ProblemModelCoachProps } from '@/components/model/ProblemModelCoach';
import { lastApproach } from '@/entrypoints/sidepanel/answers';
import type { HintAttempt } from '@/lib/llm/prompts/attempt';

const CODE = 'class Solution:\n    def twoSum(self, nums, target):\n        seen = {}';
const APPROACH = 'Sort and walk two pointers inwards.';

type HintCall = [level: number, confirmed: boolean, attempt?: HintAttempt];

function answer(request: Answer['request'], text = 'A hint.'): Answer {
  return {
    requestId: request.requestId,
    request,
    status: 'done',
    text,
    cached: false,
    usage: null,
    startedAt: 0,
  };
}

describe('the model hint ladder', () => {
  let root: Root;
  let container: HTMLElement;
  beforeEach(() => {
    const { window } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
    vi.stubGlobal('window', window);
    vi.stubGlobal('document', window.document);
    vi.stubGlobal('IS_REACT_ACT_ENVIRONMENT', true);
    container = document.getElementById('root') as unknown as HTMLElement;
    root = createRoot(container);
  });
  afterEach(async () => {
    await act(async () => root.unmount());
    vi.unstubAllGlobals();
  });

  async function render(overrides: Partial<ProblemModelCoachProps> = {}) {
    const hints: HintCall[] = [];
    const readCode = vi.fn(async () => CODE);
    const props: ProblemModelCoachProps = {
      answers: {},
      onStop: () => undefined,
      onRetry: () => undefined,
      onRegenerate: () => undefined,
      onContinue: () => undefined,
      onOpenOptions: () => undefined,
      onClearChat: () => undefined,
      onHint: (...call: HintCall) => hints.push(call),
      onApproach: () => undefined,
      onReview: () => undefined,
      onReadCode: readCode,
      chat: [],
      onChat: () => undefined,
      ...overrides,
    };
    await act(async () => root.render(<ProblemModelCoach {...props} />));
    return { hints, readCode };
  }

  function button(name: string): HTMLButtonElement {
    const found = [...container.querySelectorAll('button')].find((b) => b.textContent === name);
    if (!found) throw new Error(`no button "${name}"`);
    return found as HTMLButtonElement;
  }

  async function click(name: string) {
    await act(async () => {
      button(name).dispatchEvent(new window.Event('click', { bubbles: true }));
    });
  }

  it("reads the user's code only when they press the hint section's button, then sends it", async () => {
    const { hints, readCode } = await render();
    await click('Next hint');
    expect(readCode).not.toHaveBeenCalled();
    expect(hints[0]).toEqual([1, false, undefined]);

    await click('Read my code for hints');
    expect(readCode).toHaveBeenCalledTimes(1);
    expect(container.textContent).toContain('The next hint starts from your code.');
    await click('Next hint');
    expect(hints[1]).toEqual([1, false, { code: CODE }]);

    await click('Leave my code out');
    await click('Next hint');
    expect(hints[2]).toEqual([1, false, undefined]);
  });

  it('builds on the last approach check, and says so', async () => {
    const { hints } = await render({ lastApproach: APPROACH });
    expect(container.textContent).toContain('The next hint starts from your last approach.');
    await click('Read my code for hints');
    await click('Next hint');
    expect(hints[0]).toEqual([1, false, { code: CODE, approach: APPROACH }]);
  });

  it('says when the page has no editor to read, and sends no code', async () => {
    const { hints } = await render({ onReadCode: async () => null });
    await click('Read my code for hints');
    expect(container.textContent).toContain('No editor Sparring can read on this page');
    await click('Next hint');
    expect(hints[0]).toEqual([1, false, undefined]);
  });

  it('shows which inputs each hint used', async () => {
    const withAttempt = answer({
      requestId: 'a',
      tabId: 1,
      flow: 'hint',
      level: 1,
      attempt: { code: CODE, approach: APPROACH },
    });
    const plain = answer({ requestId: 'b', tabId: 1, flow: 'hint', level: 2 });
    await render({ answers: { 'hint-1': withAttempt, 'hint-2': plain } });
    const lines = [...container.querySelectorAll('[data-testid="hint-inputs"]')].map((p) => p.textContent);
    expect(lines).toEqual(['Using your code and your last approach']);
  });
});

describe('the last approach check', () => {
  const checked = (status: Answer['status'], text: string) => ({
    approach: {
      ...answer({ requestId: 'c', tabId: 1, flow: 'approach', input: ` ${APPROACH}\n` }, text),
      status,
    },
  });

  it('is the approach as sent, whatever became of its answer', () => {
    expect(lastApproach(checked('done', 'Sorting loses the indices.'))).toBe(APPROACH);
    expect(lastApproach(checked('streaming', 'Sorting lo'))).toBe(APPROACH);
    expect(lastApproach(checked('error', ''))).toBe(APPROACH);
    expect(lastApproach({})).toBeUndefined();
  });
});
