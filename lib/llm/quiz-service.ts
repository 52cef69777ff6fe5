import { normalizeText } from '@/lib/quiz/normalize';
import type { TargetRole } from '@/lib/quiz/target-role';
import type { Question } from '@/lib/quiz/topics';
import { LlmFailure, redactKey, refusal, toLlmError } from './errors';
import { FLOWS } from './flows';
import type { UsageLedger } from './ledger';
import type { QuizBatch, QuizRequest, QuizSample } from './prompts/quiz';
import { toQuizQuestions } from './prompts/quiz';
import type { ProviderConfig } from './providers';
import { structured } from './structured';
import { estimatePromptTokens } from './tokens';
import type { Transport } from './transport';
import { usageOrEstimate } from './usage';

/**
 * New quiz questions from the configured model (OpenAI-style server or Chrome's built-in model alike),
 * validated as strictly as the bank, de-duplicated and stored by the background, so closing the popup
 * while the model writes loses nothing. Runs in the service worker: no question bank is loaded
 * (that would need import(), which service workers forbid); repeats are checked against the sample
 * and the questions already generated.
 */
export interface QuizServiceDeps {
  loadProvider(): Promise<ProviderConfig>;
  transportFor(provider: ProviderConfig): Transport | null;
  ledger: UsageLedger;
  loadTargetRole(): Promise<TargetRole | null>;
  generated: { read(): Promise<Question[]>; write(questions: Question[]): Promise<void> };
}

export type QuizGenerateRequest = { kind: 'more-like'; sample: QuizSample } | { kind: 'target-role' };
export type QuizGenerateResult =
  | { ok: true; added: number; message: string }
  | { ok: false; message: string };

async function promptRequest(deps: QuizServiceDeps, request: QuizGenerateRequest): Promise<QuizRequest> {
  if (request.kind === 'more-like') return { kind: 'more-like', samples: [request.sample] };
  const targetRole = await deps.loadTargetRole();
  if (!targetRole) {
    throw refusal(
      'bad-request',
      'Save a target role first: open a job posting in the side panel and press “Practise for this role in the quiz”.',
    );
  }
  return { kind: 'target-role', targetRole };
}

/** The new questions that repeat nothing the user has (by prompt or id), nor each other. */
function fresh(candidates: Question[], known: readonly Pick<Question, 'prompt'>[], ids: Set<string>) {
  const prompts = new Set(known.map((question) => normalizeText(question.prompt)));
  const added: Question[] = [];
  for (const question of candidates) {
    const prompt = normalizeText(question.prompt);
    if (prompts.has(prompt) || ids.has(question.id)) continue;
    prompts.add(prompt);
    ids.add(question.id);
    added.push(question);
  }
  return added;
}

export function createQuizService(deps: QuizServiceDeps) {
  let storing: Promise<unknown> = Promise.resolve();

  async function generate(request: QuizGenerateRequest): Promise<{ added: number; message: string }> {
    const provider = await deps.loadProvider();
    const transport = deps.transportFor(provider);
    if (!transport)
      throw refusal('no-model', 'Generating questions needs a model: choose one in Sparring’s options.');
    const flow = FLOWS.quiz;
    const input = await promptRequest(deps, request);
    const prompt = flow.build(input);
    const maxTokens = flow.maxTokens();
    const reservation = await deps.ledger.reserve(estimatePromptTokens(prompt.messages) + maxTokens);
    if (!reservation.ok) throw refusal('daily-cap', reservation.message);

    let batch: QuizBatch;
    try {
      const result = await structured({
        transport,
        request: { messages: prompt.messages, maxTokens },
        schema: flow.output.schema(),
        schemaName: flow.output.name,
      });
      await reservation.record(result.usage);
      // Validated by the quiz flow's schema, which is QuizBatch's.
      batch = result.data as QuizBatch;
    } catch (error) {
      if (error instanceof LlmFailure && error.sent) {
        await reservation.record(error.usage ?? usageOrEstimate(null, prompt.messages, error.partialText));
      } else {
        reservation.release();
      }
      throw error;
    }

    const candidates = toQuizQuestions(batch, { source: request.kind });
    const store = async () => {
      const stored = await deps.generated.read();
      const samples = request.kind === 'more-like' ? [request.sample] : [];
      const added = fresh(
        candidates,
        [...stored, ...samples],
        new Set(stored.map((question) => question.id)),
      );
      if (added.length > 0) await deps.generated.write([...stored, ...added]);
      return added.length;
    };
    const next = storing.then(store, store);
    storing = next.catch(() => undefined);
    const added = await next;
    const skipped = candidates.length - added;
    const note = skipped > 0 ? ` (${skipped} skipped as repeats)` : '';
    return {
      added,
      message: added > 0 ? `Added ${added} new questions${note}.` : `No new questions this time${note}.`,
    };
  }

  return {
    /** Never throws: a failure is a sentence for the popup, with the key cut out. */
    async generate(request: QuizGenerateRequest): Promise<QuizGenerateResult> {
      try {
        return { ok: true, ...(await generate(request)) };
      } catch (error) {
        const failure = error instanceof LlmFailure ? error : new LlmFailure(toLlmError(error));
        const apiKey = (await deps.loadProvider().catch(() => null))?.apiKey;
        return { ok: false, message: redactKey(failure.error.message, apiKey) };
      }
    },
  };
}
