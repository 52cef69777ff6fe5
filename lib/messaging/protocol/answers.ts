import * as z from 'zod/mini';
import { lazy } from '../../lazy';
import { PANEL_FLOWS } from '../../llm/flow-ids';
import { promptAnalysisSchema } from '../../llm/prompts/analysis';
import { hintAttemptSchema } from '../../llm/prompts/attempt';
import { mockBriefSchema } from '../../mock/brief';

/**
 * Model answers (side panel ↔ background) stream over a long-lived port named LLM_PORT, so closing
 * the panel disconnects it and aborts the request.
 */

export const LLM_PORT = 'sparring/llm';

const flowSchema = lazy(() => z.enum(PANEL_FLOWS));
export type Flow = z.infer<ReturnType<typeof flowSchema>>;

const usageSchema = lazy(() =>
  z.object({
    promptTokens: z.number(),
    completionTokens: z.number(),
    totalTokens: z.number(),
    estimated: z.optional(z.boolean()),
  }),
);

const askRequestSchema = lazy(() =>
  z.object({
    requestId: z.string().check(z.minLength(1)),
    tabId: z.number().check(z.int()),
    flow: flowSchema(),
    /** Hint level 1–4; 4 (the full solution) only with `confirmedSolution`. */
    level: z.optional(z.number().check(z.int(), z.gte(1), z.lte(4))),
    confirmedSolution: z.optional(z.boolean()),
    /** The user's approach, code or chat message. */
    input: z.optional(z.string().check(z.maxLength(100_000))),
    /**
     * The offline coach's findings, which the panel has already: the worker does not load the coach.
     * They quote the page, so the prompts treat them as untrusted text.
     */
    analysis: z.optional(promptAnalysisSchema()),
    /** For a hint: the code the user asked Sparring to read and their last approach check, untrusted text. */
    attempt: z.optional(hintAttemptSchema()),
    /** An answer cut off at its token limit, to continue from (the "Continue" button). */
    continuation: z.optional(z.string().check(z.maxLength(100_000))),
    /** Skip the cache (the "Regenerate" button). */
    regenerate: z.optional(z.boolean()),
    /** A mock's round as it stands: the interviewer's, the scorecard's, the debrief's and a story's flows read it. */
    mock: z.optional(mockBriefSchema()),
  }),
);
export type AskRequest = z.infer<ReturnType<typeof askRequestSchema>>;

export const portToBackgroundSchema = lazy(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('ask'), data: askRequestSchema() }),
    z.object({ type: z.literal('stop'), data: z.object({ requestId: z.string() }) }),
  ]),
);
export type PortToBackground = z.infer<ReturnType<typeof portToBackgroundSchema>>;

export const portToPanelSchema = lazy(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('token'), data: z.object({ requestId: z.string(), delta: z.string() }) }),
    /** A structured answer being written: how much has arrived, as it cannot be shown before it is whole. */
    z.object({
      type: z.literal('progress'),
      data: z.object({ requestId: z.string(), tokens: z.number() }),
    }),
    z.object({
      type: z.literal('done'),
      data: z.object({
        requestId: z.string(),
        text: z.string(),
        cached: z.boolean(),
        usage: z.nullable(usageSchema()),
        /** Tokens used today across answers, and the cap if the user set one. */
        today: z.object({ total: z.number(), cap: z.nullable(z.number()) }),
        /** Said beside the answer, e.g. that the model's Markdown is shown instead of the structure. */
        notice: z.optional(z.string()),
        /** "length": the answer hit its token limit and was cut off. */
        finishReason: z.optional(z.string()),
      }),
    }),
    z.object({
      type: z.literal('error'),
      data: z.object({
        requestId: z.string(),
        code: z.string(),
        message: z.string(),
        retryable: z.boolean(),
        /** Whatever had streamed before the failure; the panel keeps showing it. */
        partial: z.string(),
        /** A rate limit's wait: Retry stays disabled until it is over. */
        retryAfterMs: z.optional(z.number()),
        /** What the failed request was counted as (what was sent, and any partial answer). */
        usage: z.optional(usageSchema()),
      }),
    }),
  ]),
);
export type PortToPanel = z.infer<ReturnType<typeof portToPanelSchema>>;
