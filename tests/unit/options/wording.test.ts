import { describe, expect, it } from 'vitest';
import { onTheOptionsPage } from '../../../entrypoints/options/wording';

describe('model messages on the options page', () => {
  it('point at the field on screen, not at the page the user is already on', () => {
    expect(
      onTheOptionsPage(
        "The API key was rejected (401). Check or change it in Sparring's options → Provider → API key, then try again.",
      ),
    ).toBe('The API key was rejected (401). Check or change it in the API key field above, then try again.');
    expect(
      onTheOptionsPage(
        'Connected, but the server has no model "gpt-5". Pick another in Sparring\'s options → Model: a, b.',
      ),
    ).toBe('Connected, but the server has no model "gpt-5". Pick another in the Model field above: a, b.');
    expect(
      onTheOptionsPage(
        "The server has no such endpoint (404). Check the base URL in Sparring's options → Provider (it usually ends in /v1).",
      ),
    ).toBe('The server has no such endpoint (404). Check the base URL above (it usually ends in /v1).');
    expect(onTheOptionsPage('Generating questions needs a model: choose one in Sparring’s options.')).toBe(
      'Generating questions needs a model: choose one above.',
    );
  });

  it('leave every other message as it is', () => {
    const message = 'The provider is rate-limiting requests (429). Try again in 3 s.';
    expect(onTheOptionsPage(message)).toBe(message);
  });
});
