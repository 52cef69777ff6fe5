/**
 * A stand-in for Chrome's Prompt API (`LanguageModel`), shaped as the API is: unit tests hand it to
 * the Chrome AI transport as its scope. `hangAfter` goes silent after that many chunks (a stuck
 * model); `delayMs` paces the chunks.
 */
export interface Created {
  initialPrompts?: { role: string; content: string }[];
  prompts: string[];
  constraints: unknown[];
  destroyed: boolean;
}

export interface StandInOptions {
  hangAfter?: number;
  delayMs?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function promptApiStandIn(
  availability: string,
  chunks: string[] | ((input: string) => string[]),
  options: StandInOptions = {},
): { scope: { LanguageModel: unknown }; created: Created[] } {
  const created: Created[] = [];
  const LanguageModel = {
    availability: async () => availability,
    create: async (init: { initialPrompts?: { role: string; content: string }[] }) => {
      const session: Created = {
        initialPrompts: init.initialPrompts,
        prompts: [],
        constraints: [],
        destroyed: false,
      };
      created.push(session);
      return {
        async *promptStreaming(
          input: string,
          call: { signal?: AbortSignal; responseConstraint?: unknown } = {},
        ) {
          session.prompts.push(input);
          if (call.responseConstraint) session.constraints.push(call.responseConstraint);
          const all = typeof chunks === 'function' ? chunks(input) : chunks;
          for (const [index, chunk] of all.entries()) {
            if (index === options.hangAfter) {
              await new Promise<void>((resolve) => call.signal?.addEventListener('abort', () => resolve()));
              return;
            }
            if (options.delayMs) await sleep(options.delayMs);
            if (call.signal?.aborted) return;
            yield chunk;
          }
        },
        destroy: () => {
          session.destroyed = true;
        },
      };
    },
  };
  return { scope: { LanguageModel }, created };
}
