import { expect, test } from './fixtures';
import { answer, TWO_SUM, twoSumPage } from './mock-helpers';

/**
 * A stand-in for the Web Speech API in the panel: an on-device recogniser that hears one
 * sentence, and one voice that records what it is asked to say.
 */
function speechStandIn() {
  const scope = window as unknown as Record<string, unknown>;
  class StandInRecognition {
    static available = async (options: { processLocally: boolean }) =>
      options.processLocally ? 'available' : 'unavailable';
    onresult: ((event: unknown) => void) | null = null;
    onend: (() => void) | null = null;
    processLocally?: boolean;
    start() {
      scope.__processLocally = this.processLocally;
      const result = Object.assign([{ transcript: 'Can the array be empty, and can a value repeat?' }], {
        isFinal: true,
      });
      setTimeout(() => this.onresult?.({ resultIndex: 0, results: [result] }), 20);
    }
    stop() {
      this.onend?.();
    }
  }
  (StandInRecognition.prototype as { processLocally?: boolean }).processLocally = false;
  const spoken: string[] = [];
  scope.__spoken = spoken;
  scope.SpeechRecognition = StandInRecognition;
  scope.SpeechSynthesisUtterance = class {
    constructor(public text: string) {}
  };
  Object.defineProperty(window, 'speechSynthesis', {
    configurable: true,
    value: {
      getVoices: () => [{ name: 'Stand-in', lang: 'en-GB' }],
      speak: (utterance: { text: string }) => spoken.push(utterance.text),
      cancel: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    },
  });
}

test('where the browser has no on-device recognition and no voice, the round says so and typing carries it', async ({
  context,
  serve,
  openPanel,
}) => {
  await serve({ [TWO_SUM]: await twoSumPage() });
  const page = await context.newPage();
  await page.goto(TWO_SUM);
  const panel = await openPanel(page);
  await panel.getByRole('button', { name: 'Start a mock interview' }).click();
  await expect(panel.getByTestId('listen-unavailable')).toContainText('type your answers');
  await expect(panel.getByTestId('speak-unavailable')).toHaveText(
    'This browser has no voice to read the interviewer aloud.',
  );
  await expect(panel.getByRole('button', { name: 'Answer aloud' })).toHaveCount(0);
  await answer(panel, 'Two indices whose values add up to target.');
});

test('with speech where the browser has it: the answer is dictated on the device, and the interviewer is heard', async ({
  context,
  serve,
  openPanel,
}) => {
  await context.addInitScript(speechStandIn);
  await serve({ [TWO_SUM]: await twoSumPage() });
  const page = await context.newPage();
  await page.goto(TWO_SUM);
  const panel = await openPanel(page);
  await panel.getByRole('button', { name: 'Start a mock interview' }).click();
  await panel.getByRole('checkbox', { name: 'Read the interviewer aloud' }).check();

  await panel.getByRole('button', { name: 'Answer aloud' }).click();
  await expect(panel.getByRole('button', { name: 'Stop listening' })).toHaveAttribute('aria-pressed', 'true');
  const box = panel.getByLabel('Your answer (type what you would say aloud)');
  await expect(box).toHaveValue('Can the array be empty, and can a value repeat?');
  expect(
    await panel.evaluate(() => (window as unknown as { __processLocally?: boolean }).__processLocally),
  ).toBe(true);
  await panel.getByRole('button', { name: 'Answer', exact: true }).click();
  await expect(panel.getByTestId('mock-transcript')).toContainText('can a value repeat?');
  await expect(panel.getByRole('button', { name: 'Answer aloud' })).toBeVisible();

  await panel.getByRole('button', { name: 'Next stage' }).click();
  await expect
    .poll(() => panel.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken))
    .toEqual([expect.stringContaining('How would you solve it?')]);
});
